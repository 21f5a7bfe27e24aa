import type { YamlPath } from './parse-yaml-document.js';

/** "thema 3, uitgangspunt 3.2" for a path into the themes; the top-level key otherwise. */
export function describeNormPath(path: YamlPath, data: unknown): string {
  const root = data as { themas?: Array<{ id?: unknown; uitgangspunten?: Array<{ id?: unknown }> }> };
  if (path[0] === 'themas' && typeof path[1] === 'number') {
    const theme = root.themas?.[path[1]];
    const parts = [`thema ${idOr(theme?.id, path[1])}`];
    if (path[2] === 'uitgangspunten' && typeof path[3] === 'number') {
      parts.push(`uitgangspunt ${idOr(theme?.uitgangspunten?.[path[3]]?.id, path[3])}`);
    }
    return parts.join(', ');
  }
  if (typeof path[0] === 'string' && typeof path[1] === 'number') return `${path[0]} ${path[1] + 1}`;
  return typeof path[0] === 'string' ? path[0] : '';
}

/** An id as the YAML gives it; its 1-based position when it is missing or not a plain value. */
export function idOr(id: unknown, index: number): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : String(index + 1);
}
