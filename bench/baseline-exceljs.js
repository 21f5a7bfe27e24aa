// Baseline: what an analyst might script with exceljs instead of weerbaar. Reads every file
// sequentially, finds the statuses through the defined names and computes per theme the share of
// principles marked as the best option. Prints the peak RSS as JSON on the last line of stderr.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
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
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(dir, name)));
  const range = (n) => wb.definedNames.getRanges(n).ranges[0];
  const [sheet, from, to] = /^'?(.*?)'?!\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range('nr')).slice(1);
  const statusCol = /!\$([A-Z]+)\$/.exec(range('status'))[1];
  const ws = wb.getWorksheet(sheet);
  for (let r = Number(from); r <= Number(to); r++) {
    const id = ws.getCell(`A${r}`).value;
    if (typeof id !== 'string' || !id) continue;
    const theme = id.split('.')[0];
    const status = ws.getCell(`${statusCol}${r}`).value;
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
