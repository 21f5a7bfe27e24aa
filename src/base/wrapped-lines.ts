/**
 * About how many lines a text takes when it wraps after `perLine` characters: every line of the
 * text at least one. Neither Excel nor LibreOffice grows a row for wrapped text that a library
 * wrote, so the template and the report set row heights from this estimate; each says how many
 * characters fit in a column of its width.
 */
export function wrappedLines(text: string, perLine: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
