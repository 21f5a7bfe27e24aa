/**
 * Control characters, as a terminal or a log viewer would act on them: C0 (ESC starts a colour
 * or cursor sequence, CR overwrites a line), DEL, C1 (0x9B is a one-byte CSI), and the bidi
 * overrides and isolates that make text display in another order than it is stored.
 */
/* eslint-disable no-control-regex -- matching these control characters is the point */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** A control character made visible: C0 as its Unicode control picture (ESC → ␛), others as �. */
export function controlPicture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * Text from a file (a file name, a cell, a message quoting a cell) made safe for a terminal: no
 * control sequence reaches it, each control character shows as a visible sign. Line breaks are
 * kept only when asked (table cells wrap on them).
 */
export function terminalText(text: string, { keepNewlines = false }: { keepNewlines?: boolean } = {}): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, controlPicture);
}
