#!/usr/bin/env node
// npm run bench: the figures of docs/performance.md. Generates returns with `weerbaar sample`,
// times whole commands as child processes (median of several runs, peak RSS), and runs the
// baselines a user might script instead in the same run, so that targets are ratios on one machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
const bin = path.join(root, 'bin', 'weerbaar.js');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [50, 100] : [100, 500, 1000];
const RUNS = quick ? 1 : 3;
const COLD_RUNS = quick ? 3 : 7;

mkdirSync(work, { recursive: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command, returns wall time (ms) and the child's peak RSS (KB) from its last stderr line. */
function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const last = (r.stderr ?? '').trim().split('\n').pop() ?? '';
  let rss = null;
  try {
    rss = JSON.parse(last).maxRssKb ?? null;
  } catch {
    /* a command that does not report its memory */
  }
  return { ms, rss, stdout: r.stdout };
}

function repeat(n, fn) {
  const runs = Array.from({ length: n }, fn);
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss ?? 0)) || null, stdout: runs[0]?.stdout };
}

function python() {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import openpyxl; print(openpyxl.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return { py, version: r.stdout.trim() };
  }
  return null;
}

// Inputs: one folder per size, made by the tool itself (fixed seed), reused between runs.
for (const n of SIZES) {
  const dir = path.join(work, `returns-${n}`);
  if (existsSync(dir) && readdirSync(dir).length === n) continue;
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [bin, 'sample', '-o', dir, '--count', String(n), '--seed', '7'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}
const largest = SIZES[SIZES.length - 1];
const oneFile = path.join(work, `returns-${SIZES[0]}`, readdirSync(path.join(work, `returns-${SIZES[0]}`)).sort()[0]);

const results = { machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? '?', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` } };
const py = python();
results.machine.openpyxl = py?.version ?? 'not installed';

process.stdout.write(`Machine: ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGb} GB, Node ${results.machine.node}, openpyxl ${results.machine.openpyxl}\n\n`);

const child = path.join(root, 'bench', 'report-child.js');
results.help = repeat(COLD_RUNS, () => timed(process.execPath, [bin, '--help']));
results.template = repeat(COLD_RUNS, () => timed(process.execPath, [child, 'template', '-o', path.join(work, 'template.xlsx'), '--force']));
results.validateOne = repeat(COLD_RUNS, () => timed(process.execPath, [child, 'validate', oneFile]));

results.report = {};
for (const n of SIZES) {
  const dir = path.join(work, `returns-${n}`);
  results.report[n] = repeat(RUNS, () => timed(process.execPath, [child, 'report', dir, '-o', path.join(work, `report-${n}`)]));
}
const bigDir = path.join(work, `returns-${largest}`);
results.reportOneThread = repeat(RUNS, () => timed(process.execPath, [child, 'report', bigDir, '-o', path.join(work, 'report-jobs0'), '--jobs', '0']));
results.exceljsBaseline = repeat(RUNS, () => timed(process.execPath, [path.join(root, 'bench', 'baseline-exceljs.js'), bigDir]));
results.openpyxlBaseline = py ? repeat(RUNS, () => timed(py.py, [path.join(root, 'bench', 'baseline_openpyxl.py'), bigDir])) : null;

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : '–');
const rows = [
  ['weerbaar --help (cold process)', s(results.help.ms), '–', ''],
  ['weerbaar template (cold process)', s(results.template.ms), mb(results.template.rss), ''],
  ['weerbaar validate, one return (cold process)', s(results.validateOne.ms), mb(results.validateOne.rss), ''],
  ...SIZES.map((n) => [`weerbaar report, ${n} returns`, s(results.report[n].ms), mb(results.report[n].rss), `${Math.round((n / results.report[n].ms) * 1000)} files/s`]),
  [`weerbaar report --jobs 0 (one thread), ${largest} returns`, s(results.reportOneThread.ms), mb(results.reportOneThread.rss), `${Math.round((largest / results.reportOneThread.ms) * 1000)} files/s`],
  [`baseline: sequential exceljs read, ${largest} returns`, s(results.exceljsBaseline.ms), mb(results.exceljsBaseline.rss), `${Math.round((largest / results.exceljsBaseline.ms) * 1000)} files/s`],
  [`baseline: openpyxl read-only script, ${largest} returns`, results.openpyxlBaseline ? s(results.openpyxlBaseline.ms) : 'not run', results.openpyxlBaseline ? mb(results.openpyxlBaseline.rss) : '–', results.openpyxlBaseline ? `${Math.round((largest / results.openpyxlBaseline.ms) * 1000)} files/s` : ''],
];
process.stdout.write(`| measurement (median of ${RUNS} runs; cold commands ${COLD_RUNS}) | wall time | peak RSS | rate |\n|---|---|---|---|\n`);
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);

const big = results.report[largest].ms;
const ratios = {
  reportVsOpenpyxl: results.openpyxlBaseline ? big / results.openpyxlBaseline.ms : null,
  reportVsExceljs: big / results.exceljsBaseline.ms,
  scaling: SIZES.length >= 2 ? big / results.report[SIZES[SIZES.length - 2]].ms : null,
};
results.ratios = ratios;
const check = (ok) => (ok ? 'met' : 'NOT met');
const targets = [
  [`report ${largest} / openpyxl baseline < 0.5`, ratios.reportVsOpenpyxl === null ? 'n/a' : ratios.reportVsOpenpyxl.toFixed(2), ratios.reportVsOpenpyxl === null ? 'not run' : check(ratios.reportVsOpenpyxl < 0.5)],
  [`report ${largest} / sequential exceljs < 1 (clearly)`, ratios.reportVsExceljs.toFixed(2), check(ratios.reportVsExceljs < 0.8)],
  [`scaling time(${largest}) / time(${SIZES[SIZES.length - 2]}) near ${largest / SIZES[SIZES.length - 2]}`, ratios.scaling?.toFixed(2) ?? 'n/a', check((ratios.scaling ?? 0) < (largest / SIZES[SIZES.length - 2]) * 1.25)],
  ['peak memory of every report < 500 MB', mb(Math.max(...SIZES.map((n) => results.report[n].rss ?? 0))), check(SIZES.every((n) => (results.report[n].rss ?? 0) < 500 * 1024))],
  ['validate one return, cold < 1 s', s(results.validateOne.ms), check(results.validateOne.ms < 1000)],
  ['template, cold < 1 s', s(results.template.ms), check(results.template.ms < 1000)],
  ['--help < 300 ms', s(results.help.ms), check(results.help.ms < 300)],
];
process.stdout.write(`\n| target | figure | |\n|---|---|---|\n`);
for (const t of targets) process.stdout.write(`| ${t.join(' | ')} |\n`);
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nRaw figures: ${path.relative(root, path.join(work, 'results.json'))}\n`);
