#!/usr/bin/env node
// Runs when `npm install` or `npm ci` installs this project (npm runs it once the
// packages are in place, with the project's own Node 24 first on the PATH). It says
// what to expect, so a first install on an older system Node does not read as failure.
const npmNode = /\bnode\/v?([\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
console.log(
  [
    `After the Breakup: npm ran on Node ${npmNode ?? 'of this system'}; the project brings its own Node ${process.versions.node}, which every npm script uses.`,
    'Next: npm run dev (the site at http://localhost:4321/) or npm test (every check).',
  ].join('\n'),
);
