import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/report/render-report-html.js';
import { MISSING, ORGS, sampleReport, SCRIPT_TEXT } from './sample-report.js';

const html = renderReportHtml(sampleReport());
const aggregate = renderReportHtml(sampleReport({ aggregateOnly: true }));
const english = renderReportHtml(sampleReport({ lang: 'en' }));

describe.each([
  ['full', html],
  ['aggregateOnly', aggregate],
  ['English', english],
])('rapportage.html (%s) is self-contained', (_, page) => {
  it('loads nothing from elsewhere', () => {
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*\/\//i);
    expect(page).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(page).not.toMatch(/@import|url\(/i);
  });

  it('has no script of any kind', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });

  it('is a page with a language, a title and print rules', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="(nl|en)">/);
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page).toContain('@media print');
    expect(page).toContain('break-inside: avoid');
  });

  it('draws every chart as an accessible SVG in a figure', () => {
    const svgs = page.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) expect(svg).toContain('role="img"');
    expect((page.match(/<svg [^>]*><title id=/g) ?? []).length).toBe(svgs.length);
    expect((page.match(/<figure>/g) ?? []).length).toBe(svgs.length);
    expect((page.match(/<figcaption>/g) ?? []).length).toBe(svgs.length);
  });
});

describe('rapportage.html', () => {
  it('escapes text from the returns', () => {
    expect(html).not.toContain(SCRIPT_TEXT);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has the spread chart, the heatmap and the weakest principles', () => {
    expect(html).toContain('aria-labelledby="spread-t spread-d"');
    expect(html).toContain('aria-labelledby="heatmap-t heatmap-d"');
    expect(html).toContain('aria-labelledby="weakest-t weakest-d"');
    // One dot per organisation and scored theme (theme 6: two scores) plus one per overall score.
    expect((html.match(/class="dot"/g) ?? []).length).toBe(6 * 5 + 2 + 6 + 1);
  });

  it('writes the number in every heatmap cell, so that colour is never the only sign', () => {
    const heatmap = html.slice(html.indexOf('id="heatmap-t"'), html.indexOf('</svg>', html.indexOf('id="heatmap-t"')));
    expect((heatmap.match(/<rect [^>]*fill="#/g) ?? []).length - 12).toBe((heatmap.match(/class="cell/g) ?? []).length);
    expect(heatmap).toContain('>n.v.t.</text>');
  });

  it('shows the summary figures', () => {
    expect(html).toMatch(/<dt>Goedgekeurd<\/dt><dd>6<\/dd>/);
    expect(html).toMatch(/<dt>Afgekeurd<\/dt><dd>1<\/dd>/);
    expect(html).toMatch(/<dt>Ontbrekend<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/<dt>Mediaan totaalscore<\/dt><dd>65,9%<\/dd>/);
  });

  it('shows "–" for figures of a group under minGroup, and says why', () => {
    expect(html).toMatch(/<td>6\. Communicatie<\/td><td class="num">2<\/td>(<td class="num">–<\/td>){4}/);
    expect(html).toContain('geen cijfer, omdat de groep kleiner is dan 3 organisaties');
  });

  it('lists missing organisations, every file and the trend', () => {
    for (const o of MISSING) expect(html).toContain(o.name);
    expect(html).toContain('retour/haarlem-concept.xlsx');
    expect(html).toContain('>vervangen<');
    expect(html).toContain('Ontwikkeling sinds de vorige rapportage');
    expect(html).toContain('\u25B2 +5,0');
    expect(html).toContain('Statuswijzigingen per uitgangspunt');
  });

  it('is in English with lang en', () => {
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain('Regional report');
    expect(english).toContain('Spread of the scores per theme');
  });
});

describe('rapportage.html with aggregateOnly', () => {
  it('names no organisation and no file, even when the report still holds them', () => {
    for (const o of [...ORGS, ...MISSING]) {
      expect(aggregate).not.toContain(o.name);
      expect(aggregate).not.toContain(o.code);
    }
    expect(aggregate).not.toContain('retour/');
  });

  it('has no heatmap and no dots, but the spread as bands and the weakest principles', () => {
    expect(aggregate).not.toContain('heatmap');
    expect(aggregate).not.toContain('class="dot"');
    expect(aggregate).toContain('class="range"');
    expect(aggregate).toContain('aria-labelledby="weakest-t weakest-d"');
  });
});
