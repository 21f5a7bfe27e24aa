import { fieldHelp, labelOf, normIntro, normNotice, normTitle, optionMeaning } from '../norm/localise.js';
import type { Norm, ResponseField } from '../norm/norm-schema.js';
import type { TemplateText } from '../i18n/template-text.js';
import type { Lang } from '../base/lang.js';
import type { CellSpec, SheetSpec } from '../workbook/workbook-spec.js';
import { describeRule } from './describe-rule.js';
import type { SheetContext } from './template-input.js';
import { dutchDate } from '../base/dutch-date.js';

/** The Toelichting sheet: what the norm is, how to fill in, the scale, the rules, where to send. */
export function introSheet(ctx: SheetContext): SheetSpec {
  const { norm, lang, text } = ctx;
  const t = text.intro;
  const cells: CellSpec[] = [];
  let row = 1;
  const heading = (value: string) => {
    row++;
    cells.push({ row: row++, col: 1, value, style: { bold: true, size: 12, color: '1F4E79' } });
  };
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  // A paragraph spans all three columns; merged rows do not grow by themselves, so set a height.
  const para = (value: string, style: CellSpec['style'] = {}) => {
    merges.push(`A${row}:C${row}`);
    rowHeights[row] = Math.max(15, Math.ceil(value.length / 150) * 14 + 4);
    cells.push({ row: row++, col: 1, value, style: { wrap: true, ...style } });
  };

  cells.push({ row: row++, col: 1, value: normTitle(norm, lang), style: { bold: true, size: 16 } });
  const notice = normNotice(norm, lang);
  if (norm.status === 'werkversie')
    para(`${t.workingVersion}${notice ? `: ${notice}` : ''}`, { bold: true, color: '9C0006', fill: 'FFC7CE' });
  const intro = normIntro(norm, lang);
  if (intro) {
    heading(t.aboutTitle);
    para(intro);
  }
  heading(t.howTitle);
  for (const step of t.howSteps) para(step);

  heading(t.scaleTitle);
  t.scaleHeader.forEach((h, i) => cells.push({ row, col: i + 1, value: h, style: { bold: true, fill: 'D9E1F2' } }));
  row++;
  for (const o of norm.schaal) {
    cells.push({ row, col: 1, value: labelOf(o, lang), style: { bold: true, ...(o.kleur ? { fill: o.kleur } : {}) } });
    cells.push({ row, col: 2, value: optionMeaning(o, lang), style: { wrap: true } });
    cells.push({ row: row++, col: 3, value: o.nvt ? t.notApplicable : (o.score ?? 0), style: o.nvt ? {} : { numFmt: '0%' } });
  }

  heading(t.fieldsTitle);
  t.fieldsHeader.forEach((h, i) => cells.push({ row, col: i + 1, value: h, style: { bold: true, fill: 'D9E1F2' } }));
  row++;
  for (const f of norm.velden) {
    const help = fieldHelp(f, lang);
    const rule = describeRequired(f, norm, lang, t);
    // Wrapped cells in a row do not make it taller by themselves in every program: set the height.
    rowHeights[row] = Math.max(15, Math.max(Math.ceil(help.length / 85), Math.ceil(rule.length / 36)) * 13 + 3);
    cells.push({ row, col: 1, value: labelOf(f, lang), style: { bold: true } });
    cells.push({ row, col: 2, value: help, style: { wrap: true } });
    cells.push({ row: row++, col: 3, value: rule, style: { wrap: true } });
  }

  exchangeIntro(ctx, heading, para);

  if (norm.inzenden) {
    heading(t.sendTitle);
    if (norm.inzenden.uiterlijk) para(t.deadline(dutchDate(norm.inzenden.uiterlijk)));
    const to = lang === 'en' && norm.inzenden.aan_en ? norm.inzenden.aan_en : norm.inzenden.aan;
    if (to) para(t.sendTo(to));
  }

  // Only a short label: the fingerprint and the generator stay in the metadata, for the tool.
  heading(t.versionTitle);
  cells.push({ row, col: 1, value: t.normVersion, style: { bold: true } });
  cells.push({ row: row++, col: 2, value: `${norm.versie} (${norm.status})`, style: { horizontal: 'left' } });
  return {
    name: text.sheets.intro,
    columns: [{ width: 26 }, { width: 90 }, { width: 40 }],
    cells,
    merges,
    rowHeights,
    protect: true,
    landscape: true,
    fitToWidth: true,
    tabColor: '9C0006',
  };
}

/** Leren van elkaar: what the norm's exchange column is for, in the norm's own labels. */
function exchangeIntro(ctx: SheetContext, heading: (value: string) => void, para: (value: string) => void): void {
  const { norm, lang, text } = ctx;
  const x = norm.uitwisseling;
  const field = x && norm.velden.find((f) => f.id === x.veld);
  if (!x || !field) return;
  const option = (code: string) => {
    const o = field.opties?.find((c) => c.code === code);
    return o ? labelOf(o, lang) : code;
  };
  const best = norm.schaal[0];
  heading(text.intro.exchangeTitle);
  for (const p of text.intro.exchange(
    labelOf(field, lang),
    option(x.zoekt_hulp),
    option(x.biedt_hulp),
    best ? labelOf(best, lang) : '',
  ))
    para(p);
  // The exchange's own contact fields, and the general ones (such as the invuller) that count when they are empty: the last of each list.
  const quote = (ids: string[]) =>
    ids
      .map((id) => norm.voorblad.find((f) => f.id === id))
      .filter((f) => f !== undefined)
      .map((f) => `‘${labelOf(f, lang)}’`)
      .join(', ');
  const own = quote([...x.contact.naam.slice(0, -1), ...x.contact.email.slice(0, -1)]);
  const fallback = quote([x.contact.naam[x.contact.naam.length - 1] ?? '', x.contact.email[x.contact.email.length - 1] ?? '']);
  if (own) para(text.intro.exchangeContact(own, fallback));
}

/** "Altijd", "Nee" or the rule as a sentence ("Vul een toelichting in als de status niet ‘Uitgevoerd’ is."). */
function describeRequired(field: ResponseField, norm: Norm, lang: Lang, t: TemplateText['intro']): string {
  if (field.verplicht === true) return t.always;
  return describeRule(field, norm, lang, 'row') ?? t.optional;
}

/** 2026-04-01 → 1-4-2026, as Dutch officials write dates. */
