#!/usr/bin/env node
'use strict';
// CommonJS, as bin/package.json says: see start-cli.js.
const { loadCli } = require('./start-cli.js');

let cli;
try {
  cli = loadCli();
} catch (e) {
  if (e && e.code !== 'ENOENT') throw e;
  // A checkout that was never built: say what to do instead of a stack trace.
  process.stderr.write(
    'weerbaar is niet gebouwd: dist/bundle/weerbaar.cjs ontbreekt. Voer in deze map `npm ci && npm run build` uit.\n' +
      'weerbaar has not been built: dist/bundle/weerbaar.cjs is missing. Run `npm ci && npm run build` in this folder.\n',
  );
  process.exitCode = 3;
}
cli?.main(process.argv).then((code) => {
  process.exitCode = code;
});
