import { describe, expect, it } from 'vitest';
import { ANY, attrValue, DIGITS, findAttribute, findElement, findItem, found, WORD } from '../../src/workbook/element-scan.js';

/**
 * The XML reader finds rows, cells, runs, shared string items and attributes by position; each
 * search must find exactly what the regular expression it stands for finds. Compared here on
 * text made of the pieces that matter (tags with and without prefixes, unclosed and
 * self-closing elements, quotes, word characters, bounds in the middle of the text).
 */
const PIECES = [
  '<',
  '>',
  '/',
  '/>',
  '</',
  ':',
  '"',
  '=',
  ' ',
  'x',
  'x:',
  'ab',
  '_',
  '1',
  '42',
  '$',
  'é',
  '\n',
  'row',
  'c',
  't',
  'si',
  'is',
  'v',
  'r',
  's',
  'rowx',
  'cc',
  '<row',
  '</row>',
  '<x:row',
  '</x:row>',
  '<row r="',
  '<c',
  '<c r="',
  '</c>',
  '<x:c',
  '</x:c>',
  '<t>',
  '</t>',
  '<t ',
  '<si>',
  '</si>',
  '<si/>',
  '<x:si>',
  '</x:si>',
  'r="',
  't="',
  's="',
  'xr="',
  '"3"',
  'A1',
  'B12',
  '$C$7',
];

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = Math.floor(next() * 40);
    let s = '';
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
    return s;
  });
}

const element = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`, 'g');
const item = (name: string) => new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>|<(?:\\w+:)?${name}\\/>`, 'g');

/** Every element findElement finds in text[from, to), as [start of attributes text, attributes, content]. */
function scanned(text: string, from: number, to: number, name: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const state = { unclosed: false };
  for (let at = from; findElement(text, at, to, name, state); at = found.end)
    out.push([text.slice(found.attrsFrom, found.attrsTo), text.slice(found.innerFrom, found.innerTo)]);
  return out;
}

describe('finding elements by position', () => {
  const samples = texts(20000, 20);

  it.each(['row', 'c', 't'])('finds the same <%s> elements as the regular expression', (name) => {
    for (const text of samples) {
      const expected = [...text.matchAll(element(name))].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
      expect(scanned(text, 0, text.length, name), text).toEqual(expected);
    }
  });

  it('searches a part of the text as if it were the whole text', () => {
    const next = random(7);
    for (const text of samples) {
      const from = Math.floor(next() * (text.length + 1));
      const to = from + Math.floor(next() * (text.length - from + 1));
      const part = text.slice(from, to);
      const expected = [...part.matchAll(element('c'))].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
      expect(scanned(text, from, to, 'c'), `${text} [${from}, ${to})`).toEqual(expected);
    }
  });

  it('finds the same shared string items as the regular expression', () => {
    for (const text of samples) {
      const expected = [...text.matchAll(item('si'))].map((m) => m[1] ?? '');
      const got: string[] = [];
      const state = { unclosed: false };
      for (let from = 0; findItem(text, from, text.length, 'si', state); from = found.end)
        got.push(text.slice(found.innerFrom, found.innerTo));
      expect(got, text).toEqual(expected);
    }
  });

  it.each([
    ['r', ANY, /\br="([^"]*)"/],
    ['r', DIGITS, /\br="(\d+)"/],
    ['s', DIGITS, /\bs="(\d+)"/],
    ['t', WORD, /\bt="(\w+)"/],
  ] as const)('finds attribute %s (kind %s) as %s does', (name, kind, re) => {
    for (const text of samples) {
      const expected = re.exec(text)?.[1];
      const got = findAttribute(text, 0, text.length, name, kind) ? text.slice(attrValue.from, attrValue.to) : undefined;
      expect(got, text).toBe(expected);
    }
  });
});
