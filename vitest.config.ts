import os from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The slowest files first, so that the two workers finish together. Vitest does this from its
 * cache of earlier runs; a fresh clone (as in CI) has none, and the pack test, a small file that
 * builds and installs the package, would then start last and run alone at the end.
 */
const FIRST = ['test/package/pack.test.ts'];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => (FIRST.some((name) => f.moduleId.endsWith(name)) ? 0 : 1);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Forks, so that a test file may set the working folder for a CLI run (test/helpers/cli-host.ts);
    // files in one fork share modules (no isolation), which every test file allows.
    pool: 'forks',
    isolate: false,
    // Vitest leaves one core free by default: on a two-core machine that is one worker. The CLI runs
    // wait on files and worker threads often enough that one per core is faster.
    maxWorkers: os.availableParallelism(),
    sequence: { sequencer: SlowFirst },
  },
});
