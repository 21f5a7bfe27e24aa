import type { FrontField, Norm, ResponseField } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { ValueKind } from './interpret-value.js';

/** How the cells of a field are read, from its type in the YAML. */
export function valueKind(field: ResponseField | FrontField, norm: Norm, registry: Registry): ValueKind {
  switch (field.type) {
    case 'schaal':
      return { type: 'keuze', options: norm.schaal };
    case 'keuze':
      return { type: 'keuze', options: field.opties ?? [], optional: field.verplicht === false };
    case 'organisatie':
      return { type: 'organisatie', registry };
    default:
      return { type: field.type };
  }
}
