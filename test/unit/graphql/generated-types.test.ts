import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('types generated from schema.graphql', () => {
  it('are up to date (run npm run codegen after changing the schema)', () => {
    // --check generates in memory and exits non-zero when a generated file would change.
    const run = spawnSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({ status: 0, output: '' });
  }, 60_000);
});
