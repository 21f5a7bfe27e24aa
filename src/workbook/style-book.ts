/**
 * Adds styles to an existing styles.xml without a spreadsheet library: fonts, fills, borders and
 * cell formats (cellXfs) are appended, never changed, so every style already in use stays as it
 * was. Indices of new items are returned for the cells that use them.
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly sections = new Map<SectionTag, string[]>();

  constructor(private xml: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
    for (const [section, item] of SECTIONS) this.sections.set(section, this.readItems(section, item));
  }

  addFont(inner: string): number {
    return this.add('fonts', `<${this.prefix}font>${this.prefixed(inner)}</${this.prefix}font>`);
  }

  addFill(inner: string): number {
    return this.add('fills', `<${this.prefix}fill>${this.prefixed(inner)}</${this.prefix}fill>`);
  }

  addBorder(inner: string): number {
    return this.add('borders', `<${this.prefix}border>${this.prefixed(inner)}</${this.prefix}border>`);
  }

  /** A new cell format with these attributes (numFmtId, fontId, ...) and children (alignment). */
  addXf(attrs: Record<string, string | number>, children = ''): number {
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return this.add(
      'cellXfs',
      children ? `<${this.prefix}xf${a}>${this.prefixed(children)}</${this.prefix}xf>` : `<${this.prefix}xf${a}/>`,
    );
  }

  /** A copy of cell format `index` with some attributes replaced (fillId, borderId, ...). */
  deriveXf(index: number, attrs: Record<string, string | number>): number {
    const items = this.items('cellXfs');
    let xf = items[index] ?? items[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    for (const [k, v] of Object.entries(attrs)) {
      const re = new RegExp(`(<(?:\\w+:)?xf\\b[^>]*?)\\s${k}="[^"]*"`);
      xf = re.test(xf) ? xf.replace(re, `$1 ${k}="${v}"`) : xf.replace(/^<((?:\w+:)?xf)\b/, `<$1 ${k}="${v}"`);
    }
    return this.add('cellXfs', xf);
  }

  /** The attribute of cell format `index`, e.g. its fillId. */
  xfAttribute(index: number, name: string): string | undefined {
    const xf = this.items('cellXfs')[index] ?? '';
    return new RegExp(`^<(?:\\w+:)?xf\\b[^>]*?\\s${name}="([^"]*)"`).exec(xf)?.[1];
  }

  /** The XML of fill `index` as written. */
  fill(index: number): string {
    return this.items('fills')[index] ?? '';
  }

  toXml(): string {
    let xml = this.xml;
    for (const [section] of SECTIONS) {
      const items = this.items(section);
      const re = sectionPattern(section);
      const tag = `${this.prefix}${section}`;
      xml = xml.replace(
        re,
        (_m, attrs: string) =>
          `<${tag}${(attrs ?? '').replace(/\s+count="\d*"/, '')} count="${items.length}">${items.join('')}</${tag}>`,
      );
    }
    this.xml = xml;
    return xml;
  }

  private items(section: SectionTag): string[] {
    const items = this.sections.get(section);
    if (!items) throw new Error(`styles: no ${section}`);
    return items;
  }

  private add(section: SectionTag, item: string): number {
    const items = this.items(section);
    items.push(item);
    return items.length - 1;
  }

  private readItems(section: SectionTag, item: string): string[] {
    const m = sectionPattern(section).exec(this.xml);
    if (!m) throw new Error(`styles: no ${section}`);
    const inner = m[2] ?? '';
    const re = new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, 'g');
    return [...inner.matchAll(re)].map((x) => x[0]);
  }

  /** Puts the style sheet's namespace prefix (if any) on the elements of a fragment. */
  private prefixed(fragment: string): string {
    return this.prefix ? fragment.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : fragment;
  }
}

type SectionTag = 'fonts' | 'fills' | 'borders' | 'cellXfs';
const SECTIONS: Array<[SectionTag, string]> = [
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['borders', 'border'],
  ['cellXfs', 'xf'],
];

function sectionPattern(section: SectionTag): RegExp {
  return new RegExp(`<(?:\\w+:)?${section}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${section}>)`);
}
