import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';

export type YamlPath = ReadonlyArray<string | number>;

export interface ParsedYaml<T> {
  value?: T;
  findings: Finding[];
  /** Resolves a path in the document to a 1-based line and column (for cross checks). */
  locate: (path: YamlPath) => { line?: number; column?: number };
}

/**
 * Parses YAML text and validates it with a zod schema. Every problem becomes a finding with the
 * line and column of the offending node, so that a coordinator can find it in an editor.
 */
export function parseYamlDocument<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  describePath: (path: YamlPath, data: unknown) => string,
): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locateOffset = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (path: YamlPath) => {
    // A key that should not be there: point at the key itself, not at its value.
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key) && pair.key.range && !doc.hasIn(path)) return locateOffset(pair.key.range[0]);
    }
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return locateOffset(node.range[0]);
    }
    return {};
  };

  const syntax = doc.errors;
  if (syntax.length > 0) {
    return {
      findings: syntax.map((e) =>
        makeFinding(
          'NORM_YAML_SYNTAX',
          { detail: e.message.split('\n')[0] ?? e.code },
          { file, ...locateOffset(e.pos[0]) },
        ),
      ),
      locate,
    };
  }

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, findings: [], locate };

  const findings = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const keyPath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path;
    return makeFinding(
      'NORM_SCHEMA',
      { problem: describeIssue(issue), key: String(keyPath[keyPath.length - 1] ?? '') },
      { file, ...locate(keyPath), context: describePath(path, data) },
    );
  });
  return { findings, locate };
}

/** A short, language-neutral description of a zod issue, worded by the catalogue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt' : `type:${issue.expected}`;
    case 'unrecognized_keys':
      return `onbekend:${issue.keys.join(',')}`;
    case 'too_small':
      return `te-klein:${String(issue.minimum)}`;
    case 'too_big':
      return `te-groot:${String(issue.maximum)}`;
    case 'invalid_value':
      return `waarde:${issue.values.map(String).join('|')}`;
    case 'invalid_format':
    case 'custom':
      return `vorm:${issue.message}`;
    default:
      return `vorm:${issue.message}`;
  }
}
