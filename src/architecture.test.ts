import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Imports point one way: from pages down to framework-free logic, never back up.
 * Every import in src/ and scripts/ is read from the code with comments,
 * strings and regular expressions masked, so text that only looks like an
 * import is not read as one.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['src', 'scripts'];
const ROOT_FILES = ['playwright.config.ts', 'astro.config.mjs'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs'];
/** Tried in order after the specifier as written, as Vite and TypeScript do. */
const RESOLVE_SUFFIXES = ['.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts'];

/** What every widget may build on. Stylesheets import nothing of ours; blocks and layouts import them for their effect. */
const UNDER_WIDGETS = ['src/data/', 'src/stores/', 'src/lib/', 'src/styles/'];
/** One layer: the parts that render pages from widgets and lower layers. */
const VIEWS = ['src/components/', 'src/client/', 'src/layouts/'];

/**
 * The parts of src/, lowest first, and the parts each may import from, its
 * own included. A folder ends in `/`; a single file is named in full.
 */
const LAYERS: readonly { part: string; mayImport: readonly string[] }[] = [
  { part: 'src/lib/', mayImport: ['src/lib/'] },
  { part: 'src/stores/', mayImport: ['src/stores/', 'src/lib/'] },
  { part: 'src/data/', mayImport: ['src/data/', 'src/lib/'] },
  { part: 'src/styles/', mayImport: ['src/styles/'] },
  { part: 'src/widgets/', mayImport: ['src/widgets/', ...UNDER_WIDGETS] },
  ...VIEWS.map((part) => ({ part, mayImport: [...VIEWS, 'src/widgets/', ...UNDER_WIDGETS] })),
  { part: 'src/pages/', mayImport: ['src/pages/', ...VIEWS, 'src/widgets/', ...UNDER_WIDGETS] },
  { part: 'src/integrations/', mayImport: ['src/integrations/', 'src/lib/'] },
  // The offline worker's own code, bundled by src/integrations/service-worker.ts: it runs apart from every page.
  { part: 'src/worker/', mayImport: ['src/worker/', 'src/lib/'] },
  { part: 'src/content.config.ts', mayImport: ['src/lib/'] },
  { part: 'src/architecture.test.ts', mayImport: [] },
];

/** Packages a part of src/ must not import, with the reason given on failure. */
const FORBIDDEN_PACKAGES: readonly { part: string; packages: RegExp; reason: string }[] = [
  {
    part: 'src/lib/',
    packages: /^(preact|nanostores)(\/|$)|^@nanostores\/|^astro:/,
    reason: 'src/lib is framework-free: no preact, nanostores, @nanostores/* or astro:*',
  },
  { part: 'src/stores/', packages: /^preact(\/|$)/, reason: 'src/stores holds state, not components: no preact' },
];

interface Import {
  /** The importing file, relative to the project root with `/` separators. */
  from: string;
  /** 1-based line of the import in `from`. */
  line: number;
  /** As written: `./store`, `~/lib/url`, `preact/hooks`. */
  specifier: string;
  /** The file it names, relative to the project root; `undefined` for packages and for files that do not exist. */
  target: string | undefined;
}

const toPosix = (path: string) => path.split(sep).join('/');

function sourceFiles(): string[] {
  const files = SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => toPosix(join(dir, file))),
  );
  return [...files.filter((file) => SOURCE_EXTENSIONS.some((ext) => file.endsWith(ext))), ...ROOT_FILES].sort();
}

/**
 * The script parts of a file, each with the offset of its first character:
 * all of it, or an Astro file's frontmatter and <script> bodies.
 */
function scriptBlocks(file: string, text: string): { code: string; offset: number }[] {
  if (!file.endsWith('.astro')) return [{ code: text, offset: 0 }];
  const blocks: { code: string; offset: number }[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter?.[1] !== undefined) blocks.push({ code: frontmatter[1], offset: frontmatter[0].indexOf(frontmatter[1]) });
  // Attributes may hold `{expressions}` with `>` in them; a self-closing <script /> has no body and is not matched.
  for (const match of text.matchAll(/<script\b(?:[^>{]|\{[^}]*\})*(?<!\/)>([\s\S]*?)<\/script>/g)) {
    const [whole, body = ''] = match;
    blocks.push({ code: body, offset: match.index + whole.length - '</script>'.length - body.length });
  }
  return blocks;
}

