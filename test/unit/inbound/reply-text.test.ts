import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MimeMailParser } from '../../../functions/adapters/mail/mime-parser';
import { newReplyText, withoutSignature } from '../../../functions/core/inbound/reply-text';
import { CORPUS } from '../../fixtures/email/corpus';

const ACK = '您好，我们已收到您的投诉，编号 CP-20261206-7K3M9Q。';

const replies = Object.entries(CORPUS)
  .filter(([, expected]) => expected.reply !== undefined)
  .map(([file, expected]) => ({ file, expected, description: expected.description }));

describe('keeping what the sender newly wrote', () => {
  it.each(replies)('$file ($description): only the new text', async ({ file, expected }) => {
    const parsed = await new MimeMailParser().parse(readFileSync(join(__dirname, '../../fixtures/email', file)));
    expect(newReplyText(parsed.text)).toBe(expected.reply);
  });

  it('cuts a Gmail quote, its attribution on one line or wrapped onto two', () => {
    expect(newReplyText(`Still waiting.\n\nOn Sun, Dec 6, 2026 at 10:00 AM Desk <complaints@example.org> wrote:\n\n> ${ACK}\n`)).toBe('Still waiting.');
    expect(newReplyText(`Still waiting.\n\nOn Sun, Dec 6, 2026 at 10:00 AM Desk <complaints@example.org>\nwrote:\n\n> ${ACK}\n`)).toBe('Still waiting.');
    expect(newReplyText(`还没到账。\n\n在 2026年12月6日周日 10:00，投诉受理中心 <complaints@example.org> 写道：\n\n> ${ACK}\n`)).toBe('还没到账。');
  });

  it('cuts Outlook’s quoted header block, in English and Chinese, and its older separator', () => {
    expect(newReplyText(`See attached.\n\n________________________________\nFrom: Desk <complaints@example.org>\nSent: Sunday, December 6, 2026 10:00 AM\nTo: Li Lei\nSubject: x\n\n${ACK}`)).toBe('See attached.');
    expect(newReplyText(`发票已补充。\n\n发件人: 投诉受理中心 <complaints@example.org>\n发送时间: 2026年12月6日 10:00\n收件人: 王芳\n主题: x\n\n${ACK}`)).toBe('发票已补充。');
    expect(newReplyText(`See attached.\n\n-----Original Message-----\nFrom: Desk\nSent: Sunday\n\n${ACK}`)).toBe('See attached.');
    expect(newReplyText(`补充。\n\n-----原始邮件-----\n发件人: 投诉受理中心\n\n${ACK}`)).toBe('补充。');
  });

  it('cuts QQ Mail’s separator, written with &nbsp; or spaces, in Chinese and English', () => {
    expect(newReplyText(`东西摔坏了。\n\n------------------&nbsp;原始邮件&nbsp;------------------\n发件人: "投诉受理中心"<complaints@example.org>;\n${ACK}`)).toBe('东西摔坏了。');
    expect(newReplyText(`东西摔坏了。\n\n------------------ 原始邮件 ------------------\n${ACK}`)).toBe('东西摔坏了。');
    expect(newReplyText(`Broken.\n\n------------------\u00a0Original\u00a0------------------\nFrom: x\n${ACK}`)).toBe('Broken.');
  });

  it('cuts NetEase 163’s attribution and its mobile client’s quote', () => {
    expect(newReplyText(`一周了。\n\n\n\n在 2026-12-06 10:00:00，"投诉受理中心" <complaints@example.org> 写道：\n>${ACK}`)).toBe('一周了。');
    expect(newReplyText(`好的。\n\n---- 回复的原邮件 ----\n| 发件人 | 投诉受理中心<complaints@example.org> |\n${ACK}`)).toBe('好的。');
  });

  it('cuts Apple Mail’s quote and the iPhone footer', () => {
    expect(newReplyText(`Photo attached.\n\n> On Dec 6, 2026, at 10:00, Desk <complaints@example.org> wrote:\n> \n> ${ACK}`)).toBe('Photo attached.');
    expect(newReplyText(`店员说找总部。\n\n发自我的iPhone\n\n> 在 2026年12月6日，10:00，投诉受理中心 <complaints@example.org> 写道：\n> ${ACK}`)).toBe('店员说找总部。');
  });

  it.each(['发自我的iPhone', '发自我的小米手机', '发自我的华为手机', '发自网易邮箱大师', '网易邮箱大师', 'Sent from my iPhone', 'Get Outlook for Android', '来自QQ邮箱'])(
    'drops the footer "%s" at the end',
    (footer) => {
      expect(newReplyText(`已经处理好了，谢谢。\n\n${footer}\n`)).toBe('已经处理好了，谢谢。');
    },
  );

  it('keeps the sender’s own sentence that ends in 写道 or wrote (no date in it)', () => {
    expect(newReplyText('在收据上店员写道：\n“已退款”，但我没收到。')).toBe('在收据上店员写道：\n“已退款”，但我没收到。');
    expect(newReplyText('On the receipt the clerk wrote:\n"refunded".')).toBe('On the receipt the clerk wrote:\n"refunded".');
  });

  it('keeps a line that only mentions a phone in the middle of the text', () => {
    expect(newReplyText('发自我的iPhone的投诉没有回音。\n第二行。')).toBe('发自我的iPhone的投诉没有回音。\n第二行。');
  });

  it('cuts the signature after "-- "', () => {
    expect(newReplyText('Thanks.\n\n-- \nLi Lei\nExample Ltd.\n+86 10 0000 0000')).toBe('Thanks.');
  });

  it('drops lines quoted with ">" between the sender’s own lines', () => {
    expect(newReplyText(`> Which order?\n20261130-8841\n> Which store?\nThe one on Main Street.`)).toBe('20261130-8841\nThe one on Main Street.');
  });

  it('keeps the original text when cutting would leave nothing', () => {
    const onlyQuote = `> ${ACK}\n> 直接回复本邮件即可补充材料。`;
    expect(newReplyText(onlyQuote)).toBe(onlyQuote);
  });

  it('leaves a message with no quote as it is, trimmed', () => {
    expect(newReplyText('\n我的问题还没有解决。\n\n请再联系我。\n\n')).toBe('我的问题还没有解决。\n\n请再联系我。');
  });
});

describe('a new message without its signature', () => {
  it('keeps what it quotes or forwards, and cuts the signature and the mobile footer', () => {
    const forwarded = '请看商家的回信。\n\n---------- Forwarded message ---------\nFrom: 商家 <shop@example.net>\n\n我们不支持七天无理由退货。';
    expect(withoutSignature(`${forwarded}\n-- \n李雷\n电话 138`)).toBe(forwarded);
    expect(withoutSignature('冰箱送来就是坏的。\n\n发自我的iPhone')).toBe('冰箱送来就是坏的。');
  });
});
