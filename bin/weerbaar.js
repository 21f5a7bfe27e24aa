#!/usr/bin/env node
'use strict';
// CommonJS, as bin/package.json says: see start-cli.js.
const { loadCli } = require('./start-cli.js');

let cli;
try {
  cli = loadCli();
} catch (e) {
  // A checkout that was never built, or a build that is broken: say what to do instead of a stack trace.
  const missing = e && e.code === 'ENOENT' && typeof e.path === 'string' ? e.path : undefined;
  process.stderr.write(
    missing
      ? `weerbaar is niet (helemaal) gebouwd: ${missing} ontbreekt. Voer in de map van weerbaar \`npm ci && npm run build\` uit.\n` +
          `weerbaar has not been built (completely): ${missing} is missing. Run \`npm ci && npm run build\` in weerbaar's folder.\n`
      : `weerbaar kon niet starten: ${e && e.message}. Bouw opnieuw met \`npm ci && npm run build\` in de map van weerbaar.\n` +
          `weerbaar could not start: ${e && e.message}. Build again with \`npm ci && npm run build\` in weerbaar's folder.\n`,
  );
  process.exitCode = 3;
}
cli?.main(process.argv).then((code) => {
  process.exitCode = code;
});
