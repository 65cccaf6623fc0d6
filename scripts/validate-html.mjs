#!/usr/bin/env node
// Checks every HTML page of the given build folders with the Nu HTML Checker
// (the W3C validator, from the vnu-jar package): 0 errors, or exit 1 with each
// error listed. Needs Java 11 or later on the PATH (or in JAVA_HOME); .ci/run
// installs Debian's default-jre-headless where it is missing.
// Usage: node scripts/validate-html.mjs dist dist-base
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('Usage: node scripts/validate-html.mjs <build folder>…');
  process.exit(2);
}
const missing = dirs.filter((dir) => !existsSync(join(dir, 'index.html')));
if (missing.length) {
  console.error(`No build in ${missing.join(', ')}: run \`npm run build\` and \`npm run build:base\` first.`);
  process.exit(1);
}

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
// The checker's CSS grammar predates CSS anchor positioning, which the share
// panel uses where a browser has it (inside @supports), and CSS scroll markers,
// which mark the section being read in a chapter's contents (scroll-target-group,
// :target-current), so those few names are not errors.
const newerCss =
  '.*CSS: (“(anchor-name|position-anchor|position-area|position-try-fallbacks|scroll-target-group)”: Property “[a-z-]+” doesn.t exist|Unknown pseudo-element or pseudo-class “:target-current”).*';
const result = spawnSync(java, ['-jar', jar, '--errors-only', '--skip-non-html', '--filterpattern', newerCss, ...dirs], {
  encoding: 'utf8',
});
if (result.error) {
  console.error(
    `Could not run Java (${result.error.message}). Install Java 11 or later (on Debian: apt-get install default-jre-headless).`,
  );
  process.exit(1);
}
const output = `${result.stdout}${result.stderr}`.trim();
if (result.status !== 0 || output) {
  console.error(output || `The Nu HTML Checker exited with ${result.status}.`);
  process.exit(1);
}
console.log(`Nu HTML Checker: 0 errors in ${dirs.join(' and ')}.`);
