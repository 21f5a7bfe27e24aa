import type {
  AnswerRow,
  GroupStats,
  InputFile,
  OrganisationRef,
  OrganisationResult,
  PrincipleStats,
  Report,
  ThemeStats,
} from '../../src/report/report-model.js';

/**
 * A small regional report built by hand: 6 organisations over 2 RIECs, one rejected and one
 * superseded file, a skipped lock file, two missing organisations, a trend, a toelichting that
 * starts with "=" and names and findings with "<script>". minGroup is 3, so the statistics of
 * RIEC Amsterdam-Amstelland (2 organisations) and of theme 6 (2 scores) are hidden.
 *
 * `aggregateOnly: true` only flips the flag and keeps every per-organisation list filled, on
 * purpose: the renderers must leave organisations out on their own, whatever the builder sends.
 */
export function sampleReport(o: { aggregateOnly?: boolean; lang?: 'nl' | 'en' } = {}): Report {
  const minGroup = 3;
  const lang = o.lang ?? 'nl';
  const themes = THEME_NAMES.map((name, i) => ({ id: String(i + 1), name }));
  const principles = themes.flatMap((th, i) =>
    [0, 1].map((j) => ({ id: `${th.id}.${j + 1}`, themeId: th.id, title: PRINCIPLE_TITLES[i * 2 + j] ?? '' })),
  );

  const organisations: OrganisationResult[] = ORGS.map((ref, k) => {
    const statuses = Object.fromEntries(principles.map((p, i) => [p.id, statusFor(k, i, p.themeId)]));
    const themeScores = themes.map((th) => {
      const values = principles
        .filter((p) => p.themeId === th.id)
        .map((p) => SCORE[statuses[p.id] ?? 'nvt'])
        .filter((v): v is number => v !== null);
      const score = values.length ? round1((values.reduce((a, b) => a + b, 0) / values.length) * 100) : null;
      return { id: th.id, score, label: score === null ? null : level(score) };
    });
    const scored = themeScores.flatMap((s) => (s.score === null ? [] : [s.score]));
    const overall = scored.length ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
    return {
      ...ref,
      file: `retour/${slug(ref.name)}.xlsx`,
      meetmoment: 'Nulmeting 2025',
      datum: '2025-03-28',
      overall: { score: overall, label: overall === null ? null : level(overall) },
      themes: themeScores,
      statuses,
      sizeClass: null,
    };
  });

  const stats = (values: Array<number | null>): GroupStats => groupStats(values, minGroup);
  const riecs = [...new Set(ORGS.map((r) => r.riec ?? ''))];
  const themeStats: ThemeStats[] = themes.map((th) => {
    const scoreOf = (org: OrganisationResult) => org.themes.find((s) => s.id === th.id)?.score ?? null;
    return {
      id: th.id,
      name: th.name,
      ...stats(organisations.map(scoreOf)),
      byRiec: Object.fromEntries(
        riecs.map((riec) => [riec, stats(organisations.filter((org) => org.riec === riec).map(scoreOf))]),
      ),
      bySize: {},
    };
  });

  const principleStats: PrincipleStats[] = principles
    .map((p) => {
      const answers = organisations.map((org) => org.statuses[p.id] ?? null);
      const applicable = answers.filter((a) => a !== null && a !== 'nvt').length;
      const meets = answers.filter((a) => a === 'uitgevoerd').length;
      const sum = answers.reduce((n, a) => n + (OPTIONS.find((o) => o.code === a)?.score ?? 0), 0);
      const hidden = applicable < minGroup;
      const counts = Object.fromEntries(OPTIONS.map((opt) => [opt.code, answers.filter((a) => a === opt.code).length]));
      return {
        id: p.id,
        themeId: p.themeId,
        title: p.title,
        counts: hidden ? null : counts,
        unanswered: hidden ? null : answers.filter((a) => a === null).length,
        applicable,
        meetsShare: hidden ? null : round1((meets / applicable) * 100),
        meanScore: hidden ? null : round1((sum / applicable) * 100),
        rank: 0,
      };
    })
    .sort(
      (a, b) =>
        (a.meanScore ?? 101) - (b.meanScore ?? 101) || (a.meetsShare ?? 101) - (b.meetsShare ?? 101) || a.id.localeCompare(b.id),
    )
    .map((p, i) => ({ ...p, rank: i + 1 }));

  const answers: AnswerRow[] = organisations.flatMap((org) =>
    principles.map((p) => ({
      organisation: org.name,
      code: org.code,
      riec: org.riec,
      veiligheidsregio: org.veiligheidsregio,
      meetmoment: org.meetmoment,
      theme: `${p.themeId}. ${THEME_NAMES[Number(p.themeId) - 1] ?? ''}`,
      principle: `${p.id} ${p.title}`,
      values: {
        status: OPTIONS.find((x) => x.code === org.statuses[p.id])?.label ?? null,
        toelichting: toelichting(org.code, p.id),
        eigenaar: org.code === 'GM0392' && p.id === '1.1' ? '@afdeling Veiligheid' : 'Team OOV',
        planning: org.statuses[p.id] === 'uitgevoerd' ? null : '2025-12-31',
        prioriteit: 'Hoog',
      },
    })),
  );

  return {
    schemaVersion: 1,
    tool: { name: 'weerbaar', version: '0.1.0' },
    norm: {
      id: 'nh-weerbare-overheid',
      version: '0.9.0',
      fingerprint: 'ab12cd34ef56'.repeat(5).slice(0, 64),
      title: 'Noord-Hollandse Norm Weerbare Overheid',
    },
    generatedAt: '2026-04-15T10:32:07.000Z',
    lang,
    scope: { riec: null, meetmoment: 'Nulmeting 2025', anonymised: false, aggregateOnly: o.aggregateOnly ?? false, minGroup },
    options: OPTIONS,
    themes,
    inputs: inputs(organisations),
    organisations,
    themeStats,
    overallStats: stats(organisations.map((org) => org.overall.score)),
    principles: principleStats,
    missing: {
      count: MISSING.length,
      organisations: MISSING.map((m) => ({ ...m, status: 'not-received' as const, files: [], reason: null })),
    },
    priorities: ['Hoog', 'Middel', 'Laag'],
    fields: [
      { id: 'status', label: 'Status', type: 'schaal', role: 'status', explanation: false, exchange: false },
      { id: 'toelichting', label: 'Toelichting', type: 'tekst', role: null, explanation: true, exchange: false },
      { id: 'eigenaar', label: 'Eigenaar', type: 'tekst', role: null, explanation: false, exchange: false },
      { id: 'planning', label: 'Planning', type: 'datum', role: 'planning', explanation: false, exchange: false },
      { id: 'prioriteit', label: 'Prioriteit', type: 'keuze', role: 'prioriteit', explanation: false, exchange: false },
    ],
    answers,
    trend: {
      previous: { generatedAt: '2025-04-20T09:00:00.000Z', meetmoment: 'Nulmeting 2024', file: 'vorig-jaar/rapportage.json' },
      organisations: organisations.map((org, k) => ({
        code: org.code,
        name: org.name,
        previousCodes: [org.code],
        overall: change(org.overall.score === null ? null : org.overall.score - (k - 2) * 4.25, org.overall.score),
        themes: org.themes.map((s) => ({ id: s.id, ...change(s.score === null ? null : Math.max(0, s.score - 10), s.score) })),
      })),
      themes: themeStats.map((s) => ({ id: s.id, ...change(s.mean === null ? null : s.mean - 5, s.mean) })),
      statusChanges: [
        { code: 'GM0361', name: 'Alkmaar', principle: '1.1', before: 'ontbreekt', now: 'uitgevoerd' },
        { code: 'GM0448', name: 'Texel', principle: '2.2', before: 'uitgevoerd', now: 'in-ontwikkeling' },
      ],
    },
    history: null,
    context: { what: 'De norm zegt wat er op orde moet zijn.', whatNot: 'Geen toezicht.' },
    sizeClasses: { classes: [], peildatum: null, source: null },
    overallByRiec: Object.fromEntries(
      riecs.map((riec) => [riec, stats(organisations.filter((org) => org.riec === riec).map((org) => org.overall.score))]),
    ),
    overallBySize: {},
    notes: [`Cijfers over een groep van minder dan ${minGroup} organisaties worden niet getoond.`],
    intake: null,
    exchange: null,
  };
}

