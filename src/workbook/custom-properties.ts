import type JSZip from 'jszip';

/** One custom document property with a text value; name and value must already be escaped for XML. */
export function customProperty(pid: number, name: string, value: string): string {
  return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
}

/** The part docProps/custom.xml around the given property elements. */
export function customPropertiesPart(properties: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`;
}

/**
 * Declares docProps/custom.xml in [Content_Types].xml and in the package relationships (with the
 * relationship id `relId`), each unless it is there already.
 */
export async function declareCustomProperties(zip: JSZip, relId: string): Promise<void> {
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
  for (const [part, present, end, element] of declarations) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    if (!xml.includes(present)) zip.file(part, xml.replace(end, `${element}${end}`));
  }
}
