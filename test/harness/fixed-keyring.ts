import type { Keyring, KeyringSource } from '../../functions/core/secrets/keyring';

/** A keyring source that answers the keyring it holds, which a test may replace (a rotation). */
export class FixedKeyring implements KeyringSource {
  constructor(public value: Keyring) {}

  static of(current: string): FixedKeyring {
    return new FixedKeyring({ current, previous: [] });
  }

  keyring(): Promise<Keyring> {
    return Promise.resolve(this.value);
  }
}
