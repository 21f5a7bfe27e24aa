/** One custom document property with a text value; name and value must already be escaped for XML. */
export function customProperty(pid: number, name: string, value: string): string {
  return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
}

/** The part docProps/custom.xml around the given property elements. */
export function customPropertiesPart(properties: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`;
}

/** The parts that declare docProps/custom.xml, in the order they are edited. */
export const DECLARING_PARTS = ['[Content_Types].xml', '_rels/.rels'] as const;

/**
 * The edits that declare docProps/custom.xml in [Content_Types].xml and in the package
 * relationships (with the relationship id `relId`), each unless it is there already. `text` gives
 * a part's current text.
 */
export function declareCustomProperties(text: (part: string) => string, relId: string): Array<[part: string, text: string]> {
  const declarations: Array<[part: string, present: string, end: string, element: string]> = [
    [
      '[Content_Types].xml',
      '/docProps/custom.xml',
      '</Types>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    ],
    [
      '_rels/.rels',
      'docProps/custom.xml',
      '</Relationships>',
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>`,
    ],
  ];
  return declarations.flatMap(([part, present, end, element]): Array<[string, string]> => {
    const xml = text(part);
    return xml.includes(present) ? [] : [[part, xml.replace(end, `${element}${end}`)]];
  });
}
