import type { Severity } from '../findings/finding.js';
import type { ReportIntake } from '../intake/report-intake.js';

/**
 * The regional report as data: built by build-report.ts (pure), written by the renderers in
 * src/render/report/ (xlsx, json, md, html, csv). rapportage.json is this object as it is.
 * With anonymise, every organisation name and code below is already a pseudonym, file names are
 * replaced, and free text from returns is left out; with aggregateOnly, `organisations`,
 * `answers` and per-file organisation columns are empty.
 */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string; title: string };
  /** ISO timestamp of the run (the one value that differs between two runs on the same input). */
  generatedAt: string;
  lang: 'nl' | 'en';
  scope: {
    riec: string | null;
    meetmoment: string | null;
    anonymised: boolean;
    aggregateOnly: boolean;
    minGroup: number;
  };
  /** The scale in the report language, best first; `scores` null for not-applicable options. */
  options: Array<{ code: string; label: string; score: number | null; color: string | null }>;
  /** The labels of the options of the norm's priority field (`rol: prioriteit`), most urgent first; empty without. */
  priorities: string[];
  /** The answer fields of the norm in norm order: the columns of the long table (`answers[].values`). */
  fields: ReportField[];
  /** The themes of the norm, in order. */
  themes: Array<{ id: string; name: string }>;
  inputs: InputFile[];
  /** Accepted returns, one per organisation (the newest when there are duplicates), sorted by RIEC, region, name. */
  organisations: OrganisationResult[];
  /** Per theme and overall: spread across the accepted returns. */
  themeStats: ThemeStats[];
  overallStats: GroupStats;
  /** Per principle, weakest first: the shared challenges. */
  principles: PrincipleStats[];
  /** Registry organisations (within the RIEC filter) without an accepted return: none received, or rejected. */
  missing: { count: number; organisations: MissingOrganisation[] };
  /** Long table for pivot tables: one row per organisation × principle. Empty with aggregateOnly. */
  answers: AnswerRow[];
  /** Present with --previous: against the most recent earlier measurement. */
  trend: Trend | null;
  /** Present with --previous: every earlier measurement and this one, oldest first. */
  history: History | null;
  /** What the norm is and is not, from the norm (`context`, else `inleiding`), for readers new to it. */
  context: { what: string | null; whatNot: string | null };
  /** The registry's size classes (by population) with the date and source of the figures; empty without. */
  sizeClasses: { classes: string[]; peildatum: string | null; source: string | null };
  /** Overall score per RIEC and per size class (key: size class label), hidden under minGroup. */
  overallByRiec: Record<string, GroupStats>;
  overallBySize: Record<string, GroupStats>;
  /** Notes for the reader, e.g. groups hidden under minGroup, a random salt, excluded meetmomenten. */
  notes: string[];
  /** The intake table of `weerbaar intake` (without e-mail addresses); null when anonymised or aggregate-only. */
  intake: ReportIntake | null;
  /** Leren van elkaar: who seeks help and who can help, per principle; null when the norm has no `uitwisseling` block. */
  exchange: Exchange | null;
}

/**
 * Leren van elkaar (onderlinge hulp). A helper offered to share its approach and has the best
 * status on the principle; nobody else is ever named as one. With `named` false (anonymised or
 * aggregate-only) the lists are empty and only the counts remain.
 */
export interface Exchange {
  /** The labels of the norm's exchange field and of its two options, and of the best status, in the report language. */
  field: string;
  seekLabel: string;
  offerLabel: string;
  bestLabel: string;
  /** False in anonymised and aggregate-only reports: no names, no contacts. */
  named: boolean;
  /** Every principle, the most sought after first (then most helpers, then norm order). */
  principles: ExchangePrinciple[];
}

export interface ExchangePrinciple {
  id: string;
  themeId: string;
  title: string;
  /** Organisations that seek help; null when hidden (fewer than minGroup returns in an anonymised report). */
  seekerCount: number | null;
  /** Organisations that offered to share and have the best status. */
  helperCount: number | null;
  /** Seekers with at least one helper in their own RIEC. */
  matchedInRiec: number | null;
  /** Sorted by RIEC and name; empty when not named. */
  seekers: ExchangeParty[];
  helpers: ExchangeParty[];
}

export interface ExchangeParty extends OrganisationRef {
  /** Its status on the principle, as a label. */
  status: string | null;
  contact: ExchangeContact;
}

/** From the norm's contact fields: the first one filled in, for the name and for the e-mail address. */
export interface ExchangeContact {
  name: string | null;
  email: string | null;
}

export interface OrganisationRef {
  code: string;
  name: string;
  riec: string | null;
  veiligheidsregio: string | null;
}

export interface MissingOrganisation extends OrganisationRef {
  /** 'not-received': no file for this organisation; 'rejected': only files that did not pass. */
  status: 'not-received' | 'rejected';
  /** For rejected: the files and the first error, worded (anonymised: the code). */
  files: string[];
  reason: string | null;
}

