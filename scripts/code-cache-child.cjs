'use strict';
// The child of scripts/code-cache.js: compiles the CLI bundle without a cache, runs the commands it
// is given (a JSON list of argument lists; their output is discarded) and writes the code cache
// of what V8 compiled meanwhile, atomically.
const { renameSync, writeFileSync } = require('node:fs');
const { cacheFile, compileCli } = require('../bin/start-cli.js');

const runs = JSON.parse(process.argv[2]);
const { script, cli } = compileCli(undefined);
const quiet = { stdout: { write() {} }, stderr: { write() {} } };

(async () => {
  for (const args of runs) await cli.main(['node', 'weerbaar', ...args], process.env, quiet);
  const file = cacheFile();
  writeFileSync(`${file}.tmp`, script.createCachedData());
  renameSync(`${file}.tmp`, file);
})();
