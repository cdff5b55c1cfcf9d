import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalStack } from '../../local/stack';
import { devIssuer } from '../../local/dev-issuer';
import { graphql, startTestStack } from '../harness/local-stack';

const root = join(__dirname, '..', '..');
const VIEWER = '{ viewer { kind organizationId id role } }';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('staff sign-in on the local stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-issuer-'));
  const issuerFile = join(dir, 'dev-issuer.json');
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack({ devIssuerFile: issuerFile });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a token from `npm run token`, with the organization, role and staff id it names', async () => {
    const token = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/token.ts', '--role', 'handler', '--org', 'acme', '--staff', 'h7'], {
      cwd: root,
      env: { ...process.env, DEV_ISSUER_FILE: issuerFile },
      encoding: 'utf8',
    }).trim();
    const res = await graphql(stack, VIEWER, {}, bearer(token));
    expect(res.data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'acme', id: 'h7', role: 'HANDLER' });
  });

  it('sees a caller without credentials as a complainant without an account', async () => {
    expect((await graphql(stack, VIEWER)).data!.viewer).toEqual({ kind: 'COMPLAINANT', organizationId: null, id: null, role: null });
  });

  it('refuses a token signed by another key, an expired token, and a malformed header, with UNAUTHENTICATED', async () => {
    const stranger = devIssuer(join(dir, 'another-key.json')).mint({ organizationId: 'acme', role: 'ADMIN', staffId: 'x' });
    const expired = devIssuer(issuerFile).mint({ organizationId: 'acme', role: 'ADMIN', staffId: 'x' }, -60);
    for (const headers of [bearer(stranger), bearer(expired), { authorization: 'Basic abc' }]) {
      const res = await graphql(stack, VIEWER, {}, headers);
      expect(res.status).toBe(401);
      expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
  });

  it('refuses a token whose role is not one of the platform\'s', async () => {
    const issuer = devIssuer(issuerFile);
    const forged = issuer.mint({ organizationId: 'acme', role: 'ROOT' as never, staffId: 'x' });
    expect((await graphql(stack, VIEWER, {}, bearer(forged))).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
