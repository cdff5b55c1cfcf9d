import { matchesSearch } from '../../../functions/core/search/matches';
import { parseSearch } from '../../../functions/core/search/query';
import { termKey } from '../../../functions/core/search/term-keys';
import { complaintTerms, MAX_INDEXED_TERMS, queryTerms } from '../../../functions/core/search/terms';
import { DomainError } from '../../../functions/core/errors';

const complaint = (over: { name?: string; email?: string; category?: string; facts?: string; reference?: string } = {}) => ({
  reference: over.reference ?? 'CP-20261129-7K3M9Q',
  complainant: { name: over.name ?? '王小明', email: over.email, preferredLanguage: 'ZH_CN' as const },
  category: over.category ?? 'Mobile network',
  facts: over.facts ?? '家中两周没有信号',
});

describe('search terms', () => {
  it('splits Chinese into every pair of consecutive characters and every single character', () => {
    const terms = complaintTerms(complaint({ name: 'Li', facts: '没有信号' }));
    expect(terms).toEqual(expect.arrayContaining(['没有', '有信', '信号', '没', '有', '信', '号']));
    expect(terms).not.toContain('没有信号');
  });

  it('searches a Chinese phrase by its bigrams, and a single Chinese character by itself', () => {
    expect(queryTerms('信号差')).toEqual({ terms: ['信号', '号差'], phrases: ['信号差'] });
    expect(queryTerms('王')).toEqual({ terms: ['王'], phrases: [] });
  });

  it('finds a Chinese name by its surname alone, and the whole name', () => {
    const c = complaint({ name: '王小明' });
    expect(matchesSearch(c, queryTerms('王'))).toBe(true);
    expect(matchesSearch(c, queryTerms('王小明'))).toBe(true);
    expect(matchesSearch(c, queryTerms('李'))).toBe(false);
  });

  it('does not take two bigrams found apart for the phrase they would make', () => {
    // 两个 and 个人 both occur, but never 两个人: the index alone would propose it.
    const apart = complaint({ facts: '两个问题，个人信息' });
    expect(queryTerms('两个人').terms.every((t) => complaintTerms(apart, Infinity).includes(t))).toBe(true);
    expect(matchesSearch(apart, queryTerms('两个人'))).toBe(false);
    expect(matchesSearch(complaint({ facts: '来了两个人' }), queryTerms('两个人'))).toBe(true);
  });

  it('lower-cases Latin words and folds their accents, so Müller, MULLER and muller are one word', () => {
    const c = complaint({ name: 'José Müller', facts: 'Straße closed; Ærø office' });
    for (const q of ['muller', 'MÜLLER', 'jose', 'strasse', 'aero']) expect(matchesSearch(c, queryTerms(q))).toBe(true);
    expect(complaintTerms(c)).toEqual(expect.arrayContaining(['jose', 'muller', 'strasse', 'closed', 'aero', 'office']));
  });

  it('folds full-width letters and digits to their plain forms', () => {
    expect(matchesSearch(complaint({ facts: '账单ＡＢＣ１２３号' }), queryTerms('abc123'))).toBe(true);
  });

  it('keeps an email address whole and by its parts', () => {
    const c = complaint({ email: 'Wei.Li+shop@Example.com' });
    const terms = complaintTerms(c);
    expect(terms).toEqual(expect.arrayContaining(['email:wei.li+shop@example.com', 'wei', 'li', 'shop', 'example', 'com']));
    expect(queryTerms('wei.li+shop@example.com')).toEqual({ terms: ['email:wei.li+shop@example.com'], phrases: [] });
    expect(matchesSearch(c, queryTerms('WEI.LI+SHOP@EXAMPLE.COM'))).toBe(true);
    expect(matchesSearch(c, queryTerms('example.com'))).toBe(true);
    expect(matchesSearch(c, queryTerms('other@example.com'))).toBe(false);
  });

  it('finds the reference exactly, however it is typed', () => {
    const c = complaint({ reference: 'CP-20261129-7K3M9Q' });
    expect(queryTerms(' cp-20261129-7k3m9q ')).toEqual({ terms: ['ref:CP-20261129-7K3M9Q'], phrases: [] });
    expect(matchesSearch(c, queryTerms('cp-20261129-7k3m9q'))).toBe(true);
    expect(matchesSearch(c, queryTerms('CP-20261129-7K3M9R'))).toBe(false);
    expect(matchesSearch(complaint({ reference: 'CFPB-3456789' }), queryTerms('cfpb-3456789'))).toBe(true);
  });

  it('ANDs the words of a query', () => {
    const c = complaint({ name: 'Anna Smith', facts: 'The router broke' });
    expect(matchesSearch(c, queryTerms('smith router'))).toBe(true);
    expect(matchesSearch(c, queryTerms('smith modem'))).toBe(false);
  });

  it('indexes nothing of a field an erasure emptied', () => {
    const terms = complaintTerms(complaint({ name: '[erased]', facts: '[erased]' }));
    expect(terms).toEqual(['ref:CP-20261129-7K3M9Q', 'mobile', 'network']);
  });

  it('keeps at most MAX_INDEXED_TERMS terms, the name and the reference before the facts', () => {
    const facts = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const terms = complaintTerms(complaint({ name: 'Zed Quill', facts }));
    expect(terms).toHaveLength(MAX_INDEXED_TERMS);
    expect(terms.slice(0, 3)).toEqual(['ref:CP-20261129-7K3M9Q', 'zed', 'quill']);
  });

  it('keys terms by an HMAC that shows nothing of the word and differs per organization and secret', () => {
    const key = termKey('s'.repeat(40), 'org-a', '王小明');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(termKey('s'.repeat(40), 'org-b', '王小明')).not.toBe(key);
    expect(termKey('t'.repeat(40), 'org-a', '王小明')).not.toBe(key);
  });

  it('refuses a search with nothing to look for, saying what to type', () => {
    for (const bad of ['   ', 'a', 'x'.repeat(201), '!!!']) {
      expect(() => parseSearch(bad)).toThrow(DomainError);
    }
    expect(() => parseSearch('a')).toThrow(/filter\.search: needs a word of at least two letters/);
  });
});
