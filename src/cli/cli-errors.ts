/** Typed errors that commands throw; exactly one place (main.ts) turns them into output and an exit code. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file or folder the user named cannot be read or written (exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
