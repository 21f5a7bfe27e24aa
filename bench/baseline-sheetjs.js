// Baseline: SheetJS (the npm package xlsx) reading only the answer sheet of each file, the way a
// user of that library would: the sheet by name, the status column through the defined names.
// Computes per theme the share of principles marked as the best option, like the other baselines.
// Prints the peak RSS as JSON on the last line of stderr.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
// CPU time of the whole process (worker threads included), which stays stable on a busy machine.
const cpuMs = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

const dir = process.argv[2];
const ANSWER_SHEET = 'Implementatieoverzicht';
const shares = {};
let files = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()) {
  const wb = XLSX.read(readFileSync(path.join(dir, name)), { type: 'buffer', sheets: [ANSWER_SHEET] });
  const ref = (n) => wb.Workbook.Names.find((d) => d.Name === n && d.Sheet === undefined).Ref;
  const [sheet, from, to] = /^'?(.*?)'?!\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref('nr')).slice(1);
  const statusCol = /!\$([A-Z]+)\$/.exec(ref('status'))[1];
  const ws = wb.Sheets[sheet];
  for (let r = Number(from); r <= Number(to); r++) {
    const id = ws[`A${r}`]?.v;
    if (typeof id !== 'string' || !id) continue;
    const theme = id.split('.')[0];
    shares[theme] ??= { yes: 0, all: 0 };
    shares[theme].all++;
    if (ws[`${statusCol}${r}`]?.v === 'Uitgevoerd') shares[theme].yes++;
  }
  files++;
}
process.stdout.write(
  `${files} files; ${Object.entries(shares)
    .map(([t, s]) => `${t}: ${((100 * s.yes) / s.all).toFixed(1)}%`)
    .join(', ')}\n`,
);
process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs() })}\n`);
