import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CFPB_SAMPLE } from '../../../bench/import-throughput';

const ROOT = join(__dirname, '..', '..', '..');

/** Every TypeScript file of the repository outside node_modules and build output. */
function sources(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'cdk.out', '.data', '.git', 'coverage'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('what the README, the bench and the tests read lives in the repository', () => {
  it('imports the CFPB sample the README and the bench name from bench/data/source', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const imported = [...readme.matchAll(/npm run import -- ([\w./-]+\.(?:csv|json))/g)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    for (const file of imported) expect([file, existsSync(join(ROOT, file))]).toEqual([file, true]);
    expect(relative(ROOT, CFPB_SAMPLE)).toBe('bench/data/source/cfpb_complaints_sample_2015-2020.csv');
    expect(existsSync(CFPB_SAMPLE)).toBe(true);
  });

  it('reads no file from outside the repository (no ../shared)', () => {
    const outside = sources().filter((file) => /['"`](\.\.\/)+shared\//.test(readFileSync(file, 'utf8')) && !relative(ROOT, file).startsWith('web/'));
    expect(outside.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