/** Words after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  ...['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void'],
  ...['throw', 'case', 'do', 'else', 'yield', 'await'],
]);

/**
 * `code` with every comment, and the inside of every string, template literal
 * and regular expression, turned into spaces (line breaks kept), so that text
 * which only looks like an import is not read as one. Offsets do not change.
 * A quote with no closing quote on its line (an apostrophe in JSX text) is
 * left alone.
 */
function maskCode(code: string): string {
  // One entry per UTF-16 unit, so offsets match `code`.
  const out = code.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  // The brace depth at which each open `${` of a template literal closes.
  const templates: number[] = [];
  let depth = 0;
  // Scans template text from `start` to its closing backtick or next `${`; returns where code resumes.
  const templateText = (start: number): number => {
    for (let k = start; k < code.length; k++) {
      if (code[k] === '\\') k++;
      else if (code[k] === '`') {
        blank(start, k);
        return k + 1;
      } else if (code[k] === '$' && code[k + 1] === '{') {
        blank(start, k);
        templates.push(depth);
        return k + 2;
      }
    }
    blank(start, code.length);
    return code.length;
  };
  let i = 0;
  while (i < code.length) {
    const char = code[i]!;
    const next = code[i + 1];
    if (char === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : next === '/' ? end : end + 2;
      blank(i, stop);
      i = stop;
    } else if (char === '"' || char === "'") {
      const end = closingOnLine(code, i, char);
      if (end !== -1) blank(i + 1, end);
      i = end === -1 ? i + 1 : end + 1;
    } else if (char === '`') {
      i = templateText(i + 1);
    } else if (char === '}' && templates.at(-1) === depth) {
      templates.pop();
      i = templateText(i + 1);
    } else if (char === '/' && startsExpression(out, i)) {
      const end = closingOnLine(code, i, '/');
      if (end !== -1) blank(i + 1, end);
      i = end === -1 ? i + 1 : end + 1;
    } else {
      if (char === '{') depth++;
      else if (char === '}') depth--;
      i++;
    }
  }
  return out.join('');
}

/** Where the `quote` closing the string or regular expression opened at `start` is, or -1 when the line ends first. */
function closingOnLine(code: string, start: number, quote: string): number {
  let inClass = false;
  for (let k = start + 1; k < code.length; k++) {
    const char = code[k];
    if (char === '\\') k++;
    else if (char === '\n') return -1;
    else if (quote === '/' && (char === '[' || char === ']')) inClass = char === '[';
    else if (char === quote && !inClass) return k;
  }
  return -1;
}

/** Whether a `/` at `at` begins a regular expression, judged by the code before it. */
function startsExpression(masked: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(masked[k]!)) k--;
  if (k < 0) return true;
  const before = masked[k]!;
  if (/[)\]}'"`]/.test(before)) return false;
  if (!/[\w$]/.test(before)) return true;
  let word = '';
  while (k >= 0 && /[\w$]/.test(masked[k]!)) word = masked[k--]! + word;
  return KEYWORDS_BEFORE_EXPRESSION.has(word);
}

/**
 * Patterns for the quote that opens a module specifier in masked code: `import … from` and
 * `export … from` (type-only too), `import '…'`, and `import('…')` as a call or a type.
 */
