import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The README captures the token with TOKEN=$(npm run -s token -- --role admin): run exactly that.
const root = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'token-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npmToken = (...args: string[]) =>
  promisify(execFile)('npm', ['run', '-s', 'token', '--', ...args], { cwd: root, env: { ...process.env, DEV_ISSUER_FILE: join(dir, 'issuer.json') }, encoding: 'utf8' });

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('npm run -s token', () => {
  it('prints one JWT and nothing else on stdout, signed in as the demo member for the role', async () => {
    const { stdout } = await npmToken('--role', 'admin');
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(claims(stdout.trim())).toMatchObject({ 'custom:org': 'default', 'custom:role': 'ADMIN', 'custom:staff_id': 'demo-admin' });
    const handler = await npmToken('--role', 'handler');
    expect(claims(handler.stdout.trim())).toMatchObject({ 'custom:role': 'HANDLER', 'custom:staff_id': 'demo-handler-1' });
  });

  it('says how to call it on stderr, with nothing on stdout, when the role is missing', async () => {
    const failed = await npmToken('--role', 'boss').then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect(failed!.stderr).toContain('Usage: npm run -s token -- --role <admin|supervisor|handler|analyst>');
  });
});
