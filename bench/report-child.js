// Runs one weerbaar command in this process and reports its peak memory (RSS, worker threads
// included: they live in the same process) on the last line of stderr as JSON.
import { main } from '../dist/cli/main.js';

const code = await main(['node', 'weerbaar', ...process.argv.slice(2)]);
process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