const SPECIFIER_QUOTES = [
  /(?<![\w$.])(?:import|export)\b(?:(?!\b(?:import|export)\b)[\s\w$*{},])*?(?<![\w$])from\s*(['"])/g,
  /(?<![\w$.])import\s*(['"])/g,
  /(?<![\w$.])import\s*\(\s*(['"`])/g,
];

/** Every module specifier in a block of code, with the offset of its opening quote. */
function specifiers(code: string): { specifier: string; position: number }[] {
  const masked = maskCode(code);
  return SPECIFIER_QUOTES.flatMap((pattern) =>
    [...masked.matchAll(pattern)].map((match) => {
      const open = match.index + match[0].length - 1;
      const close = masked.indexOf(match[1]!, open + 1);
      return { specifier: code.slice(open + 1, close), position: open };
    }),
  )
    .filter(({ specifier }) => !specifier.includes('${'))
    .sort((a, b) => a.position - b.position);
}

function resolve(from: string, specifier: string): string | undefined {
  const path = specifier.replace(/[?#].*$/, '');
  let base: string;
  if (path.startsWith('~/')) base = join(ROOT, 'src', path.slice(2));
  else if (path.startsWith('./') || path.startsWith('../')) base = join(ROOT, dirname(from), path);
  else return undefined;
  for (const candidate of [base, ...RESOLVE_SUFFIXES.map((suffix) => base + suffix)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return toPosix(relative(ROOT, candidate));
  }
  return undefined;
}

const isLocal = (specifier: string) => /^(\.\.?|~)\//.test(specifier);

/** The module specifiers in one file's text, with the line each is on. */
function importsIn(file: string, text: string): { line: number; specifier: string }[] {
  return scriptBlocks(file, text).flatMap(({ code, offset }) =>
    specifiers(code).map(({ specifier, position }) => ({
      line: text.slice(0, offset + position).split('\n').length,
      specifier,
    })),
  );
}

function readImports(files: readonly string[]): Import[] {
  return files.flatMap((from) =>
    importsIn(from, readFileSync(join(ROOT, from), 'utf8')).map(({ line, specifier }) => ({
      from,
      line,
      specifier,
      target: resolve(from, specifier),
    })),
  );
}

const isIn = (file: string, part: string) => (part.endsWith('/') ? file.startsWith(part) : file === part);
const layerOf = (file: string) => LAYERS.find(({ part }) => isIn(file, part));
/** The widget folder a file sits in, such as `tracker` or `shared`. */
const widgetOf = (file: string) => /^src\/widgets\/([^/]+)\//.exec(file)?.[1];
const describeImport = ({ from, line, specifier, target }: Import) =>
  `${from}:${line} imports '${specifier}'${target && target !== specifier ? ` (${target})` : ''}`;

/** The files of each strongly connected component with more than one file, or a file that imports itself (Tarjan). */
function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || edges.get(file)?.has(file)) found.push(component.sort());
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) connect(file);
  return found;
}

/** The shortest path around a cycle from its first file, for the failure message: `a.ts → b.ts → a.ts`. */
function cyclePath(component: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (const file of queue) {
    for (const next of edges.get(file) ?? []) {
      if (next === start) {
        const path = [start];
        for (let step = file; step !== start; step = cameFrom.get(step)!) path.unshift(step);
        return [start, ...path].join(' → ');
      }
      if (members.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return component.join(' → ');
}

describe("the architecture test's helpers", () => {
  it('finds every kind of import in TypeScript, and nothing in comments or strings', () => {
    const code = [
      "import a from './a';",
      '// import commented from "./commented";',
      "/* import('./block-comment') */",
      "import type { B } from '~/b';",
      "export { c } from './c';",
      "export type * from './d';",
      "import './e.css';",
      "const text = \"import f from './f'\"; const slashes = /\\/\\//; import g from './g';",
      'const h = await import(`./h`);',
      'const dynamic = await import(/* @vite-ignore */ somewhere);',
      "type I = typeof import('./i');",
      'import {',
      '  j,',
      "} from './j';",
    ].join('\n');
    expect(importsIn('x.ts', code)).toEqual([
      { line: 1, specifier: './a' },
      { line: 4, specifier: '~/b' },
      { line: 5, specifier: './c' },
      { line: 6, specifier: './d' },
      { line: 7, specifier: './e.css' },
      { line: 8, specifier: './g' },
      { line: 9, specifier: './h' },
      { line: 11, specifier: './i' },
      { line: 14, specifier: './j' },
    ]);
  });

  it('is not misled by JSX text, regular expressions, division or template literals', () => {
    const code = [
      "import { h } from 'preact';",
      "const note = <p>Don't worry, it's fine: https://example.org/</p>;",
      "<a href=\"import('./no')\">{import('./yes')}</a>;",
      'const re = /["\'`]|\\/\\*/g; const half = total / 2 / (a / b);',
      "const t = `${a ? `x ${b}` : '}'} import('./in-template') ${{ c: 1 }.c}`; import('./after-template');",
      'return /import("\\.\\/regex")/;',
    ].join('\n');
    expect(importsIn('x.tsx', code)).toEqual([
      { line: 1, specifier: 'preact' },
      { line: 3, specifier: './yes' },
      { line: 5, specifier: './after-template' },
    ]);
  });

  it('reads a JavaScript module', () => {
    expect(importsIn('x.mjs', "import x from './x.ts';\nawait import('pkg');")).toEqual([
      { line: 1, specifier: './x.ts' },
      { line: 2, specifier: 'pkg' },
    ]);
  });

  it("reads an Astro file's frontmatter and script bodies, not its markup", () => {
    const astro = [
      '---',
      "import Island from '../shared/Island.astro';",
      "const label = 'a > b';",
      '---',
      '<p>import nothing from "./markup";</p>',
      '<script type="application/json" set:html={data.map((d) => d)} />',
      '<script>',
      "  import './client';",
      '</script>',
      '<script is:inline>',
      "  import('./inline');",
      '</script>',
    ].join('\n');
    expect(importsIn('X.astro', astro)).toEqual([
      { line: 2, specifier: '../shared/Island.astro' },
      { line: 8, specifier: './client' },
      { line: 11, specifier: './inline' },
    ]);
  });

  it.each([
    ['src/pages/index.astro', '~/lib/url', 'src/lib/url.ts'],
    ['src/pages/index.astro', '~/components/mdx', 'src/components/mdx/index.ts'],
    ['src/layouts/BaseLayout.astro', '~/styles/global.css', 'src/styles/global.css'],
    ['src/lib/seo.ts', './url', 'src/lib/url.ts'],
    ['src/lib/seo.ts', './url.ts?raw', 'src/lib/url.ts'],
    ['src/lib/seo.ts', '../lib/url', 'src/lib/url.ts'],
    ['astro.config.mjs', './src/lib/url.ts', 'src/lib/url.ts'],
    ['src/lib/seo.ts', './no-such-module', undefined],
    ['src/lib/seo.ts', 'astro:content', undefined],
    ['src/lib/seo.ts', 'preact/hooks', undefined],
  ])('resolves %s importing %j to %s', (from, specifier, target) => {
    expect(resolve(from, specifier)).toBe(target);
  });

  it('finds each cycle once, with a shortest path around it', () => {
    const edges = new Map<string, Set<string>>([
      ['a', new Set(['b', 'x'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'b'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])],
      ['x', new Set()],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(cyclePath(['a', 'b', 'c'], edges)).toBe('a → b → c → a');
    expect(cyclePath(['d'], edges)).toBe('d → d');
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set()],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('architecture', () => {
  const files = sourceFiles();
  const imports = readImports(files);
  const local = imports.filter(({ specifier }) => isLocal(specifier));

  it('reads imports from most files', () => {
    // A reader that finds nothing would pass every rule below.
    expect(new Set(imports.map(({ from }) => from)).size).toBeGreaterThan(files.length / 2);
  });

  it('resolves every relative and ~/ import to a file', () => {
    const broken = local.filter(({ target }) => target === undefined).map((i) => `${describeImport(i)}: no such file`);
    expect(broken).toEqual([]);
  });

  it('puts every file of src/ in a layer', () => {
    const homeless = files
      .filter((file) => file.startsWith('src/') && !layerOf(file))
      .map((file) => `${file} is in no layer; add its folder to LAYERS`);
    expect(homeless).toEqual([]);
  });

  it('imports only from the same layer or a lower one', () => {
    const upward = local
      .filter(({ from, target }) => from.startsWith('src/') && target !== undefined)
      .flatMap((i) => {
        const layer = layerOf(i.from);
        if (!layer || layer.mayImport.some((part) => isIn(i.target!, part))) return [];
        return [`${describeImport(i)}: ${layer.part} may import only from ${layer.mayImport.join(', ') || 'no file of ours'}`];
      });
    expect(upward).toEqual([]);
  });

  it('keeps framework packages out of the lower layers', () => {
    const forbidden = imports.flatMap((i) =>
      FORBIDDEN_PACKAGES.filter(({ part, packages }) => isIn(i.from, part) && packages.test(i.specifier)).map(
        ({ reason }) => `${describeImport(i)}: ${reason}`,
      ),
    );
    expect(forbidden).toEqual([]);
  });

  it('lets a widget import only its own folder and src/widgets/shared', () => {
    const crossing = local.flatMap((i) => {
      const own = widgetOf(i.from);
      const other = i.target && widgetOf(i.target);
      if (own === undefined || other === undefined || other === own || other === 'shared') return [];
      return [
        own === 'shared'
          ? `${describeImport(i)}: src/widgets/shared serves every widget and imports none`
          : `${describeImport(i)}: the ${own} widget may import only its own folder and src/widgets/shared, not the ${other} widget`,
      ];
    });
    expect(crossing).toEqual([]);
  });

  it('keeps scripts/ independent of e2e/', () => {
    const intoTests = local
      .filter(({ from, target }) => from.startsWith('scripts/') && target?.startsWith('e2e/'))
      .map((i) => `${describeImport(i)}: scripts/ must not import from e2e/; move shared code to scripts/`);
    expect(intoTests).toEqual([]);
  });

  it('has no import cycles in src/, type-only imports included', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, target } of local) {
      if (!from.startsWith('src/') || !target?.startsWith('src/')) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(target));
    }
    const found = cycles(edges).map((component) => `import cycle: ${cyclePath(component, edges)}`);
    expect(found).toEqual([]);
  });
});
