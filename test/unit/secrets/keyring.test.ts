import { KeyringError, parseKeyring, rotated, serializeKeyring, verificationKeys } from '../../../functions/core/secrets/keyring';

const A = 'a'.repeat(43);
const B = 'b'.repeat(43);
const C = 'c'.repeat(43);
const D = 'd'.repeat(43);

describe('the keyring of a rotating secret', () => {
  it('reads a plain secret (as CDK generates it, and every secret before rotation) as one current key', () => {
    expect(parseKeyring(`${A}\n`)).toEqual({ current: A, previous: [] });
  });

  it('reads back what it writes', () => {
    const keyring = { current: A, next: B, previous: [{ key: C, retiredAt: '2026-12-01T00:00:00.000Z' }], rotatedAt: '2026-12-01T00:00:00.000Z' };
    expect(parseKeyring(serializeKeyring(keyring))).toEqual(keyring);
  });

  it('refuses a short key, a broken JSON value or a retired key without its time, without showing the value', () => {
    expect(() => parseKeyring('a-short-secret')).toThrow(new KeyringError("The secret's value must be a key of at least 32 characters."));
    expect(() => parseKeyring(`{"current": "${A}"`)).toThrow('is not JSON');
    expect(() => parseKeyring(JSON.stringify({ current: A, next: 'short' }))).toThrow('"next" must be a key of at least 32 characters');
    expect(() => parseKeyring(JSON.stringify({ current: A, previous: [{ key: B }] }))).toThrow('"previous"[0].retiredAt must be an ISO time');
    expect(() => parseKeyring(JSON.stringify({ current: A, previous: [{ key: 'a-short-secret', retiredAt: '2026-12-01T00:00:00Z' }] }))).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('a-short-secret') }),
    );
  });

  it('first publishes a next key, then makes it current and retires the old one', () => {
    const once = rotated({ current: A, previous: [] }, new Date('2027-01-01T00:00:00Z'), B);
    expect(once).toEqual({ current: A, next: B, previous: [], rotatedAt: '2027-01-01T00:00:00.000Z' });
    const twice = rotated(once, new Date('2027-04-01T00:00:00Z'), C);
    expect(twice).toEqual({ current: B, next: C, previous: [{ key: A, retiredAt: '2027-04-01T00:00:00.000Z' }], rotatedAt: '2027-04-01T00:00:00.000Z' });
    expect(verificationKeys(twice)).toEqual([B, A, C]);
  });

  it('keeps a retired key for 180 days, then drops it', () => {
    const keyring = { current: B, next: C, previous: [{ key: A, retiredAt: '2027-01-01T00:00:00.000Z' }] };
    expect(rotated(keyring, new Date('2027-06-29T00:00:00Z'), D).previous.map((p) => p.key)).toEqual([B, A]);
    expect(rotated(keyring, new Date('2027-07-01T00:00:00Z'), D).previous.map((p) => p.key)).toEqual([B]);
  });
});
