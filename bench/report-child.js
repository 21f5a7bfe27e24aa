// Runs one weerbaar command in this process, from the bundle that bin/weerbaar.js runs, and reports
// its peak memory (RSS, worker threads included: they live in the same process) on the last line
// of stderr as JSON.
import { main } from '../dist/bundle/weerbaar.js';
// CPU time of the whole process (worker threads included), which stays stable on a busy machine.
const cpuMs = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

const code = await main(['node', 'weerbaar', ...process.argv.slice(2)]);
process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs() })}\n`);
process.exitCode = code;
