import path from 'node:path';
import type { Output } from './output.js';
import { terminalText } from '../render/text/terminal-text.js';

/**
 * Progress on stderr: a bar that redraws itself on a terminal, plain lines otherwise (so that a
 * CI log shows how far a long run got; about twenty of them, whatever the number of files).
 */
export function makeProgress(io: Output, label: string, options: { plainLines: boolean }) {
  let last = 0;
  return {
    update(done: number, total: number, file: string) {
      if (io.quiet) return;
      if (io.interactive) {
        const now = Date.now();
        if (done < total && now - last < 80) return;
        last = now;
        const width = 24;
        const filled = Math.round((done / total) * width);
        io.rawErr(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${terminalText(path.basename(file)).slice(0, 40).padEnd(40)}`,
        );
      } else if (options.plainLines && (done === total || done % Math.max(1, Math.ceil(total / 20)) === 0)) {
        // A CI log gets about twenty lines, however many files there are.
        io.err(`${label} ${done}/${total} ${terminalText(file)}`);
      }
    },
    done() {
      if (io.interactive && !io.quiet) io.rawErr(`\r${' '.repeat(100)}\r`);
    },
  };
}
