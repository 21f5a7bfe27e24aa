#!/usr/bin/env node
// npm run bench: the figures of docs/performance.md. Generates returns with `weerbaar sample`,
// times whole commands as child processes and runs the baselines in the same run, in turn (A B A B),
// so that every target is a ratio of CPU time measured side by side on one machine. Each child
// reports its own CPU time (worker threads included) and peak RSS on its last stderr line.
// Before timing a folder it checks that the tool reads it correctly (bench/agree.js).
//
//   npm run bench                      100 and 1000 returns, the cold commands, the national case
//   npm run bench -- --quick           100 returns, one run each
//   npm run bench -- --sizes 100,1000,5000 --runs 3 --no-national --no-openpyxl
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
const bin = path.join(root, 'bin', 'weerbaar.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const SIZES = option('--sizes', quick ? '100' : '100,1000')
  .split(',')
  .map(Number);
const RUNS = Number(option('--runs', quick ? '1' : '3'));
const COLD_RUNS = quick ? 3 : 7;
const NATIONAL = !quick && !args.includes('--no-national');
const NATIONAL_RETURNS = 750;
const OPENPYXL = !quick && !args.includes('--no-openpyxl');

mkdirSync(work, { recursive: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command: wall time (ms) and, from its last stderr line, its CPU time (ms) and peak RSS (KB). */
function timed([cmd, ...rest]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, rest, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${rest.join(' ')} failed (${r.status}):\n${r.stderr}`);
  let last = {};
  try {
    last = JSON.parse((r.stderr ?? '').trim().split('\n').pop() ?? '{}');
  } catch {
    /* a command that does not report its CPU and memory (--help) */
  }
  return { ms, cpu: last.cpuMs ?? NaN, rss: last.maxRssKb ?? NaN };
}

/**
 * Runs A and B in turn, `runs` times each: the medians of each and the median of the ratios A/B
 * pair by pair, which holds when the machine's speed drifts during the run.
 */
function pair(runs, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(timed(a));
    if (b) bs.push(timed(b));
  }
  const summary = (xs) => ({
    ms: median(xs.map((x) => x.ms)),
    cpu: median(xs.map((x) => x.cpu)),
    rss: Math.max(...xs.map((x) => x.rss)),
  });
  return { a: summary(as), b: b ? summary(bs) : null, cpuRatio: b ? median(as.map((x, i) => x.cpu / bs[i].cpu)) : null };
}

function run(cmd, what) {
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stdout}`);
  return r.stdout.trim();
}

function python() {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import openpyxl; print(openpyxl.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return { py, version: r.stdout.trim() };
  }
  return null;
}

/** A folder of n returns made by the tool itself (fixed seed), reused between runs. */
function returns(n, registry) {
  const dir = path.join(work, registry ? `national-${n}` : `returns-${n}`);
  if (existsSync(dir) && readdirSync(dir).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  run(
    [
      process.execPath,
      bin,
      'sample',
      '-o',
      dir,
      '--count',
      String(n),
      '--seed',
      '7',
      ...(registry ? ['--registry', registry] : []),
    ],
    `sample ${n}`,
  );
  return dir;
}

const node = process.execPath;
const child = path.join(root, 'bench', 'report-child.cjs');
const baseline = (name, dir) => [node, path.join(root, 'bench', name), dir];
const report = (dir, out, extra = []) => [node, child, 'report', dir, '-o', path.join(work, out), '--force', ...extra];
const agree = (dir, extra = []) => run([node, path.join(root, 'bench', 'agree.js'), dir, ...extra], `agreement check on ${dir}`);
const nodeEmpty = [
  node,
  '-e',
  'const u = process.resourceUsage(); process.stderr.write(JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }))',
];

const py = OPENPYXL ? python() : null;
const results = {
  machine: {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? '?',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    openpyxl: py?.version ?? 'not run',
    loadavg: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  },
  runs: RUNS,
};
process.stdout.write(
  `Machine: ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGb} GB, Node ${results.machine.node}, load ${results.machine.loadavg}\n\n`,
);

const dirs = Object.fromEntries(SIZES.map((n) => [n, returns(n)]));
for (const n of SIZES) process.stdout.write(`agreement, ${n} returns: ${agree(dirs[n])}\n`);

const oneFile = path.join(dirs[SIZES[0]], readdirSync(dirs[SIZES[0]]).sort()[0]);
results.validateOne = pair(COLD_RUNS, [node, child, 'validate', oneFile], nodeEmpty);
results.template = pair(COLD_RUNS, [node, child, 'template', '-o', path.join(work, 'template.xlsx'), '--force'], nodeEmpty);
results.help = pair(COLD_RUNS, [node, bin, '--help']);

results.report = {};
for (const n of SIZES) {
  results.report[n] = {
    zlib: pair(RUNS, report(dirs[n], `report-${n}`), baseline('baseline-zlib.js', dirs[n])),
    sheetjs: pair(RUNS, baseline('baseline-sheetjs.js', dirs[n]), report(dirs[n], `report-${n}`)),
  };
}
const largest = SIZES[SIZES.length - 1];
const bigDir = dirs[largest];
results.exceljs = pair(RUNS, report(bigDir, `report-${largest}`), baseline('baseline-exceljs.js', bigDir));
results.openpyxl = py
  ? pair(RUNS, report(bigDir, `report-${largest}`), [py.py, path.join(root, 'bench', 'baseline_openpyxl.py'), bigDir])
  : null;

if (NATIONAL) {
  const registry = path.join(work, 'national.yaml');
  run([node, path.join(root, 'bench', 'national-registry.js'), registry], 'national registry');
  const half = returns(NATIONAL_RETURNS / 2, registry);
  const full = returns(NATIONAL_RETURNS, registry);
  process.stdout.write(`agreement, national ${NATIONAL_RETURNS}: ${agree(full, ['--registry', registry])}\n`);
  results.national = {
    half: pair(1, report(half, 'report-national-half', ['--registry', registry])).a,
    full: pair(RUNS, report(full, 'report-national', ['--registry', registry]), baseline('baseline-zlib.js', full)),
  };
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : '–');
const cpu = (ms) => (Number.isNaN(ms) ? '–' : s(ms));
const x = (r) => `${r.toFixed(2)}×`;
const rows = [
  ['`node -e 0` (cold process)', s(results.validateOne.b.cpu), s(results.validateOne.b.ms), mb(results.validateOne.b.rss), ''],
  ['`weerbaar --help` (cold process)', cpu(results.help.a.cpu), s(results.help.a.ms), mb(results.help.a.rss), ''],
  [
    '`weerbaar validate`, one return (cold process)',
    s(results.validateOne.a.cpu),
    s(results.validateOne.a.ms),
    mb(results.validateOne.a.rss),
    `${x(results.validateOne.cpuRatio)} node -e 0`,
  ],
  [
    '`weerbaar template` (cold process)',
    s(results.template.a.cpu),
    s(results.template.a.ms),
    mb(results.template.a.rss),
    `${x(results.template.cpuRatio)} node -e 0`,
  ],
];
for (const n of SIZES) {
  const r = results.report[n];
  rows.push(
    [
      `\`weerbaar report\`, ${n} returns`,
      s(r.zlib.a.cpu),
      s(r.zlib.a.ms),
      mb(r.zlib.a.rss),
      `${x(r.zlib.cpuRatio)} minimal reader; SheetJS ${x(r.sheetjs.cpuRatio)} report`,
    ],
    [`baseline: minimal node:zlib reader, ${n} returns`, s(r.zlib.b.cpu), s(r.zlib.b.ms), mb(r.zlib.b.rss), ''],
    [
      `baseline: SheetJS ${XLSX_VERSION()}, answer sheet only, ${n} returns`,
      s(r.sheetjs.a.cpu),
      s(r.sheetjs.a.ms),
      mb(r.sheetjs.a.rss),
      '',
    ],
  );
}
rows.push([
  `baseline: sequential exceljs read, ${largest} returns`,
  s(results.exceljs.b.cpu),
  s(results.exceljs.b.ms),
  mb(results.exceljs.b.rss),
  `report ${x(results.exceljs.cpuRatio)} this`,
]);
if (results.openpyxl)
  rows.push([
    `baseline: openpyxl ${py.version} read-only, ${largest} returns`,
    s(results.openpyxl.b.cpu),
    s(results.openpyxl.b.ms),
    mb(results.openpyxl.b.rss),
    `report ${x(results.openpyxl.cpuRatio)} this`,
  ]);
if (results.national) {
  const nat = results.national;
  rows.push(
    [
      `\`weerbaar report\`, national registry (375), ${NATIONAL_RETURNS / 2} returns`,
      s(nat.half.cpu),
      s(nat.half.ms),
      mb(nat.half.rss),
      '',
    ],
    [
      `\`weerbaar report\`, national registry (375), ${NATIONAL_RETURNS} returns`,
      s(nat.full.a.cpu),
      s(nat.full.a.ms),
      mb(nat.full.a.rss),
      `${x(nat.full.cpuRatio)} minimal reader`,
    ],
  );
}
process.stdout.write(
  `\n| measurement (median of ${RUNS} runs; cold commands ${COLD_RUNS}) | CPU | wall | peak RSS | CPU ratio |\n|---|---|---|---|---|\n`,
);
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);

const check = (ok) => (ok ? 'met' : 'NOT met');
const big = results.report[largest];
const targets = [
  [`report ${largest} ≤ 3× the CPU of the minimal reader`, x(big.zlib.cpuRatio), check(big.zlib.cpuRatio <= 3)],
  [
    `SheetJS (answer sheet only) ≥ 1.5× the CPU of report ${largest}`,
    x(big.sheetjs.cpuRatio),
    check(big.sheetjs.cpuRatio >= 1.5),
  ],
  [
    'validate one return, cold ≤ 2× the CPU of `node -e 0`',
    x(results.validateOne.cpuRatio),
    check(results.validateOne.cpuRatio <= 2),
  ],
  ['template, cold ≤ 2× the CPU of `node -e 0`', x(results.template.cpuRatio), check(results.template.cpuRatio <= 2)],
];
// The targets of issue 6, kept: now as CPU ratios.
targets.push([
  `report ${largest} < 0.8× the CPU of a sequential exceljs read (issue 6)`,
  x(results.exceljs.cpuRatio),
  check(results.exceljs.cpuRatio < 0.8),
]);
if (results.openpyxl)
  targets.push([
    `report ${largest} < 0.5× the CPU of the openpyxl script (issue 6)`,
    x(results.openpyxl.cpuRatio),
    check(results.openpyxl.cpuRatio < 0.5),
  ]);
if (results.national) {
  const nat = results.national;
  targets.push(
    [`peak RSS < 300 MB, national registry, ${NATIONAL_RETURNS} returns`, mb(nat.full.a.rss), check(nat.full.a.rss < 300 * 1024)],
    [
      `flat in the number of returns: RSS(${NATIONAL_RETURNS}) / RSS(${NATIONAL_RETURNS / 2})`,
      (nat.full.a.rss / nat.half.rss).toFixed(2),
      check(nat.full.a.rss / nat.half.rss < 1.2),
    ],
  );
}
process.stdout.write(`\n| target (issue 20) | figure | |\n|---|---|---|\n`);
for (const t of targets) process.stdout.write(`| ${t.join(' | ')} |\n`);
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nRaw figures: ${path.relative(root, path.join(work, 'results.json'))}\n`);

function XLSX_VERSION() {
  return run([node, '-e', "import('xlsx').then((m) => console.log(m.default.version))"], 'xlsx version');
}
