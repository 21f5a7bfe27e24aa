import type { FileOutcome } from './file-outcome.js';

/**
 * How a worker sends an outcome back: as JSON text when that gives back exactly the same value,
 * else as the object itself (structured clone). A typical outcome is a few hundred small objects
 * and strings; cloning them cost the worker about three times what JSON.stringify costs, and
 * the main thread more than JSON.parse, while a string crosses the thread as one copy.
 */
export type WireOutcome = { json: string; outcome?: never } | { outcome: FileOutcome; json?: never };

export function toWire(outcome: FileOutcome): WireOutcome {
  return jsonExact(outcome) ? { json: JSON.stringify(outcome) } : { outcome };
}

export function fromWire(wire: WireOutcome): FileOutcome {
  return wire.json !== undefined ? (JSON.parse(wire.json) as FileOutcome) : wire.outcome;
}

/**
 * Whether JSON.parse(JSON.stringify(value)) gives what a structured clone gives: only strings,
 * booleans, null, finite numbers other than -0, arrays without holes and plain objects of
 * these, nothing undefined, no toJSON. Anything else (the feedback copy's bytes, a Date, a value
 * left undefined) goes as a structured clone.
 */
function jsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      if (Object.hasOwn(value, 'toJSON')) return false;
      const record = value as Record<string, unknown>;
      for (const key in record) if (!jsonExact(record[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
