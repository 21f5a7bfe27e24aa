import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import between two files under `src/`, as paths relative to `src/`. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSourceFiles(path));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every module specifier in a file: static imports and re-exports (type-only included),
 *  `import x = require()`, dynamic `import()` and `import('x').T` type references. */
export function moduleSpecifiers(fileName: string, text: string): { specifier: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { specifier: string; line: number }[] = [];
  const add = (node: ts.Node, literal: ts.Node | undefined): void => {
    if (literal !== undefined && ts.isStringLiteralLike(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ specifier: literal.text, line });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The imports between files under `srcDir` (imports of packages and node built-ins left out). */
export function readImportGraph(srcDir: string): { files: string[]; edges: ImportEdge[] } {
  const root = resolve(srcDir);
  const paths = listSourceFiles(root);
  const files = paths.map((p) => relative(root, p).split('\\').join('/'));
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const path of paths) {
    const from = relative(root, path).split('\\').join('/');
    for (const { specifier, line } of moduleSpecifiers(path, readFileSync(path, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(path), specifier))
        .split('\\')
        .join('/');
      const candidates = [
        target.replace(/\.(m|c)?js$/, '.$1ts').replace(/\.ts$/, '.ts'),
        `${target}.ts`,
        `${target}/index.ts`,
        target,
      ];
      const to = candidates.find((c) => known.has(c));
      if (to === undefined) throw new Error(`${from}:${line}: cannot resolve '${specifier}'`);
      edges.push({ from, to, line });
    }
  }
  return { files, edges };
}

/** The groups of files that import each other in a circle (strongly connected components of
 *  more than one file, or a file that imports itself), each sorted, found by Tarjan's algorithm. */
export function findCircles(files: readonly string[], edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) circles.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return circles;
}

/** The layer of a file: its first folder under `src/`, or the file name for a file at the top. */
function layerOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
}

/** Imports that go against the order (lowest first): a file may import from its own layer and
 *  from layers listed before it, never from one listed after it. A layer missing from the order
 *  is reported too, so that a new folder has to be placed. */
export function upwardImports(edges: readonly ImportEdge[], order: readonly string[]): string[] {
  const rank = new Map(order.map((layer, i) => [layer, i]));
  const problems: string[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = layerOf(e.to);
    if (from === to) continue;
    const a = rank.get(from);
    const b = rank.get(to);
    if (a === undefined || b === undefined) {
      problems.push(`${e.from}:${e.line} -> ${e.to}: layer '${a === undefined ? from : to}' is not in the order`);
    } else if (b > a) {
      problems.push(`${e.from}:${e.line} -> ${e.to}: ${from} may not import ${to}`);
    }
  }
  return problems;
}
