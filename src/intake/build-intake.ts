import { findingMessage } from '../i18n/format-finding.js';
import type { Lang } from '../base/lang.js';
import { foreignAskEn, foreignAskNl } from '../i18n/foreign-text.js';
import { INTAKE_STATES, INTAKE_TEXT, type IntakeState } from '../i18n/intake-text.js';
import { makeFinding } from '../findings/make-finding.js';
import { meetmomentLabel } from '../norm/meetmoment.js';
import { fillDateOf, meetmomentOf } from '../norm/field-roles.js';
import { meetmomentYear, validInYear, validOn } from '../norm/registry-time.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import { chooseMeetmoment, selectReturns, type ReportFileInput, type Selection } from './select-returns.js';
import { skippedFinding } from '../validate/validate-report.js';
import { foreignKind } from '../base/foreign-file.js';
import { combineParts, PART_SEPARATOR } from './combine-parts.js';

export interface IntakeRow {
  /** 'organisation': one row per organisation of the registry; 'file': a file that decides no organisation's state. */
  kind: 'organisation' | 'file';
  state: IntakeState;
  organisation: { code: string; name: string; riec: string | null } | null;
  /** The file that decides the state (organisation rows), or the file itself (file rows). */
  file: string | null;
  /** Why, in words: the errors of a rejected file, what a foreign file is, whom a merged organisation joined. */
  reasons: string[];
  /** The contact address found in the return (rejected and accepted returns), for a mail merge. */
  email: string | null;
  /** The sentence to send; '' when there is nothing to ask. */
  action: string;
}

export interface IntakeReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string };
  generatedAt: string;
  lang: Lang;
  /** The meetmoment label the intake is about (null when no return says which). */
  meetmoment: string | null;
  riec: string | null;
  rows: IntakeRow[];
  /** Organisation rows per state. */
  counts: Record<IntakeState, number>;
  /** File rows per state (files that decide no organisation's state). */
  fileCounts: Record<IntakeState, number>;
  /** Organisations that must return an overview (all organisation rows except merged ones). */
  organisations: number;
  /** True when every organisation that must return an overview is accepted. */
  complete: boolean;
}

/** What buildIntake needs besides the returns; buildReport takes these and more. */
export interface BuildIntakeOptions {
  norm: Norm;
  registry: Registry;
  fingerprint: string;
  lang: Lang;
  tool: { name: string; version: string };
  generatedAt: string;
  /** A meetmoment option code, or null to take the most common one (as the report does). */
  meetmoment: string | null;
  /** A RIEC name as in the registry (already matched by the caller), or null for all. */
  riec: string | null;
}

/** How many errors of a rejected return are spelled out in the message; the rest are counted. */
const REASONS_IN_ACTION = 3;

/**
 * The intake status: every organisation of the registry with one state, and every file that does
 * not decide an organisation's state (superseded, foreign, skipped, another meetmoment), so that
 * no file goes unmentioned. Pure; the same selection rules as the report.
 */