const THEME_NAMES = [
  'Bewustwording & Organisatie',
  'Integriteit & Veilige Werkomgeving',
  'Veilige Publieke Taak',
  'Informatiepositie & Informatiebeveiliging',
  'Beleid & Handhaving',
  'Communicatie',
];

const PRINCIPLE_TITLES = [
  'Weerbaarheidsscan',
  'Vast op de bestuurlijke agenda',
  'Integriteitsbeleid vastgesteld',
  'Vertrouwenspersoon en meldregeling',
  'Agressieprotocol',
  'Steun voor bedreigde bestuurders, ook thuis en online',
  'Centraal meldpunt voor signalen van ondermijning',
  'Informatiebeveiliging volgens de BIO',
  'Bibob-beleid actueel en toegepast',
  'Kwetsbare processen getoetst op misbruik',
  'Communicatiestrategie ondermijning',
  'Crisiscommunicatie bij bedreiging',
];

const OPTIONS: Report['options'] = [
  { code: 'uitgevoerd', label: 'Uitgevoerd', score: 1, color: 'C6EFCE' },
  { code: 'in-ontwikkeling', label: 'In ontwikkeling', score: 0.5, color: 'FFEB9C' },
  { code: 'ontbreekt', label: 'Ontbreekt', score: 0, color: 'FFC7CE' },
  { code: 'nvt', label: 'Niet van toepassing', score: null, color: 'D9D9D9' },
];
const SCORE: Record<string, number | null> = { uitgevoerd: 1, 'in-ontwikkeling': 0.5, ontbreekt: 0, nvt: null };

