// Writes the JSON Schemas of the tool's JSON outputs to docs/, generated from the TypeScript types
// that the renderers fill in, so that a schema cannot drift from what the tool writes. Run with
// `npm run schemas`; test/cli/output-schemas.test.ts checks they are current and that every JSON
// output produced in the tests validates against them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const OUTPUT_SCHEMAS = [
  {
    file: 'docs/validate.schema.json',
    source: 'src/render/validate/render-json.ts',
    type: 'ValidateJson',
    kind: 'validate',
    title: 'weerbaar validate --format json',
  },
  {
    file: 'docs/score.schema.json',
    source: 'src/render/score/render-json.ts',
    type: 'ScoreJson',
    kind: 'score',
    title: 'weerbaar score --format json',
  },
  {
    file: 'docs/report.schema.json',
    source: 'src/report/report-model.ts',
    type: 'Report',
    kind: 'report',
    title: 'weerbaar report: rapportage.json',
  },
  {
    file: 'docs/intake.schema.json',
    source: 'src/intake/build-intake.ts',
    type: 'IntakeReport',
    kind: 'intake',
    title: 'weerbaar intake --format json',
  },
  {
    file: 'docs/merge.schema.json',
    source: 'src/render/merge/render-merge.ts',
    type: 'MergeJson',
    kind: 'merge',
    title: 'weerbaar merge --format json',
  },
];

/**
 * One generator for every output: one TypeScript program over the five sources instead of one per
 * schema (building the program is most of the time). The type names are unique across them.
 */
let generator;
function sharedGenerator() {
  generator ??= createGenerator({
    path: path.join(root, `{${OUTPUT_SCHEMAS.map((s) => s.source).join(',')}}`),
    tsconfig: path.join(root, 'tsconfig.json'),
    skipTypeCheck: true,
    additionalProperties: false,
    topRef: false,
    jsDoc: 'basic',
  });
  return generator;
}

/** The schema of one output, as a formatted JSON text. */
export function outputSchemaText(spec) {
  const schema = sharedGenerator().createSchema(spec.type);
  const { $schema, ...rest } = schema;
  return `${JSON.stringify({ $schema, $id: `urn:weerbaar:schema:${spec.kind}:1`, title: spec.title, ...rest }, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const spec of OUTPUT_SCHEMAS) {
    await writeFile(path.join(root, spec.file), outputSchemaText(spec));
    console.log(`geschreven: ${spec.file}`);
  }
}
