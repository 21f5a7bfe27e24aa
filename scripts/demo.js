#!/usr/bin/env node
// The RIEC's yearly job on the built-in norm and synthetic returns, step by step, into out/.
// Each step is an ordinary `weerbaar` command; the demo stops only on a usage, I/O or internal
// error (exit 2 or 3). Exit 1 of `validate` is expected: a few sample returns carry mistakes.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'weerbaar.js');
const out = 'out';
// The baseline of 2025 was measured with norm 0.9.0, kept in norm/archief/; from 2026 on the
// built-in norm is 1.0.0. `template --from` carries the 2025 answers into 1.0.0 templates.
const NORM_2025 = 'norm/archief/noord-hollandse-norm-0.9.0.yaml';
// A clearly marked example of another province's norm, with a registry of its own.
const EXAMPLE_NORM = 'norm/voorbeelden/voorbeeldprovincie-norm.yaml';
rmSync(path.join(root, out), { recursive: true, force: true });

const steps = [
  ['norm', 'check'],
  ['template', '-o', `${out}/implementatieoverzicht-nh-weerbare-overheid-1.0.0.xlsx`],
  [
    'sample',
    '--norm',
    NORM_2025,
    '-o',
    `${out}/inzendingen-2025`,
    '--count',
    '30',
    '--seed',
    '2025',
    '--meetmoment',
    'Nulmeting 2025',
  ],
  ['report', '--norm', NORM_2025, `${out}/inzendingen-2025`, '-o', `${out}/rapportage-2025`],
  // Next year's templates: the 2025 answers carried into norm 1.0.0, changed principles marked.
  ['template', '--from', `${out}/inzendingen-2025`, '-o', `${out}/sjablonen-2026`, '--meetmoment', 'Voortgang 2026'],
  ['sample', '-o', `${out}/inzendingen-2026`, '--count', '40', '--seed', '2026', '--meetmoment', 'Voortgang 2026'],
  ['sample', '-o', `${out}/inzendingen-2027`, '--count', '40', '--seed', '2027', '--meetmoment', 'Voortgang 2027'],
  ['validate', `${out}/inzendingen-2026`, '--feedback', `${out}/terugkoppeling`],
  ['score', `${out}/inzendingen-2026/0001-alkmaar.xlsx`],
  ['report', `${out}/inzendingen-2026`, '-o', `${out}/rapportage-2026`, '--previous', `${out}/rapportage-2025/rapportage.json`],
  // Three measurements: the trend runs over all of them, and organisaties/ holds a page per organisation.
  [
    'report',
    `${out}/inzendingen-2027`,
    '-o',
    `${out}/rapportage-2027`,
    '--previous',
    `${out}/rapportage-2025/rapportage.json`,
    '--previous',
    `${out}/rapportage-2026/rapportage.json`,
  ],
  ['report', `${out}/inzendingen-2027`, '-o', `${out}/rapportage-2027-anoniem`, '--anonymise', '--salt', 'demo-geheim'],
  // Part two, short: the same job on the example norm of another province (norm/voorbeelden/),
  // with its own ids, scale, fields, rules and registry; nothing of the built-in norm is used.
  ['norm', 'check', EXAMPLE_NORM],
  ['--norm', EXAMPLE_NORM, 'template', '-o', `${out}/voorbeeldnorm/sjabloon.xlsx`],
  [
    '--norm',
    EXAMPLE_NORM,
    'sample',
    '-o',
    `${out}/voorbeeldnorm/meting-1`,
    '--count',
    '6',
    '--seed',
    '11',
    '--meetmoment',
    'Meting 2026',
  ],
  [
    '--norm',
    EXAMPLE_NORM,
    'sample',
    '-o',
    `${out}/voorbeeldnorm/meting-2`,
    '--count',
    '6',
    '--seed',
    '12',
    '--meetmoment',
    'Meting 2027',
  ],
  ['--norm', EXAMPLE_NORM, 'validate', `${out}/voorbeeldnorm/meting-2`],
  [
    '--norm',
    EXAMPLE_NORM,
    'report',
    `${out}/voorbeeldnorm/meting-1`,
    '-o',
    `${out}/voorbeeldnorm/rapport-1`,
    '--min-group',
    '2',
    '--quiet',
  ],
  [
    '--norm',
    EXAMPLE_NORM,
    'report',
    `${out}/voorbeeldnorm/meting-2`,
    '-o',
    `${out}/voorbeeldnorm/rapport-2`,
    '--min-group',
    '2',
    '--previous',
    `${out}/voorbeeldnorm/rapport-1/rapportage.json`,
  ],
];
// The page for the council of one return, straight from `score`.
const scorePage = ['score', `${out}/inzendingen-2027/0001-alkmaar.xlsx`, '--format', 'html'];

for (const args of steps) {
  process.stdout.write(`\n$ weerbaar ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env } });
  if (r.status === null || r.status >= 2) {
    process.stderr.write(`De demo stopt: 'weerbaar ${args.join(' ')}' eindigde met code ${r.status}.\n`);
    process.exit(r.status ?? 3);
  }
}
process.stdout.write(`\n$ weerbaar ${scorePage.join(' ')} > ${out}/alkmaar.html\n`);
const page = spawnSync(process.execPath, [bin, ...scorePage], { cwd: root, encoding: 'utf8', env: { ...process.env } });
if (page.status !== 0) {
  process.stderr.write(`De demo stopt: 'weerbaar ${scorePage.join(' ')}' eindigde met code ${page.status}.\n${page.stderr}`);
  process.exit(page.status ?? 3);
}
writeFileSync(path.join(root, out, 'alkmaar.html'), page.stdout);
process.stdout.write(
  `\nKlaar. Open ${out}/rapportage-2027/rapportage.html in een browser, of ${out}/rapportage-2027/rapportage.xlsx in Excel of LibreOffice; de pagina's per organisatie staan in ${out}/rapportage-2027/organisaties/. Wie wie kan helpen: ${out}/rapportage-2027/leren-van-elkaar.csv. De sjablonen voor 2026, vooraf ingevuld met de antwoorden van 2025: ${out}/sjablonen-2026/. Dezelfde stappen met de voorbeeldnorm van een andere provincie: ${out}/voorbeeldnorm/.\n`,
);
