import type { Organisation, Registry, SizeClass } from './registry-schema.js';

/** The registry's size class of an organisation by its `inwoners`; null without figures or classes. */
export function sizeClassOf(registry: Registry, org: Organisation): SizeClass | null {
  const inwoners = org.inwoners;
  if (inwoners === undefined) return null;
  return registry.grootteklassen?.klassen.find((c) => c.tot === undefined || inwoners < c.tot) ?? null;
}
