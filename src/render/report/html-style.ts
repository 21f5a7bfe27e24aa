/**
 * The page's only stylesheet, inline. System fonts only (nothing is fetched); light background;
 * on paper: A4, charts and table rows never split, table headers repeat on every page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #c9c9c9; --accent: #1f4e79; --band: #f3f6fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1000px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: .3rem 0 .6rem; }
header .norm { font-size: 1.1rem; font-weight: 600; margin: 0; }
header .meta, .note, figcaption { color: var(--muted); font-size: .9rem; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: .6rem 0 1rem; padding: 0; }
.figures div { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px; padding: 6px 14px; min-width: 8.5rem; }
.figures dt { font-size: .85rem; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.figures .bad { border-left-color: #c00000; }
.notes { margin: .4rem 0; padding-left: 1.2rem; color: var(--muted); font-size: .9rem; }
figure { margin: 1rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { margin-top: .3rem; }
figcaption .key { margin: .2rem 0 0; padding: 0; list-style: none; columns: 2; }
svg.chart { display: block; width: 100%; max-width: 100%; height: auto; font-family: inherit; }
svg .grid { stroke: #d0d0d0; stroke-width: 1; }
svg .band { fill: var(--band); }
svg .tick { font-size: 10px; fill: var(--muted); }
svg .axis, svg .legend { font-size: 11px; fill: var(--muted); }
svg .label { font-size: 11.5px; fill: var(--ink); }
svg .strong { font-weight: 700; }
svg .group { font-size: 11.5px; font-weight: 700; fill: var(--accent); }
svg .head { font-size: 11.5px; font-weight: 600; fill: var(--ink); }
svg .cell { font-size: 10.5px; fill: #111; font-variant-numeric: tabular-nums; }
svg .value { font-size: 11px; font-weight: 600; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .dot { fill: var(--accent); fill-opacity: .55; stroke: #fff; stroke-width: .8; }
svg .median { stroke: #111; stroke-width: 3; }
svg .mean { fill: #fff; stroke: #111; stroke-width: 1.5; }
svg .range { fill: #bdd7ee; stroke: var(--accent); stroke-width: .8; }
svg .bar { stroke: #7f7f7f; stroke-width: .6; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .88rem; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .85rem; padding-top: .3rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #e9eef5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafafa; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.file { overflow-wrap: anywhere; }
table.validation td:first-child { min-width: 11rem; }
table.riec td:first-child { white-space: nowrap; }
table.validation td:nth-child(2) { min-width: 7rem; }
table.validation td:nth-child(6) { min-width: 14rem; }
.findings { margin: 0; padding-left: 1rem; }
.status-rejected { color: #c00000; font-weight: 600; }
.status-accepted { color: #2e7d32; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .4rem; }
@page { size: A4 portrait; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { margin-top: 1.2rem; }
  .figures div { padding: 4px 10px; }
  tbody tr:nth-child(even) td { background: none; }
}
`;
