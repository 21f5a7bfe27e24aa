// Baseline: the floor, a minimal node:zlib reader of the same files (see minimal-reader.js). Reads
// every file sequentially and computes per theme the share of principles marked as the best
// option, like the other baselines. Prints the peak RSS as JSON on the last line of stderr.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readStatuses } from './minimal-reader.js';
// CPU time of the whole process (worker threads included), which stays stable on a busy machine.
const cpuMs = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

const dir = process.argv[2];
const shares = {};
let files = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()) {
  const statuses = readStatuses(readFileSync(path.join(dir, name)));
  for (const [id, status] of Object.entries(statuses)) {
    const theme = id.split('.')[0];
    shares[theme] ??= { yes: 0, all: 0 };
    shares[theme].all++;
    if (status === 'Uitgevoerd') shares[theme].yes++;
  }
  files++;
}
process.stdout.write(
  `${files} files; ${Object.entries(shares)
    .map(([t, s]) => `${t}: ${((100 * s.yes) / s.all).toFixed(1)}%`)
    .join(', ')}\n`,
);
process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs() })}\n`);
