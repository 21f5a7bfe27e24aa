// The bench's check that it times correct readers: on every file it times, the fast path
// (validateWorkbook with its default XML reader) must give exactly what the reference reader
// (exceljs) gives, and the statuses it interprets must match what the minimal node:zlib reader
// (the floor) finds in the same cells. Exits 1 and names the files where they differ.
// Usage: node bench/agree.js DIR [--registry FILE]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadBuiltinNorm, validateWorkbook } from '../dist/index.js';
import { readStatuses } from './minimal-reader.js';

const dir = process.argv[2];
const at = process.argv.indexOf('--registry');
const inputs = await loadBuiltinNorm(at > 0 ? { registry: process.argv[at + 1] } : {});
const ctx = { norm: inputs.norm, registry: inputs.registry, fingerprint: inputs.fingerprint, archive: inputs.archive };
// A status typed exactly as one of the scale's labels has one meaning; anything else (a typo, a
// synonym, other spacing) is the validator's interpretation, which the floor does not attempt.
const byLabel = new Map(inputs.norm.schaal.flatMap((o) => [[o.label, o.code], ...(o.label_en ? [[o.label_en, o.code]] : [])]));

const differ = [];
let files = 0;
let statuses = 0;
let interpreted = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()) {
  const bytes = readFileSync(path.join(dir, name));
  const [fast, reference] = await Promise.all([
    validateWorkbook(bytes, ctx),
    validateWorkbook(bytes, { ...ctx, reader: 'exceljs' }),
  ]);
  files++;
  if (!isDeepStrictEqual(fast, reference)) {
    differ.push(`${name}: the XML reader and exceljs give different results`);
    continue;
  }
  const answers = fast.submission?.answers;
  if (!answers) continue;
  const floor = readStatuses(bytes);
  if (!isDeepStrictEqual(Object.keys(floor).sort(), Object.keys(answers).sort())) {
    differ.push(`${name}: the minimal reader finds other principle rows`);
    continue;
  }
  for (const [id, typed] of Object.entries(floor)) {
    const code = typed === null ? null : byLabel.get(typed);
    if (code === undefined) {
      interpreted++;
      continue;
    }
    statuses++;
    if ((answers[id]?.status ?? null) !== code)
      differ.push(`${name}: ${id} reads ${JSON.stringify(typed)} but the tool has ${JSON.stringify(answers[id]?.status)}`);
  }
}
process.stdout.write(
  `${files} files, ${statuses} statuses compared, ${interpreted} left to interpretation: ${differ.length ? `${differ.length} differences` : 'all agree'}\n`,
);
for (const d of differ.slice(0, 20)) process.stdout.write(`  ${d}\n`);
process.exitCode = differ.length ? 1 : 0;
