import { readNormInputs, type NormInputs } from './read-norm-files.js';

/** For library users: the norm and registry (built-in unless paths are given), ready for validateWorkbook. */
export async function loadBuiltinNorm(files: { norm?: string; registry?: string } = {}): Promise<NormInputs> {
  const { inputs, findings } = await readNormInputs(files);
  if (!inputs) throw new Error(`norm or registry not valid: ${findings.map((f) => f.code).join(', ')}`);
  return inputs;
}
