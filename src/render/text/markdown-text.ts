import { terminalText } from './terminal-text.js';

/**
 * Text for Markdown: markup characters and HTML (a CI job summary renders HTML) escaped, line
 * breaks flattened, pipes escaped so a value stays in its table cell, control characters (ESC)
 * shown as visible signs; plain text stays readable. With `[`, `]`, `<` and `>` escaped, no link
 * or raw HTML (`<script>`, `<img onerror>`, `[x](javascript:…)`) can come from the text.
 */
export function markdownText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return terminalText(
    String(value)
      .replace(/[\r\n]+/g, ' ')
      .replace(/&(?=#?\w+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*[\]|~])/g, '\\$1')
      // An underscore inside a word (file_name) is no emphasis in CommonMark; elsewhere it could be.
      .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_')),
  );
}