export const ORGS: OrganisationRef[] = [
  { code: 'GM0358', name: 'Aalsmeer', riec: 'RIEC Amsterdam-Amstelland', veiligheidsregio: 'Amsterdam-Amstelland' },
  { code: 'GM0362', name: 'Amstelveen', riec: 'RIEC Amsterdam-Amstelland', veiligheidsregio: 'Amsterdam-Amstelland' },
  { code: 'GM0392', name: 'Haarlem', riec: 'RIEC Noord-Holland', veiligheidsregio: 'Kennemerland' },
  { code: 'GM0473', name: 'Zandvoort', riec: 'RIEC Noord-Holland', veiligheidsregio: 'Kennemerland' },
  { code: 'GM0361', name: 'Alkmaar', riec: 'RIEC Noord-Holland', veiligheidsregio: 'Noord-Holland Noord' },
  { code: 'GM0448', name: 'Texel', riec: 'RIEC Noord-Holland', veiligheidsregio: 'Noord-Holland Noord' },
];

export const MISSING: OrganisationRef[] = [
  { code: 'GM0384', name: 'Diemen', riec: 'RIEC Amsterdam-Amstelland', veiligheidsregio: 'Amsterdam-Amstelland' },
  { code: 'GM0400', name: 'Den Helder', riec: 'RIEC Noord-Holland', veiligheidsregio: 'Noord-Holland Noord' },
];

export const FORMULA_TEXT = '=HYPERLINK("http://example.invalid/x","klik hier")';
export const SCRIPT_TEXT = '<script>alert(1)</script>';

/** A fixed pattern of answers; theme 6 is not applicable for four organisations. */
function statusFor(org: number, principle: number, themeId: string): string | null {
  if (themeId === '6' && org >= 2) return 'nvt';
  if (org === 3 && principle === 4) return null;
  const v = (org * 7 + principle * 5 + (principle % 3) * org) % 6;
  return v < 3 ? 'uitgevoerd' : v < 5 ? 'in-ontwikkeling' : 'ontbreekt';
}

