import type { Report } from '../../report/report-model.js';
import { esc } from './html-escape.js';

/** The start of an HTML page of the report, up to and with <body>: its language, the tool, its title and its stylesheet. */
export function pageStart(report: Report, title: string, css: string): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
  ];
}
