/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** Lower case, trimmed, inner spaces folded: how two spellings are compared. */
export function fold(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name without a trailing qualifier in brackets: "Bergen (NH.)" → "bergen". */
function baseName(s: string): string {
  return fold(s.replace(/\s*\([^)]*\)\s*$/, ''));
}

/**
 * The one candidate the value clearly means, or undefined when none is clearly closest (then the
 * caller lists the options instead). Following a suggestion must never change the meaning, so:
 * a name without its qualifier ("Bergen" → "Bergen (NH.)"), the unique candidate the value starts
 * (at least three letters), or a typing slip: a small edit distance with no rival nearby.
 * "Gedeeltelijk uitgevoerd" suggests nothing: "Uitgevoerd" is far away and means something else.
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const v = fold(value);
  if (v === '') return undefined;
  const unique = (found: readonly string[]) => (found.length === 1 ? found[0] : undefined);
  const byBase = candidates.filter((c) => baseName(c) === v || fold(c) === v);
  if (byBase.length > 0) return unique(byBase);
  if (v.length >= 3) {
    const byPrefix = candidates.filter((c) => fold(c).startsWith(v) && /^$|^[\s(-]/.test(fold(c).slice(v.length)));
    if (byPrefix.length > 0) return unique(byPrefix);
  }
  const limit = v.length <= 4 ? 1 : v.length <= 8 ? 2 : 3;
  const ranked = candidates
    .map((c) => ({ c, d: Math.min(editDistance(v, fold(c)), editDistance(v, baseName(c))) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (!best || best.d > limit) return undefined;
  return second && second.d < best.d + 2 ? undefined : best.c;
}

/** Characters that cannot be seen: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces that look like a space but are not one: no-break, narrow no-break, figure and thin spaces. */
const ODD_SPACE = /[\u00A0\u202F\u2007\u2009]/g;

/** Either of the two above: most values have none, and one test is cheaper than two replacements. */
const ODD_CHARACTER = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u202F\u2007\u2009]/;

/** The text with invisible characters removed and odd spaces made plain; `changed` says whether any were found. */
export function stripInvisible(text: string): { text: string; changed: boolean } {
  if (!ODD_CHARACTER.test(text)) return { text, changed: false };
  const clean = text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  return { text: clean, changed: clean !== text };
}
