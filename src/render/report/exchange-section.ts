import type { Exchange, Report } from '../../report/report-model.js';
import type { SheetSpec } from '../../workbook/workbook-spec.js';
import { esc } from './html-escape.js';
import { table } from './html-tables.js';
import { markdownText as md } from '../text/markdown-text.js';
import { contactText, exchangeRows, exchangeText, offeredOnly, partyText, soughtPrinciples } from './exchange-view.js';
import { addWrappedNote, FIRST_ROW, tableSheet, textOf, type TableColumn, type TableValue } from './xlsx-parts.js';

/**
 * *Leren van elkaar* in the regional report: a Markdown and an HTML section and a sheet. Named:
 * one row per organisation that seeks help, with the helpers of its own RIEC and of elsewhere.
 * Anonymised or aggregate-only: per principle only the counts. Absent without the norm's
 * `uitwisseling` block.
 */

function intro(report: Report, x: Exchange): string {
  const t = exchangeText(report);
  return `${x.named ? t.intro(x.seekLabel, x.offerLabel, x.bestLabel) : t.introCounts(x.seekLabel, x.offerLabel, x.bestLabel)} ${t.notSupervision}`;
}

const count = (report: Report, n: number | null) => (n === null ? textOf(report).hidden : String(n));

function offeredLine(report: Report, x: Exchange): string | null {
  const only = offeredOnly(x);
  if (!only.length) return null;
  return exchangeText(report).offeredOnly(only.map((p) => `${p.id} ${p.title} (${count(report, p.helperCount)})`).join(', '));
}

/** Rows of the counts table: principles someone sought help with or could help with. */
function countRows(report: Report, x: Exchange): string[][] {
  return x.principles
    .filter((p) => p.seekerCount === null || p.seekerCount > 0 || (p.helperCount ?? 0) > 0)
    .map((p) => [p.id, p.title, count(report, p.seekerCount), count(report, p.helperCount), count(report, p.matchedInRiec)]);
}

function countHead(report: Report): string[] {
  const c = exchangeText(report).columns;
  return [c.id, c.principle, c.seekerCount, c.helperCount, c.matchedInRiec];
}

function namedHead(report: Report): string[] {
  const c = exchangeText(report).columns;
  return [c.seeker, c.riec, c.contact, c.helpersSame, c.helpersElsewhere];
}

export function exchangeMarkdown(report: Report): string[] {
  const x = report.exchange;
  if (!x) return [];
  const t = exchangeText(report);
  const out = ['', `### ${md(t.title)}`, '', md(intro(report, x))];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  if (!x.named) {
    const rows = countRows(report, x);
    if (!rows.length) return [...out, '', md(t.noSeekers)];
    return [...out, '', row(countHead(report).map(md)), '|---|---|---:|---:|---:|', ...rows.map((r) => row(r.map(md)))];
  }
  const sought = soughtPrinciples(x);
  if (!sought.length) out.push('', md(t.noSeekers));
  for (const p of sought) {
    out.push('', `#### ${md(`${p.id} ${p.title}`)}`, '', md(t.principleLine(p.seekerCount ?? 0, p.helperCount ?? 0)), '');
    out.push(row(namedHead(report).map(md)), '|---|---|---|---|---|');
    for (const r of exchangeRows(p)) {
      const list = (hs: typeof r.same) => (hs.length ? hs.map((h) => md(partyText(h))).join('; ') : md(t.nobody));
      out.push(row([md(r.seeker.name), md(r.seeker.riec), md(contactText(r.seeker)), list(r.same), list(r.elsewhere)]));
    }
  }
  const offered = offeredLine(report, x);
  if (offered) out.push('', md(offered));
  return out;
}