export function buildIntake(files: readonly ReportFileInput[], o: BuildIntakeOptions): IntakeReport {
  const t = INTAKE_TEXT[o.lang];
  // Parts of one return from several departments are combined as in the report.
  const inputs = combineParts(files, o.norm, o.registry, o.lang);
  const moment = o.meetmoment ?? chooseMeetmoment(inputs, o.norm);
  const momentText = meetmomentLabel(o.norm, moment, o.lang) ?? t.thisMoment;
  const selection = selectReturns(inputs, o.registry, moment, o.riec, o.norm);
  const emailField = o.norm.voorblad.find((f) => f.type === 'email')?.id;
  const emailOf = (s: Selection) => (emailField ? (s.input.submission?.front[emailField] ?? null) : null);
  const byName = new Map(o.registry.organisaties.map((org) => [org.code, org]));
  const orgRef = (org: Organisation) => ({ code: org.code, name: org.naam, riec: org.riec });
  const errorsOf = (s: Selection) => s.input.findings.filter((f) => f.severity === 'error').map((f) => findingMessage(f, o.lang));
  const rejectedAction = (s: Selection) => {
    const reasons = errorsOf(s);
    const shown = reasons.slice(0, REASONS_IN_ACTION).join(' ');
    const rest = reasons.length - REASONS_IN_ACTION;
    return t.action.rejected(baseName(s.input.file), rest > 0 ? `${shown} (${t.more(rest)})` : shown);
  };

  const deciding = new Set<Selection>();
  const orgRows: IntakeRow[] = [];
  // A werkorganisatie returns for its members; it is no organisation that must return on its own.
  const scope = o.registry.organisaties.filter(
    (org) => org.soort !== 'werkorganisatie' && (o.riec === null || org.riec === o.riec),
  );
  const year = meetmomentYear(moment);
  const current = (org: Organisation) => (year === undefined ? validOn(org, o.generatedAt.slice(0, 10)) : validInYear(org, year));
  for (const org of sortOrganisations(scope)) {
    const mine = selection.filter((s) => s.org?.code === org.code);
    // An accepted return counts for the organisation itself or, from its werkorganisatie, for each member.
    const accepted = selection.find((s) => s.status === 'accepted' && s.countsFor.some((m) => m.code === org.code));
    const rejected = mine.filter((s) => s.status === 'rejected');
    const conflicts = mine.filter((s): s is Extract<Selection, { status: 'conflict' }> => s.status === 'conflict');
    // A former organisation is merged, unless a return of its own came in (history, or a merger still ahead).
    if (org.geldig_tot !== null && !current(org) && !accepted && rejected.length === 0 && conflicts.length === 0) {
      const successor = org.opvolger ? (byName.get(org.opvolger)?.naam ?? org.opvolger) : '';
      orgRows.push({
        kind: 'organisation',
        state: 'merged',
        organisation: orgRef(org),
        file: null,
        reasons: [t.mergedInto(successor, org.geldig_tot)],
        email: null,
        action: '',
      });
      continue;
    }
    if (accepted) {
      deciding.add(accepted);
      const how = accepted.input.findings
        .filter((f) => f.code === 'PARTS_MERGED' || f.code === 'PARTS_FRONT_LATEST')
        .map((f) => findingMessage(f, o.lang));
      orgRows.push({
        kind: 'organisation',
        state: 'accepted',
        organisation: orgRef(org),
        file: accepted.input.file,
        reasons: how,
        email: emailOf(accepted),
        action: t.action.accepted(momentText),
      });
    } else if (conflicts.length > 0) {
      // Two returns with the same datum and different answers: none counts until one is moved away.
      for (const c of conflicts) deciding.add(c);
      const first = conflicts[0] as Extract<Selection, { status: 'conflict' }>;
      const part = first.input.part;
      if (part?.kind === 'conflict') {
        // Parts of several departments that disagree: the organisation says which answer is right.
        const reasons = [
          ...new Set(
            conflicts
              .flatMap((c) => (c.input.part?.kind === 'conflict' ? c.input.part.conflicts : []))
              .map((f) => findingMessage(f, o.lang)),
          ),
        ];
        const parts = conflicts.map((c) => baseName(c.input.file)).join(', ');
        orgRows.push({
          kind: 'organisation',
          state: 'rejected',
          organisation: orgRef(org),
          file: first.input.file,
          reasons,
          email: emailOf(first),
          action: t.action.partsConflict(parts, reasons.slice(0, REASONS_IN_ACTION).join(' ')),
        });
      } else {
        const reason = findingMessage(
          makeFinding('RETURN_CONFLICT', {
            organisation: org.naam,
            other: baseName(first.conflictWith),
            differing: first.differing,
            datum: first.datum ?? '',
          }),
          o.lang,
        );
        orgRows.push({
          kind: 'organisation',
          state: 'rejected',
          organisation: orgRef(org),
          file: first.input.file,
          reasons: [reason],
          email: emailOf(first),
          action: '',
        });
      }
    } else if (rejected.length > 0) {
      const latest = newest(rejected, o.norm);
      deciding.add(latest);
      orgRows.push({
        kind: 'organisation',
        state: 'rejected',
        organisation: orgRef(org),
        file: latest.input.file,
        reasons: errorsOf(latest),
        email: emailOf(latest),
        action: rejectedAction(latest),
      });
    } else {
      const other = mine.filter((s) => s.status === 'excluded' && s.reason === 'meetmoment').map((s) => baseName(s.input.file));
      const older = mine.filter((s) => s.status === 'excluded' && s.reason === 'version');
      const reasons = [
        ...(other.length > 0 ? [t.onlyOtherMoment(other.join(', '))] : []),
        ...(older.length > 0 ? [t.onlyOtherVersion(older.map((s) => baseName(s.input.file)).join(', '), o.norm.versie)] : []),
      ];
      // A return on an earlier version's template is no return yet: ask for the current one, naming the file received.
      const oldest = older.length > 0 ? newest(older, o.norm) : undefined;
      const action = oldest
        ? t.action.otherVersion(baseName(oldest.input.file), versionOf(oldest), o.norm.versie)
        : t.action.notReceived(momentText);
      orgRows.push({
        kind: 'organisation',
        state: 'not-received',
        organisation: orgRef(org),
        file: null,
        reasons,
        email: oldest ? emailOf(oldest) : null,
        action,
      });
    }
  }

  const accepted = new Map(orgRows.filter((r) => r.state === 'accepted').map((r) => [r.organisation?.code ?? '', r.file ?? '']));
  const fileRows: IntakeRow[] = selection
    .filter((s) => !deciding.has(s))
    .map((s): IntakeRow => {
      const organisation = s.org ? orgRef(s.org) : null;
      const file = s.input.file;
      switch (s.status) {
        case 'superseded':
          if (s.reason === 'merged')
            return {
              kind: 'file',
              state: 'merged',
              organisation,
              file,
              reasons: [t.partOf(s.supersededBy.split(PART_SEPARATOR).map(baseName).join(', '))],
              email: null,
              action: '',
            };
          return {
            kind: 'file',
            state: 'superseded',
            organisation,
            file,
            reasons: [t.supersededBy(baseName(s.supersededBy))],
            email: null,
            action: '',
          };
        case 'rejected': {
          const counted = s.org ? accepted.get(s.org.code) : undefined;
          const reasons = errorsOf(s);
          if (counted)
            return {
              kind: 'file',
              state: 'rejected',
              organisation,
              file,
              reasons: [t.alreadyAccepted(baseName(counted)), ...reasons],
              email: emailOf(s),
              action: '',
            };
          return { kind: 'file', state: 'rejected', organisation, file, reasons, email: emailOf(s), action: rejectedAction(s) };
        }
        case 'excluded': {
          const why =
            s.reason === 'meetmoment'
              ? t.otherMoment(meetmomentLabel(o.norm, meetmomentOf(o.norm, s.input.submission?.front), o.lang) ?? '?')
              : s.reason === 'version'
                ? t.otherVersion(versionOf(s), o.norm.versie)
                : t.outsideRiec;
          return { kind: 'file', state: 'excluded', organisation, file, reasons: [why], email: null, action: '' };
        }
        case 'skipped': {
          if (s.reason !== 'foreign')
            return {
              kind: 'file',
              state: 'skipped',
              organisation,
              file,
              reasons: [findingMessage(skippedFinding(file, s.reason ?? ''), o.lang)],
              email: null,
              action: '',
            };
          const ask = (o.lang === 'en' ? foreignAskEn : foreignAskNl)(foreignKind(file));
          return {
            kind: 'file',
            state: 'not-a-spreadsheet',
            organisation,
            file,
            reasons: [ask],
            email: null,
            action: t.action.foreign(baseName(file)),
          };
        }
        default:
          // An accepted return of an organisation outside the registry scope: listed, never dropped.
          return { kind: 'file', state: 'accepted', organisation, file, reasons: [], email: emailOf(s), action: '' };
      }
    });

  const rows = [...orgRows, ...fileRows];
  const tally = (list: IntakeRow[]) =>
    Object.fromEntries(INTAKE_STATES.map((st) => [st, list.filter((r) => r.state === st).length])) as Record<IntakeState, number>;
  const mustReturn = orgRows.filter((r) => r.state !== 'merged');
  return {
    schemaVersion: 1,
    tool: o.tool,
    norm: { id: o.norm.id, version: o.norm.versie, fingerprint: o.fingerprint },
    generatedAt: o.generatedAt,
    lang: o.lang,
    meetmoment: meetmomentLabel(o.norm, moment, o.lang),
    riec: o.riec,
    rows,
    counts: tally(orgRows),
    fileCounts: tally(fileRows),
    organisations: mustReturn.length,
    complete: mustReturn.every((r) => r.state === 'accepted'),
  };
}

