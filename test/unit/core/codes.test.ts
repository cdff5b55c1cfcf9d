import { accessCodeMatches, hashAccessCode, newAccessCode, newReference } from '../../../functions/core/intake/codes';

describe('references and access codes', () => {
  it('builds a reference from the day received and six unambiguous characters', () => {
    expect(newReference('2026-11-29')).toMatch(/^CP-20261129-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('draws different references', () => {
    const refs = new Set(Array.from({ length: 1000 }, () => newReference('2026-11-29')));
    expect(refs.size).toBeGreaterThan(995);
  });

  it('shows the access code as two groups of five', () => {
    expect(newAccessCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('stores only a hash, salted by the complaint', () => {
    const code = newAccessCode();
    expect(hashAccessCode('a', code)).not.toContain(code.replace('-', ''));
    expect(hashAccessCode('a', code)).not.toBe(hashAccessCode('b', code));
  });

  it('accepts the code as people type it and refuses another code', () => {
    const hash = hashAccessCode('c1', 'AB01C-DE1FG');
    expect(accessCodeMatches('c1', 'ab01c de1fg', hash)).toBe(true);
    expect(accessCodeMatches('c1', 'ABO1CDEIFG', hash)).toBe(true); // O for 0, I for 1
    expect(accessCodeMatches('c1', 'AB01C-DE1FH', hash)).toBe(false);
    expect(accessCodeMatches('c2', 'AB01C-DE1FG', hash)).toBe(false);
  });
});
