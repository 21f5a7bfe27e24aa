import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for an organisation code: the same code and salt give the same pseudonym in
 * every run, and without the salt the code cannot be recovered by trying the 45 known codes.
 * Eight hex digits make a clash between two of a few hundred organisations negligible.
 */
export function pseudonym(code: string, salt: string): string {
  return `ORG-${createHmac('sha256', salt).update(code).digest('hex').slice(0, 8).toUpperCase()}`;
}
