import { describe, expect, it } from 'vitest';
import { md, renderReportMarkdown } from '../../src/render/report/render-report-markdown.js';
import { MISSING, ORGS, sampleReport, SCRIPT_TEXT } from './sample-report.js';

const text = renderReportMarkdown(sampleReport());
const aggregate = renderReportMarkdown(sampleReport({ aggregateOnly: true }));

/** The rows of the Markdown table that follows a heading. */
function tableAfter(doc: string, heading: string): string[] {
  const start = doc.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = doc.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rest = lines.slice(first);
  const end = rest.findIndex((l) => !l.startsWith('|'));
  return rest.slice(0, end === -1 ? undefined : end);
}

describe('rapportage.md', () => {
  it('starts with the title, the scope and the counts', () => {
    expect(text).toMatch(/^## Regionale rapportage: Noord-Hollandse Norm Weerbare Overheid, versie 0\.9\.0\n/);
    expect(text).toContain("**Selectie:** alle RIEC's; meetmoment Nulmeting 2025");
    expect(text).toContain('6 goedgekeurd, 1 afgekeurd, 1 vervangen, 2 zonder goedgekeurde inzending.');
    expect(text).toContain('Mediaan totaalscore: **65,9%**');
  });

  it('has a statistics table per theme with "–" under minGroup', () => {
    const rows = tableAfter(text, '### Cijfers per thema');
    expect(rows[0]).toBe('| Thema | Aantal (n) | Mediaan | Gemiddelde | Laagste | Hoogste |');
    expect(rows[1]).toBe('|---|---:|---:|---:|---:|---:|');
    expect(rows).toHaveLength(2 + 6 + 1);
    expect(rows).toContain('| 6. Communicatie | 2 | – | – | – | – |');
    expect(rows.at(-1)).toMatch(/^\| \*\*Totaal\*\* \| 6 \| 65,9% \|/);
  });

  it('lists the ten weakest principles in rank order', () => {
    const rows = tableAfter(text, '### De 10 zwakste uitgangspunten').slice(2);
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => Number(r.split('|')[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[0]).toContain('33,3%');
  });

  it('names the missing organisations and the rejected file with its first findings', () => {
    for (const o of MISSING) expect(text).toContain(`${o.name} (${o.code})`);
    expect(text).toContain('3 fouten, 1 waarschuwing');
    expect(text).toContain('fout: Uitgangspunt 1.2: de status ontbreekt. (REQUIRED_MISSING)');
  });

  it('escapes HTML and table pipes', () => {
    expect(text).not.toContain(SCRIPT_TEXT);
    expect(text).toContain('&lt;script&gt;');
    expect(md('a|b <i>')).toBe('a\\|b &lt;i&gt;');
    expect(md('file_name.xlsx _x_')).toBe('file_name.xlsx \\_x\\_');
    expect(md('regel 1\nregel 2')).toBe('regel 1 regel 2');
  });

  it('gives the trend per theme and its highlights', () => {
    const rows = tableAfter(text, '#### Ontwikkeling sinds de vorige rapportage');
    expect(rows[0]).toBe('| Thema | Vorige | Nu | Verschil (procentpunten) |');
    expect(rows).toContain('| 1. Bewustwording & Organisatie | 53,3 | 58,3 | +5,0 |');
    expect(text).toContain('3 organisaties hoger, 2 lager, 1 gelijk (totaalscore).');
    expect(text).toContain('2 statussen gewijzigd.');
  });

  it('is in English with lang en', () => {
    const en = renderReportMarkdown(sampleReport({ lang: 'en' }));
    expect(en).toContain('### Figures per theme');
    expect(en).toContain('| 6. Communicatie | 2 | – | – | – | – |');
    expect(en).toContain('Median overall score: **65.9%**');
  });
});

describe('rapportage.md with aggregateOnly', () => {
  it('names no organisation and no file', () => {
    for (const o of [...ORGS, ...MISSING]) {
      expect(aggregate).not.toContain(o.name);
      expect(aggregate).not.toContain(o.code);
    }
    expect(aggregate).not.toContain('retour/');
    expect(aggregate).toContain('2 organisaties zonder geldige inzending.');
    expect(aggregate).not.toContain('organisaties hoger');
  });
});