export function exchangeHtml(report: Report): string {
  const x = report.exchange;
  if (!x) return '';
  const t = exchangeText(report);
  const parts = [`<p>${esc(intro(report, x))}</p>`];
  if (!x.named) {
    const rows = countRows(report, x);
    parts.push(
      rows.length
        ? table(
            countHead(report).map((h, i) => (i >= 2 ? { num: h } : h)),
            rows.map((r) => r.map((c, i) => (i >= 2 ? { num: c } : c))),
          )
        : `<p>${esc(t.noSeekers)}</p>`,
    );
  } else {
    const sought = soughtPrinciples(x);
    if (!sought.length) parts.push(`<p>${esc(t.noSeekers)}</p>`);
    for (const p of sought) {
      const list = (hs: ReturnType<typeof exchangeRows>[number]['same']) =>
        hs.length
          ? {
              html: hs
                .map(
                  (h) =>
                    `<span class="helper"><strong>${esc(h.name)}</strong>${contactText(h) ? ` (${esc(contactText(h))})` : ''}</span>`,
                )
                .join('<br>'),
            }
          : { html: `<em>${esc(t.nobody)}</em>` };
      const rows = exchangeRows(p).map((r) => [
        { html: `<strong>${esc(r.seeker.name)}</strong>` },
        r.seeker.riec ?? '',
        contactText(r.seeker),
        list(r.same),
        list(r.elsewhere),
      ]);
      parts.push(
        `<h3>${esc(`${p.id} ${p.title}`)}</h3><p class="note">${esc(t.principleLine(p.seekerCount ?? 0, p.helperCount ?? 0))}</p>${table(namedHead(report), rows, { className: 'exchange' })}`,
      );
    }
    const offered = offeredLine(report, x);
    if (offered) parts.push(`<p class="note">${esc(offered)}</p>`);
  }
  return `<section aria-labelledby="h-exchange">\n<h2 id="h-exchange">${esc(t.title)}</h2>\n${parts.join('\n')}\n</section>`;
}

export function exchangeSheet(report: Report): SheetSpec | null {
  const x = report.exchange;
  if (!x) return null;
  const t = exchangeText(report);
  const c = t.columns;
  let columns: TableColumn[];
  let rows: TableValue[][];
  if (!x.named) {
    columns = [
      { header: c.id, min: 6, max: 8 },
      { header: c.principle, min: 30, max: 60, wrap: true },
      { header: c.seekerCount, min: 12, max: 14, center: true },
      { header: c.helperCount, min: 12, max: 14, center: true },
      { header: c.matchedInRiec, min: 14, max: 18, center: true },
    ];
    rows = countRows(report, x).map(([id, title, s, h, m]) => [id ?? '', title ?? '', toNumber(s), toNumber(h), toNumber(m)]);
  } else {
    columns = [
      { header: c.id, min: 6, max: 8 },
      { header: c.principle, min: 24, max: 40, wrap: true },
      { header: c.seekerCount, min: 10, max: 12, center: true },
      { header: c.seeker, min: 16, max: 30 },
      { header: c.riec, min: 12, max: 26 },
      { header: c.status, min: 12, max: 18 },
      { header: c.contact, min: 16, max: 30 },
      { header: c.email, min: 20, max: 36 },
      { header: c.helpersSame, min: 30, max: 60, wrap: true },
      { header: c.helpersElsewhere, min: 30, max: 60, wrap: true },
    ];
    rows = soughtPrinciples(x).flatMap((p) =>
      exchangeRows(p).map((r) => [
        p.id,
        p.title,
        p.seekerCount,
        r.seeker.name,
        r.seeker.riec,
        r.seeker.status,
        r.seeker.contact.name,
        r.seeker.contact.email,
        r.same.length ? r.same.map(partyText).join('\n') : t.nobody,
        r.elsewhere.length ? r.elsewhere.map(partyText).join('\n') : t.nobody,
      ]),
    );
  }
  const sheet = tableSheet(report, t.title, columns, rows, { freezeCols: 2 });
  const notes = [intro(report, x), offeredLine(report, x) ?? (rows.length ? null : t.noSeekers)].filter(
    (n): n is string => n !== null,
  );
  notes.forEach((n, i) => addWrappedNote(sheet, FIRST_ROW + rows.length + 1 + i, n));
  return sheet;
}

/** A count for a cell: a number, or the hidden sign as text. */
function toNumber(v: string | undefined): TableValue {
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : (v ?? null);
}
