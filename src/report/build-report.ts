import path from 'node:path';
import { findingMessage } from '../i18n/format-finding.js';
import type { Lang } from '../base/lang.js';
import { REPORT_NOTES } from '../i18n/report-notes.js';
import { labelOf, normIntro, normTitle, themeName } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation } from '../norm/registry-schema.js';
import { scoreSubmission } from '../score/score-submission.js';
import { countBySeverity } from '../validate/validate-report.js';
import { buildTrend } from './build-trend.js';
import { answerRows, reportFields } from './answer-rows.js';
import { fillDateOf, meetmomentOf, priorityField, statusOf } from '../norm/field-roles.js';
import { groupStats } from './group-stats.js';
import { principleStats } from './principle-stats.js';
import { pseudonym } from './pseudonymise.js';
import type { InputFile, OrganisationRef, OrganisationResult, Report } from './report-model.js';
import { chooseMeetmoment, selectReturns, type ReportFileInput } from '../intake/select-returns.js';
import { meetmomentYear, membersOf, validInYear, validOn } from '../norm/registry-time.js';
import { batchFindings, selectionNotes } from './selection-notes.js';
import { findMeetmoment, meetmomentLabel } from '../norm/meetmoment.js';
import { sizeClassOf } from '../norm/size-class.js';
import { buildHistory, orderPrevious } from './build-history.js';
import { missingOrganisations } from './missing-organisations.js';
import { suppressSmallGroups } from './suppress-small-groups.js';
import { buildIntake } from '../intake/build-intake.js';
import { reportIntake } from '../intake/report-intake.js';
import { combineParts } from '../intake/combine-parts.js';
import type { BuildReportOptions } from './report-options.js';
import { buildExchange } from './build-exchange.js';
export type { BuildReportOptions } from './report-options.js';

const FIRST_FINDINGS = 5;
/** Notes that say how a file was counted: shown with the file although they are no problem. */
const SHOWN_INFO = new Set(['RETURN_DUPLICATE', 'PARTS_MERGED', 'PARTS_FRONT_LATEST']);