export interface InputFile {
  /** Path as given (anonymised: "bestand-001"). */
  file: string;
  sha256: string | null;
  size: number | null;
  status: 'accepted' | 'rejected' | 'superseded' | 'conflict' | 'skipped' | 'excluded';
  /** Why excluded: other meetmoment or outside the RIEC filter; why skipped: lock/hidden/temp; why superseded: newer or duplicate (same answers). */
  reason: string | null;
  organisation: OrganisationRef | null;
  meetmoment: string | null;
  datum: string | null;
  counts: Record<Severity, number>;
  /** The first few findings, worded (anonymised: codes only). */
  firstFindings: Array<{ code: string; severity: Severity; message: string }>;
  /** For superseded files: the file that counts instead. */
  supersededBy: string | null;
  /** For conflicting files (same organisation and datum, different answers): the other file. Neither counts. */
  conflictWith: string | null;
}

/** @public a named definition in docs/report.schema.json */
export interface ThemeScoreCell {
  id: string;
  score: number | null;
  label: string | null;
}

export interface OrganisationResult extends OrganisationRef {
  file: string;
  meetmoment: string | null;
  datum: string | null;
  overall: { score: number | null; label: string | null };
  themes: ThemeScoreCell[];
  /** Status code per principle id (for year-over-year comparison). */
  statuses: Record<string, string | null>;
  /** The size class label by population (null without figures, and in anonymised reports). */
  sizeClass: string | null;
}

export interface GroupStats {
  /** Number of organisations with a score. */
  n: number;
  /** Null when n is below minGroup (or zero). */
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface ThemeStats extends GroupStats {
  id: string;
  name: string;
  /** The same statistics per RIEC (key: RIEC name), hidden under minGroup like the rest. */
  byRiec: Record<string, GroupStats>;
  /** The same statistics per size class (key: its label), hidden under minGroup. */
  bySize: Record<string, GroupStats>;
}

export interface PrincipleStats {
  id: string;
  themeId: string;
  title: string;
  /** Organisations per option code (null when the group is under minGroup). */
  counts: Record<string, number> | null;
  unanswered: number | null;
  /** Organisations for which the principle applies (answered, not N/A). */
  applicable: number;
  /** Share (0-100, one decimal) of applicable organisations that meet it (best option); null under minGroup. */
  meetsShare: number | null;
  /** Mean score (0-100, one decimal) of the applicable answers; null under minGroup. The weakest ranking uses it. */
  meanScore: number | null;
  /** 1 = weakest (lowest mean score; ties by the share that meets it, then norm order). */
  rank: number;
}

export interface ReportField {
  /** The field id of the norm: the column name in rapportage.csv. */
  id: string;
  label: string;
  type: 'schaal' | 'tekst' | 'datum' | 'keuze';
  /** What the field means (from the norm): the scored status, a planned date, the priority; null for any other. */
  role: 'status' | 'planning' | 'prioriteit' | null;
  /** A long explanation (a text field with `kopie_controle`): in the long table, not on the page per organisation. */
  explanation: boolean;
  /** The norm's exchange field (`uitwisseling.veld`): the page per organisation shows it in its own section, not as a column. */
  exchange: boolean;
}

export interface AnswerRow {
  organisation: string;
  code: string;
  riec: string | null;
  veiligheidsregio: string | null;
  meetmoment: string | null;
  theme: string;
  principle: string;
  /**
   * Per answer field of the norm (see `Report.fields`): the label of a chosen option, the text or
   * the ISO date; null when empty. Free text (type tekst) is null in an anonymised report.
   */
  values: Record<string, string | null>;
}

export interface Trend {
  previous: { generatedAt: string; meetmoment: string | null; file: string };
  /** Per organisation present in both: theme and overall changes (percentage points). */
  organisations: Array<{
    code: string;
    name: string;
    /** Codes in the previous report that map to this organisation (after mergers). */
    previousCodes: string[];
    overall: Change;
    themes: Array<{ id: string } & Change>;
  }>;
  /** Per theme: change of the regional mean. */
  themes: Array<{ id: string } & Change>;
  /** Principles whose status changed, per organisation (not for merged organisations). */
  statusChanges: Array<{
    code: string;
    name: string;
    principle: string;
    /** The principle of the previous norm version it was compared with, when its id was different. */
    previousPrinciple?: string;
    before: string | null;
    now: string | null;
  }>;
}

/**
 * All measurements side by side, oldest first (by the norm's order of meetmomenten, then by date);
 * the last one is this report. Arrays below run parallel to `measurements`; null where a
 * measurement has no figure (not taking part, or hidden under minGroup).
 */
export interface History {
  measurements: Array<{ meetmoment: string | null; generatedAt: string; file: string | null }>;
  overall: { medians: Array<number | null>; means: Array<number | null> };
  themes: Array<{ id: string; medians: Array<number | null>; means: Array<number | null> }>;
  /** Per organisation of this report (after mergers: the mean of its predecessors). Empty with aggregateOnly. */
  organisations: Array<{
    code: string;
    name: string;
    overall: Array<number | null>;
    themes: Array<{ id: string; scores: Array<number | null> }>;
  }>;
}

export interface Change {
  before: number | null;
  now: number | null;
  delta: number | null;
}
