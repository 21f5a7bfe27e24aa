import { describe, expect, it } from 'vitest';
import { findCircles, moduleSpecifiers, readImportGraph, upwardImports, type ImportEdge } from './import-graph.js';

/**
 * The layers of `src/`, lowest first; the same order as docs/architecture.md. A file may import
 * from its own folder and from the folders above it in this list, never from one below it.
 */
export const LAYERS = [
  'base',
  'findings',
  'workbook',
  'norm',
  'i18n',
  'template',
  'submission',
  'checks',
  'sample',
  'carry',
  'score',
  'feedback',
  'validate',
  'intake',
  'report',
  'io',
  'render',
  'cli',
  'index.ts',
] as const;

const graph = readImportGraph('src');

describe('the import graph of src/', () => {
  it('has no circle between files', () => {
    expect(findCircles(graph.files, graph.edges)).toEqual([]);
  });

  it('imports only downward in the layer order', () => {
    expect(upwardImports(graph.edges, LAYERS)).toEqual([]);
  });

  it('places every folder of src/ in the order', () => {
    const layers = new Set(graph.files.map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : f)));
    expect([...layers].filter((l) => !(LAYERS as readonly string[]).includes(l))).toEqual([]);
  });

  it('sees the imports of the core, so that the checks above are not empty', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.edges.some((e) => e.from === 'index.ts')).toBe(true);
  });
});

describe('the import scan', () => {
  it('finds static, type-only, re-exported and dynamic imports, and ignores comments and strings', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "export { d } from './d.js';",
      "export type * from './e.js';",
      "import './f.js';",
      "const g = await import('./g.js');",
      "type H = import('./h.js').H;",
      "// import x from './not-a.js';",
      'const s = "import y from \'./not-b.js\'";',
      "/* export * from './not-c.js' */",
    ].join('\n');
    expect(moduleSpecifiers('x.ts', text).map((m) => m.specifier)).toEqual([
      './a.js',
      './b.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
      './g.js',
      './h.js',
    ]);
  });

  it('reports a circle and an upward import in a made-up graph', () => {
    const edges: ImportEdge[] = [
      { from: 'low/a.ts', to: 'low/b.ts', line: 1 },
      { from: 'low/b.ts', to: 'low/c.ts', line: 1 },
      { from: 'low/c.ts', to: 'low/a.ts', line: 1 },
      { from: 'low/c.ts', to: 'high/d.ts', line: 3 },
      { from: 'high/d.ts', to: 'low/a.ts', line: 1 },
      { from: 'high/d.ts', to: 'high/d.ts', line: 2 },
    ];
    const files = ['low/a.ts', 'low/b.ts', 'low/c.ts', 'high/d.ts'];
    expect(findCircles(files, edges)).toEqual([['high/d.ts', 'low/a.ts', 'low/b.ts', 'low/c.ts']]);
    expect(findCircles(files, edges.slice(3))).toEqual([['high/d.ts']]);
    expect(upwardImports(edges, ['low', 'high'])).toEqual(['low/c.ts:3 -> high/d.ts: low may not import high']);
    expect(upwardImports(edges, ['low'])).toHaveLength(2);
  });
});