/** returns → the regional report, as data. Pure; the renderers turn it into files. */
export function buildReport(files: readonly ReportFileInput[], o: BuildReportOptions): Report {
  const { norm, lang } = o;
  // Parts of one return from several departments count as the one return they make together.
  const inputs = combineParts(files, norm, o.registry, lang);
  const sizeClasses = (o.registry.grootteklassen?.klassen ?? []).map((c) => labelOf(c, lang));
  const sizeLabel = (org: Organisation): string | null => {
    const c = sizeClassOf(o.registry, org);
    return c ? labelOf(c, lang) : null;
  };
  const notes = REPORT_NOTES[lang];
  const redact = o.anonymise || o.aggregateOnly;
  const meetmoment = o.meetmoment ?? chooseMeetmoment(inputs, norm);
  const selection = selectReturns(inputs, o.registry, meetmoment, o.riec, norm);
  const momentLabel = (code: string | null | undefined) => meetmomentLabel(norm, code, lang);
  const fileLabel = new Map(inputs.map((inp, i) => [inp.file, redact ? `bestand-${String(i + 1).padStart(3, '0')}` : inp.file]));
  const ref = (org: Organisation): OrganisationRef => ({
    code: o.anonymise ? pseudonym(org.code, o.salt) : org.code,
    name: o.anonymise ? pseudonym(org.code, o.salt) : org.naam,
    riec: org.riec,
    veiligheidsregio: org.veiligheidsregio,
  });

  // Accepted returns in report order (RIEC, region, name), each with its result row.
  // A werkorganisatie's return gives one result row per member it counts for.
  const scored = selection
    .flatMap((s) => (s.status === 'accepted' ? s.countsFor.map((member) => ({ ...s, org: member, via: s.org })) : []))
    .map((s) => {
      const score = scoreSubmission(norm, s.submission, lang);
      const result: OrganisationResult = {
        ...ref(s.org),
        file: fileLabel.get(s.input.file) ?? '',
        meetmoment: momentLabel(meetmomentOf(norm, s.submission.front)),
        datum: fillDateOf(norm, s.submission.front),
        overall: score.overall,
        themes: score.themes.map((t) => ({ id: t.id, score: t.score, label: t.label })),
        statuses: Object.fromEntries(
          norm.themas.flatMap((t) => t.uitgangspunten.map((p) => [p.id, statusOf(norm, s.submission.answers[p.id])])),
        ),
        sizeClass: o.anonymise ? null : sizeLabel(s.org),
      };
      return { ...s, result };
    })
    .sort((x, y) => {
      const a = x.result;
      const b = y.result;
      return (
        (a.riec ?? '~').localeCompare(b.riec ?? '~', 'nl') ||
        (a.veiligheidsregio ?? '~').localeCompare(b.veiligheidsregio ?? '~', 'nl') ||
        a.name.localeCompare(b.name, 'nl')
      );
    });
  const organisations = scored.map((s) => s.result);
  // Group keys per organisation; the size class even in anonymised reports, where rows do not show it.
  const riecOf = (s: (typeof scored)[number]) => s.result.riec ?? '–';
  const sizeOf = (s: (typeof scored)[number]) => sizeLabel(s.org);
  const riecs = [...new Set(scored.map(riecOf))].sort();
  const sizes = sizeClasses.filter((c) => scored.some((s) => sizeOf(s) === c));
  const statsBy = (
    keys: string[],
    keyOf: (s: (typeof scored)[number]) => string | null,
    value: (r: OrganisationResult) => number | null,
  ) =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        groupStats(
          scored.filter((s) => keyOf(s) === k).map((s) => value(s.result)),
          o.minGroup,
        ),
      ]),
    );

  const themeStats = norm.themas.map((theme, i) => {
    const score = (org: OrganisationResult) => org.themes[i]?.score ?? null;
    return {
      id: theme.id,
      name: themeName(theme, lang),
      ...groupStats(organisations.map(score), o.minGroup),
      byRiec: statsBy(riecs, riecOf, score),
      bySize: statsBy(sizes, sizeOf, score),
    };
  });
  const overallScore = (org: OrganisationResult) => org.overall.score;
  const overallStats = groupStats(organisations.map(overallScore), o.minGroup);

  // Expected: the organisations that exist in the meetmoment's year, or without one on the day of the report
  // (a werkorganisatie reports for its members).
  const year = meetmomentYear(meetmoment);
  const inScope = o.registry.organisaties.filter(
    (org) =>
      org.soort !== 'werkorganisatie' &&
      (year === undefined ? validOn(org, o.generatedAt.slice(0, 10)) : validInYear(org, year)) &&
      (o.riec === null || org.riec === o.riec),
  );
  // An organisation whose returns conflict did send something: it is named in the notes, not under Ontbrekend.
  const conflicted = new Set(
    selection.flatMap((s) => (s.status === 'conflict' ? membersOf(s.org, o.registry).map((m) => m.code) : [])),
  );
  const missingOrgs = missingOrganisations(
    inScope.filter((org) => !conflicted.has(org.code)),
    selection,
    ref,
    (f) => fileLabel.get(f) ?? f,
    (f) => (redact ? f.code : findingMessage(f, lang)),
  );

  const inputFiles: InputFile[] = selection.map((s) => {
    const findings = [...s.input.findings, ...batchFindings(s, fileLabel)];
    const counts = countBySeverity(findings);
    return {
      file: fileLabel.get(s.input.file) ?? '',
      sha256: s.input.sha256 ?? null,
      size: s.input.size ?? null,
      status: s.status,
      reason: s.reason,
      organisation: s.org && !o.aggregateOnly ? ref(s.org) : null,
      meetmoment: momentLabel(meetmomentOf(norm, s.input.submission?.front)),
      datum: fillDateOf(norm, s.input.submission?.front),
      counts,
      firstFindings: findings
        .filter((f) => f.severity !== 'info' || SHOWN_INFO.has(f.code))
        .slice(0, FIRST_FINDINGS)
        .map((f) => ({ code: f.code, severity: f.severity, message: redact ? f.code : findingMessage(f, lang) })),
      supersededBy: s.status === 'superseded' ? (fileLabel.get(s.supersededBy) ?? null) : null,
      conflictWith: s.status === 'conflict' ? (fileLabel.get(s.conflictWith) ?? null) : null,
    };
  });

  const reportNotes: string[] = [];
  if (o.anonymise || o.aggregateOnly) reportNotes.push(o.aggregateOnly ? notes.aggregateOnly : notes.redacted);
  if (o.anonymise && !o.saltGiven) reportNotes.push(notes.randomSalt);
  reportNotes.push(notes.minGroup(o.minGroup));
  const excludedMoment = selection.filter((s) => s.status === 'excluded' && s.reason === 'meetmoment').length;
  if (excludedMoment > 0) reportNotes.push(notes.excludedMeetmoment(excludedMoment, momentLabel(meetmoment) ?? ''));
  const excludedVersion = selection.filter((s) => s.status === 'excluded' && s.reason === 'version').length;
  if (excludedVersion > 0) reportNotes.push(notes.excludedVersion(excludedVersion, norm.versie));
  const excludedRiec = selection.filter((s) => s.status === 'excluded' && s.reason === 'riec').length;
  if (excludedRiec > 0 && o.riec) reportNotes.push(notes.excludedRiec(excludedRiec, o.riec));
  reportNotes.push(...selectionNotes(selection, scored, fileLabel, ref, lang));

  // An earlier report of this same meetmoment is no earlier measurement (e.g. a folder holding this year's output too).
  const same = o.previous.filter(
    (p) => meetmoment !== null && findMeetmoment(norm, p.report.scope.meetmoment ?? '')?.code === meetmoment,
  );
  if (same.length)
    reportNotes.push(
      notes.previousSameMoment(
        same.map((p) => (o.anonymise ? path.basename(p.file) : p.file)).join(', '),
        momentLabel(meetmoment) ?? '',
      ),
    );
  const ordered = orderPrevious(
    o.previous.filter((p) => !same.includes(p)),
    norm,
  );
  const latest = ordered[ordered.length - 1];
  const trended = latest ? buildTrend(latest, organisations, themeStats, scored, { ...o, year }) : null;
  if (trended) reportNotes.push(...trended.notes);
  const trend = trended?.trend ?? null;
  const history = latest
    ? buildHistory(
        ordered,
        { report: { generatedAt: o.generatedAt, meetmoment: momentLabel(meetmoment) }, organisations, themeStats, overallStats },
        scored,
        {
          registry: o.registry,
          salt: o.salt,
          anonymise: o.anonymise,
          aggregateOnly: o.aggregateOnly,
          fileLabel: (f) => (o.anonymise ? path.basename(f) : f),
          year,
        },
      )
    : null;

  const report: Report = {
    schemaVersion: 1,
    tool: o.tool,
    norm: { id: norm.id, version: norm.versie, fingerprint: o.fingerprint, title: normTitle(norm, lang) },
    generatedAt: o.generatedAt,
    lang,
    scope: {
      riec: o.riec,
      meetmoment: momentLabel(meetmoment),
      anonymised: o.anonymise,
      aggregateOnly: o.aggregateOnly,
      minGroup: o.minGroup,
    },
    options: norm.schaal.map((x) => ({
      code: x.code,
      label: labelOf(x, lang),
      score: x.nvt ? null : (x.score ?? 0),
      color: x.kleur ?? null,
    })),
    priorities: (priorityField(norm)?.opties ?? []).map((x) => labelOf(x, lang)),
    fields: reportFields(norm, lang),
    themes: norm.themas.map((t) => ({ id: t.id, name: themeName(t, lang) })),
    inputs: inputFiles,
    organisations: o.aggregateOnly ? [] : organisations,
    themeStats,
    overallStats,
    principles: principleStats(
      norm,
      scored.map((s) => s.submission),
      o.minGroup,
      lang,
    ),
    missing: { count: missingOrgs.length, organisations: o.aggregateOnly ? [] : missingOrgs },
    answers: o.aggregateOnly
      ? []
      : answerRows(
          norm,
          scored.map((s) => ({ organisation: s.result, submission: s.submission })),
          o.anonymise,
          lang,
        ),
    trend,
    history,
    context: normContext(norm, lang),
    sizeClasses: {
      classes: sizeClasses,
      peildatum: o.registry.grootteklassen?.peildatum ?? null,
      source: o.registry.grootteklassen?.bron ?? null,
    },
    overallByRiec: statsBy(riecs, riecOf, overallScore),
    overallBySize: statsBy(sizes, sizeOf, overallScore),
    notes: reportNotes,
    intake: redact ? null : reportIntake(buildIntake(files, { ...o, meetmoment, riec: o.riec })),
    exchange: buildExchange(
      norm,
      scored.map((s) => ({ organisation: s.result, submission: s.submission })),
      { named: !redact, minGroup: o.minGroup, lang },
    ),
  };
  return o.anonymise ? suppressSmallGroups(report) : report;
}

/** What the norm is and is not: its `context`, or else its introduction as the only text. */
function normContext(norm: Norm, lang: Lang): Report['context'] {
  const c = norm.context;
  if (!c) return { what: normIntro(norm, lang) ?? null, whatNot: null };
  return {
    what: lang === 'en' && c.wat_en ? c.wat_en : c.wat,
    whatNot: lang === 'en' && c.wat_niet_en ? c.wat_niet_en : c.wat_niet,
  };
}