/** Current organisations by RIEC, region and name; merged ones after them. */
function sortOrganisations(orgs: readonly Organisation[]): Organisation[] {
  const key = (org: Organisation) => [
    org.geldig_tot === null ? '0' : '1',
    org.riec === null ? '1' : '0',
    org.riec ?? '',
    org.veiligheidsregio ?? '',
    org.naam,
  ];
  return [...orgs].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = (ka[i] ?? '').localeCompare(kb[i] ?? '', 'nl');
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** The newest of an organisation's rejected files: by datum on the front sheet, then file time, then name. */
function newest(list: readonly Selection[], norm: Norm): Selection {
  const key = (s: Selection) =>
    [fillDateOf(norm, s.input.submission?.front) ?? '', String(s.input.mtimeMs ?? 0).padStart(16, '0'), s.input.file].join('|');
  return list.reduce((a, b) => (key(b) > key(a) ? b : a));
}

function versionOf(s: Selection): string {
  return s.input.submission?.identity.normVersion ?? '?';
}

/** The file name without its folder; for a return combined from parts, the names of the parts. */
function baseName(file: string): string {
  return file
    .split(PART_SEPARATOR)
    .map((f) => f.split(/[\\/]/).pop() ?? f)
    .join(PART_SEPARATOR);
}