function toelichting(code: string, principle: string): string | null {
  if (code === 'GM0392' && principle === '1.1') return FORMULA_TEXT;
  if (code === 'GM0392' && principle === '1.2') return '+31 6 12345678 (coördinator)';
  if (code === 'GM0361' && principle === '2.1') return `Zie ${SCRIPT_TEXT} in het verslag`;
  return principle.endsWith('.1') ? 'Vastgesteld in 2024.\nEvaluatie volgt.' : null;
}

function inputs(orgs: OrganisationResult[]): InputFile[] {
  const counts = (error: number, warning: number) => ({ error, warning, info: 0 });
  const accepted = orgs.map((org): InputFile => ({
    file: org.file,
    sha256: 'f'.repeat(64),
    size: 45_000,
    status: 'accepted',
    reason: null,
    organisation: { code: org.code, name: org.name, riec: org.riec, veiligheidsregio: org.veiligheidsregio },
    meetmoment: org.meetmoment,
    datum: org.datum,
    counts: counts(0, org.code === 'GM0473' ? 1 : 0),
    firstFindings:
      org.code === 'GM0473'
        ? [{ code: 'PLANNING_IN_PAST', severity: 'warning', message: 'Uitgangspunt 3.1: de planning ligt in het verleden.' }]
        : [],
    supersededBy: null,
    conflictWith: null,
  }));
  const denHelder = MISSING[1] ?? null;
  return [
    ...accepted,
    {
      file: `retour/den-helder ${SCRIPT_TEXT}.xlsx`,
      sha256: 'e'.repeat(64),
      size: 44_000,
      status: 'rejected',
      reason: null,
      organisation: denHelder,
      meetmoment: 'Nulmeting 2025',
      datum: '2025-03-30',
      counts: counts(3, 1),
      firstFindings: [
        { code: 'REQUIRED_MISSING', severity: 'error', message: 'Uitgangspunt 1.2: de status ontbreekt.' },
        { code: 'VALUE_NOT_IN_LIST', severity: 'error', message: `Uitgangspunt 2.1: "${SCRIPT_TEXT}" staat niet in de lijst.` },
        {
          code: 'TEMPLATE_VERSION_OLD',
          severity: 'warning',
          message: 'Het bestand is gemaakt met een oudere versie van het sjabloon.',
        },
      ],
      supersededBy: null,
      conflictWith: null,
    },
    {
      file: 'retour/haarlem-concept.xlsx',
      sha256: 'd'.repeat(64),
      size: 43_000,
      status: 'superseded',
      reason: null,
      organisation: ORGS[2] ?? null,
      meetmoment: 'Nulmeting 2025',
      datum: '2025-03-01',
      counts: counts(0, 0),
      firstFindings: [],
      supersededBy: 'retour/haarlem.xlsx',
      conflictWith: null,
    },
    {
      file: 'retour/~$alkmaar.xlsx',
      sha256: null,
      size: 165,
      status: 'skipped',
      reason: 'lock',
      organisation: null,
      meetmoment: null,
      datum: null,
      counts: counts(0, 0),
      firstFindings: [],
      supersededBy: null,
      conflictWith: null,
    },
  ];
}

function groupStats(values: Array<number | null>, minGroup: number): GroupStats {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0 || n < minGroup) return { n, median: null, mean: null, min: null, max: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? (v[mid] ?? 0) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
  return { n, median: round1(median), mean: round1(v.reduce((a, b) => a + b, 0) / n), min: v[0] ?? null, max: v[n - 1] ?? null };
}

function change(before: number | null, now: number | null) {
  return {
    before: before === null ? null : round1(before),
    now,
    delta: before === null || now === null ? null : round1(now - before),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const level = (s: number) => (s >= 90 ? 'Op orde' : s >= 70 ? 'Grotendeels op orde' : s >= 40 ? 'In ontwikkeling' : 'Beginfase');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
