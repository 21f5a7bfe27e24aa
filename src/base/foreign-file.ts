/** What kind of file a non-spreadsheet is, by its name: enough to say what to ask the sender for. */
export type ForeignKind = 'pdf' | 'word' | 'csv' | 'image' | 'mail' | 'archive' | 'other';

const KINDS: Array<[RegExp, ForeignKind]> = [
  [/\.pdf$/i, 'pdf'],
  [/\.(docx?|docm|odt|rtf|pages)$/i, 'word'],
  [/\.(csv|tsv|txt)$/i, 'csv'],
  [/\.(png|jpe?g|gif|bmp|tiff?|heic|webp)$/i, 'image'],
  [/\.(eml|msg)$/i, 'mail'],
  [/\.(zip|7z|rar|gz|tar)$/i, 'archive'],
];

/** Spreadsheet kinds that are read (wrong kinds such as .xls and .ods get a clear finding when read). */
export const SPREADSHEET_NAME = /\.(xlsx|xlsm|xls|ods)$/i;

export function foreignKind(file: string): ForeignKind {
  return KINDS.find(([re]) => re.test(file))?.[1] ?? 'other';
}

/** The extension as the user sees it ('PDF', 'DOCX'), or '' when the name has none. */
export function extensionOf(file: string): string {
  const m = /\.([^./\\]+)$/.exec(file);
  return m ? (m[1] ?? '').toUpperCase() : '';
}
