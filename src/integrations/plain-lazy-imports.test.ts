import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from './plain-lazy-imports';

const built =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\n' +
  'import{t as e}from"./visible.X.js";import{t}from"./preload-helper.DygEbaNj.js";' +
  'e(n,()=>{Promise.all([t(()=>import(`./a.js`).then(e=>e.n),__vite__mapDeps([0])),t(()=>import(`./b.js`).then(e=>e.n),__vite__mapDeps([1,0]))]).then(([x,y])=>x(y))});';

describe('unwrapPreloads', () => {
  it('turns wrapped lazy imports into plain ones and drops the helper', () => {
    const out = unwrapPreloads(built)!;
    expect(out).not.toContain('preload-helper');
    expect(out).not.toContain('__vite__mapDeps');
    expect(out).toContain('Promise.all([(import(`./a.js`).then(e=>e.n)),(import(`./b.js`).then(e=>e.n))])');
    expect(out.startsWith('import{t as e}from"./visible.X.js";')).toBe(true);
  });

  it('finds the end of each call in code with other calls ending in void 0 (the tracker chunk)', () => {
    const tracker =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/c.js"])))=>i.map(i=>d[i]);\n' +
      'import{t as x}from"./preload-helper.DygEbaNj.js";' +
      'f(a,void 0);async function g(){let i=(await x(()=>import(`./c.js`),__vite__mapDeps([0]))).calendarFile(n,{a:")"});h(i,void 0)}';
    expect(unwrapPreloads(tracker)).toBe(
      'f(a,void 0);async function g(){let i=(await (import(`./c.js`))).calendarFile(n,{a:")"});h(i,void 0)}',
    );
  });

  it('keeps the original when a call does not end in the dependency list', () => {
    expect(unwrapPreloads(built.replace('__vite__mapDeps([1,0])', 'other'))).toBeUndefined();
  });

  it('leaves code without the helper alone', () => {
    expect(unwrapPreloads('import("./x.js")')).toBeUndefined();
  });

  it('unwraps when the helper’s name is also a local function the minifier named alike (the Today chunk)', () => {
    const today =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/c.js"])))=>i.map(i=>d[i]);\n' +
      'import{t as k}from"./preload-helper.DygEbaNj.js";' +
      'function F(){function k(e){e.preventDefault()}return k}var g=()=>k(()=>import(`./c.js`).then(e=>e.default),__vite__mapDeps([0]));';
    expect(unwrapPreloads(today)).toBe(
      'function F(){function k(e){e.preventDefault()}return k}var g=()=>(import(`./c.js`).then(e=>e.default));',
    );
  });

  it('keeps the original when the helper is used in another way', () => {
    expect(unwrapPreloads(built.replace('e(n,', 't("other");e(n,'))).toBeUndefined();
  });
});
