'use strict';
// Runs one weerbaar command in this process, loaded as bin/weerbaar.js loads it (bin/start-cli.js,
// with the code cache), and reports on the last line of stderr, as JSON, its CPU time and peak
// memory (RSS) of the whole process, worker threads included: they live in the same process.
// CommonJS, as bin/weerbaar.js is, so that a cold command costs here what it costs there.
const { loadCli } = require('../bin/start-cli.js');

loadCli()
  .main(['node', 'weerbaar', ...process.argv.slice(2)])
  .then((code) => {
    const u = process.resourceUsage();
    const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
    process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: u.maxRSS, cpuMs })}\n`);
    process.exitCode = code;
  });
