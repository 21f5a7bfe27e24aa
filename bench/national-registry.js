// A registry the size of the whole country, for the national case of the bench: 342 municipalities
// in 25 safety regions and 10 RIEC regions, 12 provinces and 21 shared work organisations (375
// organisations). The names and codes are made up; the shape (kinds, regions, member lists,
// population classes) is that of the real registry. Deterministic: the same file every time.
// Usage: node bench/national-registry.js FILE
import { writeFileSync } from 'node:fs';

const MUNICIPALITIES = 342;
const REGIONS = 25;
const RIECS = 10;
const PROVINCES = 12;
const WORK_ORGANISATIONS = 21;

let seed = 20260101;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const q = (s) => JSON.stringify(s);

const lines = ['# Een landelijk register voor de benchmark (verzonnen namen en codes).', 'formaat: 1', 'organisaties:'];
const gm = [];
for (let i = 1; i <= MUNICIPALITIES; i++) {
  const code = `GM${String(i * 7).padStart(4, '0')}`;
  gm.push(code);
  const region = ((i - 1) % REGIONS) + 1;
  // Populations from about 1,000 to 900,000, most of them small, as in the country.
  const inhabitants = Math.round((1000 * Math.exp(random() * random() * 6.8)) / 100) * 100;
  lines.push(
    `  - code: ${code}`,
    `    naam: ${q(`Gemeente ${String(i).padStart(3, '0')}`)}`,
    '    soort: gemeente',
    `    inwoners: ${inhabitants}`,
    `    veiligheidsregio: ${q(`Veiligheidsregio ${region}`)}`,
    `    veiligheidsregio_code: VR${String(region).padStart(2, '0')}`,
    `    riec: ${q(`RIEC ${String.fromCharCode(65 + (region % RIECS))}`)}`,
    '    geldig_vanaf: null',
    '    geldig_tot: null',
  );
}
for (let i = 0; i < PROVINCES; i++) {
  lines.push(
    `  - code: PV${20 + i}`,
    `    naam: ${q(`Provincie ${String(i + 1).padStart(2, '0')}`)}`,
    '    soort: provincie',
    '    geldig_vanaf: null',
    '    geldig_tot: null',
  );
}
for (let i = 0; i < WORK_ORGANISATIONS; i++) {
  const members = gm.slice(i * 5, i * 5 + 2 + (i % 3));
  lines.push(
    `  - code: WO${String.fromCharCode(65 + (i % 26))}${String(i).padStart(2, '0')}`,
    `    naam: ${q(`Werkorganisatie ${String(i + 1).padStart(2, '0')}`)}`,
    '    soort: werkorganisatie',
    `    leden: [${members.join(', ')}]`,
    `    riec: ${q(`RIEC ${String.fromCharCode(65 + (i % RIECS))}`)}`,
    '    geldig_vanaf: null',
    '    geldig_tot: null',
  );
}
lines.push(
  'grootteklassen:',
  '  peildatum: 2024-01-01',
  '  bron: verzonnen',
  '  klassen:',
  '    - { id: tot-20000, tot: 20000, label: "minder dan 20.000 inwoners" }',
  '    - { id: 20000-50000, tot: 50000, label: "20.000 tot 50.000 inwoners" }',
  '    - { id: 50000-100000, tot: 100000, label: "50.000 tot 100.000 inwoners" }',
  '    - { id: 100000-plus, label: "100.000 inwoners of meer" }',
);
writeFileSync(process.argv[2], `${lines.join('\n')}\n`);
