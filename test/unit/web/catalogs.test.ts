import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every text of the web apps lives in their message catalogs, one per language.
const WEB = join(__dirname, '..', '..', '..', 'web');
const APPS = ['portal', 'staff'];
const catalog = (app: string, locale: string): Record<string, string> => JSON.parse(readFileSync(join(WEB, app, 'messages', `${locale}.json`), 'utf8'));

/** ASCII punctuation right after a Chinese character, where Chinese text takes the full-width form (，。：；？！（）). */
const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}[,.:;?!()]/u;

describe.each(APPS)('the %s catalogs', (app) => {
  it('hold only the two languages', () => {
    expect(readdirSync(join(WEB, app, 'messages')).sort()).toEqual(['en.json', 'zh-CN.json']);
  });

  it('hold the same keys in Chinese and English', () => {
    expect(Object.keys(catalog(app, 'en')).sort()).toEqual(Object.keys(catalog(app, 'zh-CN')).sort());
  });

  it('leave no text empty', () => {
    for (const locale of ['en', 'zh-CN']) {
      const empty = Object.entries(catalog(app, locale)).filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it('write Chinese with full-width punctuation', () => {
    const halfWidth = Object.entries(catalog(app, 'zh-CN')).filter(([, text]) => HALF_WIDTH_AFTER_HAN.test(text)).map(([key]) => key);
    expect(halfWidth).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const en = catalog(app, 'en');
    const differing = Object.entries(catalog(app, 'zh-CN')).filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(en[key] ?? ''))).map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
