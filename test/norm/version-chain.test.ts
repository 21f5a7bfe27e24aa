import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNormFile } from '../../src/io/read-norm-files.js';
import { checkVersionChain } from '../../src/norm/check-version-chain.js';
import type { Norm } from '../../src/norm/norm-schema.js';
import { identityMap, versionMapFrom, versionStep } from '../../src/norm/version-map.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const TEST_NORM = path.join(REPO_ROOT, 'test', 'fixtures', 'versions', 'norm-1.0.0.yaml');

let v09: Norm;
let v10: Norm;
beforeAll(async () => {
  const loaded = await readNormFile(TEST_NORM);
  if (!loaded.norm || !loaded.archive[0]) throw new Error(JSON.stringify(loaded.findings));
  v10 = loaded.norm;
  v09 = loaded.archive[0].norm;
});

const principle = (n: Norm, id: string) => n.themas.flatMap((t) => t.uitgangspunten).find((p) => p.id === id);
const codes = (norm: Norm, archive: Norm[]) =>
  checkVersionChain(norm, archive).map((f) => {
    const a = f.args as { was?: string; previous?: string; key?: string };
    return `${f.code} ${a.was ?? a.previous ?? a.key ?? ''}`.trim();
  });

describe('the chain of versions (norm check)', () => {
  it('reads the test norm with its archive, without findings', async () => {
    const loaded = await readNormFile(TEST_NORM);
    expect(loaded.findings).toEqual([]);
    expect(loaded.archive.map((a) => a.norm.versie)).toEqual(['0.9.0']);
    expect(v10.vorige_versie).toBe('0.9.0');
  });

  it('finds the previous version in the archive, or says it is missing or not older', () => {
    expect(codes(v10, [])).toEqual(['NORM_PREVIOUS_MISSING 0.9.0']);
    expect(codes({ ...v10, vorige_versie: '1.0.0' }, [v09])).toEqual(['NORM_PREVIOUS_NOT_OLDER 1.0.0']);
    expect(codes(v10, [v09])).toEqual([]);
  });

  it('every was id exists in the previous version; every old id is continued or removed, not both', () => {
    const bad = structuredClone(v10);
    const p58 = principle(bad, '5.8');
    if (p58) p58.was = ['9.9'];
    expect(codes(bad, [v09])).toEqual(['NORM_WAS_UNKNOWN 9.9']);

    const dropped = structuredClone(v10);
    dropped.vervallen = [];
    expect(codes(dropped, [v09])).toEqual(['NORM_OLD_UNACCOUNTED 4.7']);

    const both = structuredClone(v10);
    both.vervallen = [{ id: '4.7' }, { id: '4.6' }, { id: '8.1' }];
    expect(codes(both, [v09])).toEqual(['NORM_REMOVED_CONTINUED 4.6', 'NORM_WAS_UNKNOWN 8.1']);
  });

  it('was, wijziging and vervallen need a vorige_versie', () => {
    const loose = structuredClone(v10);
    delete loose.vorige_versie;
    expect(codes(loose, [v09]).filter((c) => c.startsWith('NORM_VERSION_LINK_WITHOUT_PREVIOUS'))).toHaveLength(6); // 4 was, 1 wijziging, vervallen
    expect(codes(v09, [])).toEqual([]);
  });
});

describe('version maps', () => {
  it('classifies every kind of change of the test norm', () => {
    const step = versionStep(v10, v09);
    const link = (id: string) => step.links.find((l) => l.id === id);
    expect(link('1.1')).toEqual({ id: '1.1', was: ['1.1'], kind: 'ongewijzigd' });
    expect(link('1.2')).toEqual({ id: '1.2', was: ['1.2'], kind: 'redactioneel' });
    expect(link('1.3')).toEqual({ id: '1.3', was: ['1.3'], kind: 'inhoudelijk' });
    expect(link('2.3')?.kind).toBe('ongewijzigd');
    expect(link('2.8')).toEqual({ id: '2.8', was: ['2.3'], kind: 'inhoudelijk' });
    expect(link('3.4')).toEqual({ id: '3.4', was: ['3.4', '3.5'], kind: 'samengevoegd' });
    expect(link('3.5')).toEqual({ id: '3.5', was: ['3.6'], kind: 'ongewijzigd' });
    expect(link('5.8')).toEqual({ id: '5.8', was: [], kind: 'nieuw' });
    expect(step.splits).toEqual([{ id: '2.3', into: ['2.3', '2.8'] }]);
    expect(step.merges).toEqual([{ id: '3.4', from: ['3.4', '3.5'] }]);
    expect(step.removed.map((r) => r.id)).toEqual(['4.7']);
  });

  it('follows the chain through the archive over more than one step', () => {
    // 1.1.0 renumbers 3.5 (was 3.6 in 0.9.0) to 3.9 and changes 1.2 in substance.
    const v11 = structuredClone(v10);
    v11.versie = '1.1.0';
    v11.vorige_versie = '1.0.0';
    delete v11.vervallen;
    for (const p of v11.themas.flatMap((t) => t.uitgangspunten)) {
      delete p.was;
      delete p.wijziging;
    }
    const p35 = principle(v11, '3.5');
    if (p35) Object.assign(p35, { id: '3.9', was: ['3.5'] });
    const p12 = principle(v11, '1.2');
    if (p12) p12.tekst = `${p12.tekst} Ook in de raad.`;
    expect(checkVersionChain(v11, [v09, v10])).toEqual([]);
    const map = versionMapFrom(v11, '0.9.0', [v09, v10]);
    expect(map?.from).toBe('0.9.0');
    const link = (id: string) => map?.links.find((l) => l.id === id);
    expect(link('3.9')).toEqual({ id: '3.9', was: ['3.6'], kind: 'ongewijzigd' });
    expect(link('1.2')).toEqual({ id: '1.2', was: ['1.2'], kind: 'inhoudelijk' });
    expect(link('3.4')?.kind).toBe('samengevoegd');
    expect(link('5.8')?.kind).toBe('nieuw');
    expect(map?.removed.map((r) => r.id)).toEqual(['4.7']);
    expect(versionMapFrom(v11, '0.8.0', [v09, v10])).toBeUndefined();
    expect(versionMapFrom(v10, '1.0.0', [])).toEqual(identityMap(v10));
  });
});
