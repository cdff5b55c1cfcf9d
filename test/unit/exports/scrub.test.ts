import type { Complainant } from '../../../functions/core/complaint';
import { scrubNarrative } from '../../../functions/core/exports/scrub';

const jane: Complainant = {
  name: 'Jane Smith',
  email: 'jane.smith@example.com',
  phone: '+44 20 7946 0958',
  postalAddress: '12 Baker Street, London NW1 6XE',
  preferredLanguage: 'EN',
};
const wang: Complainant = { name: '王小明', email: 'wang@example.cn', phone: '+86 138 0013 8000', postalAddress: '上海市浦东新区世纪大道 100 号', preferredLanguage: 'ZH_CN' };

describe('scrubNarrative', () => {
  it("replaces the complainant's own name, in whole and in parts, with XXXX", () => {
    expect(scrubNarrative('My name is Jane Smith. Ms smith was told to wait; JANE called again.', jane)).toBe('My name is XXXX. Ms XXXX was told to wait; XXXX called again.');
  });

  it('finds a Chinese name written straight against other characters', () => {
    expect(scrubNarrative('我是王小明，家中两周没有信号。', wang)).toBe('我是XXXX，家中两周没有信号。');
  });

  it('finds a two-character Chinese name too', () => {
    expect(scrubNarrative('我叫王伟，王伟的账户被冻结', { ...wang, name: '王伟' })).toBe('我叫XXXX，XXXX的账户被冻结');
  });

  it('leaves words that merely contain a part of the name', () => {
    expect(scrubNarrative('The janitor was smithing.', jane)).toBe('The janitor was smithing.');
  });

  it("replaces the complainant's address, whole or a line of it", () => {
    expect(scrubNarrative('I live at 12 Baker Street and the engineer never came.', jane)).toBe('I live at XXXX and the engineer never came.');
    expect(scrubNarrative('寄到上海市浦东新区世纪大道 100 号的账单', wang)).toBe('寄到XXXX的账单');
  });

  it('replaces any email address, not only theirs', () => {
    expect(scrubNarrative('I wrote to support@acme-bank.example and jane.smith@example.com, and cc’d my lawyer a.b+c@law.example.org.', jane)).toBe(
      'I wrote to XXXX and XXXX, and cc’d my lawyer XXXX.',
    );
    expect(scrubNarrative('请联系我的邮箱li.lei@mail.example.cn谢谢', wang)).toBe('请联系我的邮箱XXXX谢谢');
  });

  it('replaces phone numbers as people write them', () => {
    expect(scrubNarrative('Call me on 020 7946 0958 or (555) 123-4567 or +1.555.987.6543.', jane)).toBe('Call me on XXXX or XXXX or XXXX.');
    expect(scrubNarrative('客服电话 400-820-8820 打了十次，我的手机 13912345678。', wang)).toBe('客服电话 XXXX 打了十次，我的手机 XXXX。');
  });

  it('replaces account and card numbers, and keeps short numbers such as amounts, days and years', () => {
    expect(scrubNarrative('Account 12345678 and card 4111 1111 1111 1111 were charged $250 twice on 3 May 2024.', jane)).toBe(
      'Account XXXX and card XXXX were charged $250 twice on 3 May 2024.',
    );
  });

  it('leaves a narrative without personal data as it is', () => {
    const text = 'No signal at home for two weeks; the hotline never answered.';
    expect(scrubNarrative(text, jane)).toBe(text);
  });
});
