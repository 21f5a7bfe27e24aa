/**
 * Finding elements and attributes in XML text by position: each function finds exactly what the
 * regular expression in its comment finds, but gives offsets into the text instead of a match
 * array and substrings. Reading a return touches every cell of its answer sheet; the regular
 * expressions made several strings and arrays per cell, most of the reader's garbage.
 * `from` and `to` bound the text as the start and end of a string would (a row's cells are
 * searched in the row's content only). test/validate/element-scan.test.ts holds each function
 * to its regular expression on generated text.
 */

/** Where the last element found lies (no object per element): its attribute text, its content, its end. */
export const found = { attrsFrom: 0, attrsTo: 0, innerFrom: 0, innerTo: 0, end: 0 };

/** The character class \w: ASCII letters, digits and the underscore. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const GT = 62;
const SLASH = 47;
const COLON = 58;
const QUOTE = 34;

function startsWithin(text: string, s: string, at: number, to: number): boolean {
  return at + s.length <= to && text.startsWith(s, at);
}

/** What must follow the name: a word boundary, '>' or '/>'. */
type Tail = 0 | 1 | 2;
const BOUNDARY: Tail = 0;
const CLOSE: Tail = 1;
const SELF_CLOSE: Tail = 2;

function tailAt(text: string, at: number, to: number, tail: Tail): boolean {
  if (tail === BOUNDARY) return at >= to || !isWordChar(text.charCodeAt(at));
  if (tail === CLOSE) return at < to && text.charCodeAt(at) === GT;
  return at + 1 < to && text.charCodeAt(at) === SLASH && text.charCodeAt(at + 1) === GT;
}

/**
 * `(?:\w+:)?NAME` at `at` followed by the tail: the position after NAME, or -1. Like the regular
 * expression, the form with a prefix is tried first (a prefix is the whole run of word
 * characters before a colon), then the bare name.
 */
function afterName(text: string, at: number, to: number, name: string, tail: Tail): number {
  let w = at;
  while (w < to && isWordChar(text.charCodeAt(w))) w++;
  if (w > at && w < to && text.charCodeAt(w) === COLON) {
    const n = w + 1;
    if (startsWithin(text, name, n, to) && tailAt(text, n + name.length, to, tail)) return n + name.length;
  }
  if (startsWithin(text, name, at, to) && tailAt(text, at + name.length, to, tail)) return at + name.length;
  return -1;
}

/** `<\/(?:\w+:)?NAME>` first found from `from`: where it starts (its end goes to found.end), or -1. */
function closingTag(text: string, from: number, to: number, name: string): number {
  for (let c = text.indexOf('</', from); c >= 0 && c + 1 < to; c = text.indexOf('</', c + 1)) {
    const e = afterName(text, c + 2, to, name, CLOSE);
    if (e >= 0) {
      found.end = e + 1;
      return c;
    }
  }
  return -1;
}

/**
 * `<(?:\w+:)?NAME\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?NAME>)` from `from`: true when found,
 * with the attribute text, the content (empty for a self-closing element) and the end in `found`.
 * `state.unclosed` remembers that a start tag had no closing tag after it, so that none is
 * looked for again in the same text (none can be found further on; a self-closing element can).
 */
export function findElement(text: string, from: number, to: number, name: string, state: { unclosed: boolean }): boolean {
  for (let p = text.indexOf('<', from); p >= 0 && p < to; p = text.indexOf('<', p + 1)) {
    const q = afterName(text, p + 1, to, name, BOUNDARY);
    if (q < 0) continue;
    // The attributes end at the first '>': without one, no element starts here or further on.
    const g = text.indexOf('>', q);
    if (g < 0 || g >= to) return false;
    if (g > q && text.charCodeAt(g - 1) === SLASH) {
      found.attrsFrom = q;
      found.attrsTo = g - 1;
      found.innerFrom = found.innerTo = g + 1;
      found.end = g + 1;
      return true;
    }
    if (state.unclosed) continue;
    const c = closingTag(text, g + 1, to, name);
    if (c < 0) {
      state.unclosed = true;
      continue;
    }
    found.attrsFrom = q;
    found.attrsTo = g;
    found.innerFrom = g + 1;
    found.innerTo = c;
    return true;
  }
  return false;
}

/**
 * `<(?:\w+:)?NAME>([\s\S]*?)<\/(?:\w+:)?NAME>|<(?:\w+:)?NAME\/>` from `from` (a shared string
 * item): true when found, with its content (empty for `<si/>`) and its end in `found`.
 * `state.unclosed` remembers that a start tag had no closing tag after it, so that none is
 * looked for again (none can be found further on).
 */
export function findItem(text: string, from: number, to: number, name: string, state: { unclosed: boolean }): boolean {
  for (let p = text.indexOf('<', from); p >= 0 && p < to; p = text.indexOf('<', p + 1)) {
    if (!state.unclosed) {
      const q = afterName(text, p + 1, to, name, CLOSE);
      if (q >= 0) {
        const c = closingTag(text, q + 1, to, name);
        if (c >= 0) {
          found.innerFrom = q + 1;
          found.innerTo = c;
          return true;
        }
        state.unclosed = true;
      }
    }
    const s = afterName(text, p + 1, to, name, SELF_CLOSE);
    if (s >= 0) {
      found.innerFrom = found.innerTo = s;
      found.end = s + 2;
      return true;
    }
  }
  return false;
}

/** Which characters an attribute value may hold: `[^"]*`, `\d+` or `\w+`. */
export const ANY = 0;
export const DIGITS = 1;
export const WORD = 2;
type ValueClass = typeof ANY | typeof DIGITS | typeof WORD;

/** Where the value of the last attribute found starts and ends. */
export const attrValue = { from: 0, to: 0 };

/**
 * `\bNAME="([^"]*)"`, `\bNAME="(\d+)"` or `\bNAME="(\w+)"` in text[from, to): true when found,
 * with the value's place in `attrValue`.
 */
export function findAttribute(text: string, from: number, to: number, name: string, kind: ValueClass): boolean {
  const opening = `${name}="`;
  for (let i = text.indexOf(opening, from); i >= 0 && i + opening.length <= to; i = text.indexOf(opening, i + 1)) {
    if (i > from && isWordChar(text.charCodeAt(i - 1))) continue;
    const start = i + opening.length;
    if (kind === ANY) {
      const q = text.indexOf('"', start);
      // Without a closing quote here there is none after a later opening either.
      if (q < 0 || q >= to) return false;
      attrValue.from = start;
      attrValue.to = q;
      return true;
    }
    let j = start;
    while (j < to && (kind === DIGITS ? isDigit(text.charCodeAt(j)) : isWordChar(text.charCodeAt(j)))) j++;
    if (j > start && j < to && text.charCodeAt(j) === QUOTE) {
      attrValue.from = start;
      attrValue.to = j;
      return true;
    }
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Number(text.slice(from, to)) for a run of digits, without the substring when it is short enough to be exact. */
export function digitsValue(text: string, from: number, to: number): number {
  if (to - from > 15) return Number(text.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Whether text[from, to) holds no '<'. */
export function noTagIn(text: string, from: number, to: number): boolean {
  const lt = text.indexOf('<', from);
  return lt < 0 || lt >= to;
}
