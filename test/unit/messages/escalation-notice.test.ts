import { renderNotice, type NoticeContext } from '../../../functions/core/messages/render-notice';
import { NoticeContentMissing } from '../../../functions/core/messages/missing-content';
import { clock, notification, sampleComplaint } from './sample-complaint';

const CTX: NoticeContext = { trackingUrl: 'https://track.example/', timeZone: 'Asia/Shanghai' };

const overdueComplaint = sampleComplaint({
  status: 'INVESTIGATING',
  handlerId: 'staff-7',
  clocks: [clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z'), clock('SLA_RESOLUTION', '2026-12-20T09:30:00.000Z')],
  escalation: { level: 'SUPERVISOR', at: '2026-12-10T00:00:00.000Z', reason: 'CN_ACCEPTANCE' },
});

const escalation = (detail: Record<string, string>, complaint = overdueComplaint) => renderNotice(notification('ESCALATION', detail, 'staff-2'), complaint, CTX);

/** The same, to a member of staff who reads email in `language`. */
const escalationIn = (language: 'EN' | 'ZH_CN', detail: Record<string, string>, complaint = overdueComplaint) =>
  renderNotice(notification('ESCALATION', detail, 'staff-2'), complaint, { ...CTX, staffLanguage: (id) => (id === 'staff-2' ? language : undefined) });

describe('renderNotice: ESCALATION to staff', () => {
  it('names the level, the reference and that it is overdue in the subject', () => {
    expect(escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L2] CP-2026-000123 overdue');
    expect(escalation({ level: 'HANDLER', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L1] CP-2026-000123 overdue');
    expect(escalation({ level: 'MANAGER', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L3] CP-2026-000123 overdue');
  });

  it('writes Chinese first, then English, in one message to staff who set no language', () => {
    const { text, html } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    const chinese = text.indexOf('投诉 CP-2026-000123 已升级至第 2 级（主管）。');
    const english = text.indexOf('Complaint CP-2026-000123 has been escalated to level 2 (supervisor).');
    expect(chinese).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(chinese);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<div lang="en-GB">');
  });

  it('gives the overdue clock as the reason, with its due time in the organization zone', () => {
    const { text } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(text).toContain('原因：时限“受理决定（7个工作日）”已于 2026年12月9日 23:59（Asia/Shanghai）到期。');
    expect(text).toContain('Reason: clock "Decision on acceptance (7 working days)" was due 9 December 2026 at 23:59 (Asia/Shanghai).');
  });

  it("gives a person's reason as written, says escalated rather than overdue, and escapes it in HTML", () => {
    const email = escalation({ level: 'MANAGER', reason: 'Customer threatens press <urgent>' });
    expect(email.subject).toBe('[Escalation L3] CP-2026-000123 escalated');
    expect(email.text).toContain('原因：Customer threatens press <urgent>');
    expect(email.text).toContain('Reason: Customer threatens press <urgent>');
    expect(email.html).toContain('Customer threatens press &lt;urgent&gt;');
    expect(email.html).not.toContain('<urgent>');
  });

  it('states the status, category and received date, and every clock with its due time', () => {
    const { text } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(text).toContain('状态：调查中；类别：Mobile network；收到日期：2026年11月30日。');
    expect(text).toContain('时限：\n受理决定（7个工作日）：2026年12月9日 23:59（Asia/Shanghai）到期\n处理完结：2026年12月20日 17:30（Asia/Shanghai）到期');
    expect(text).toContain('Status: investigating; category: Mobile network; received: 30 November 2026.');
    expect(text).toContain('Clocks:\nDecision on acceptance (7 working days): due 9 December 2026 at 23:59 (Asia/Shanghai)\nResolution: due 20 December 2026 at 17:30 (Asia/Shanghai)');
  });

  it('lists only clocks still running, marking paused ones', () => {
    const complaint = sampleComplaint({
      clocks: [
        clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', { stoppedAt: '2026-12-02T02:00:00.000Z', state: 'MET' }),
        clock('SLA_RESOLUTION', '2026-12-20T09:30:00.000Z', { pausedAt: '2026-12-05T02:00:00.000Z', state: 'PAUSED' }),
      ],
    });
    const { text } = escalation({ level: 'HANDLER', reason: 'SLA_RESOLUTION' }, complaint);
    expect(text).toContain('Clocks:\nResolution: due 20 December 2026 at 17:30 (Asia/Shanghai) (paused)\n\n');
    expect(text).toContain('时限：\n处理完结：2026年12月20日 17:30（Asia/Shanghai）到期（已暂停）\n\n');
  });

  it("carries none of the complainant's personal data or the facts", () => {
    const email = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    const all = `${email.subject}\n${email.text}\n${email.html}`;
    const { complainant } = overdueComplaint;
    for (const personal of [complainant.name, complainant.email, complainant.phone, complainant.postalAddress, overdueComplaint.facts, overdueComplaint.remedyRequested]) {
      expect(all).not.toContain(personal);
    }
    expect(all).not.toContain(CTX.trackingUrl);
  });

  it('falls back to the escalation recorded on the complaint when the notification has no detail', () => {
    const email = escalation({});
    expect(email.subject).toBe('[Escalation L2] CP-2026-000123 overdue');
  });

  it('refuses to render an escalation without a level', () => {
    expect(() => escalation({}, sampleComplaint())).toThrow(NoticeContentMissing);
    expect(() => escalation({ level: 'toString' })).toThrow(NoticeContentMissing);
  });

  it('is written wholly in English, subject included, to a member of staff who reads English', () => {
    const email = escalationIn('EN', { level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(email.subject).toBe('[Escalation L2] CP-2026-000123 overdue');
    expect(email.text).toContain('Complaint CP-2026-000123 has been escalated to level 2 (supervisor).');
    expect(email.text).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(email.html).toContain('<html lang="en-GB">');
  });

  it('is written wholly in Chinese, with Chinese clock labels, to a member of staff who reads Chinese', () => {
    const email = escalationIn('ZH_CN', { level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(email.subject).toBe('【升级 L2】投诉 CP-2026-000123 已逾期');
    expect(email.text).toContain('受理决定（7个工作日）：2026年12月9日 23:59（Asia/Shanghai）到期');
    expect(email.text).not.toContain('Complaint');
    expect(email.text).not.toContain('CN_ACCEPTANCE');
  });

  it('marks a clock whose due time rests on estimated holidays as provisional, and says why', () => {
    const complaint = sampleComplaint({ clocks: [clock('CN_ACCEPTANCE', '2027-01-05T15:59:59.999Z', { provisional: true })] });
    const en = escalationIn('EN', { level: 'HANDLER', reason: 'CN_ACCEPTANCE' }, complaint).text;
    expect(en).toContain('Decision on acceptance (7 working days): due 5 January 2027 at 23:59 (Asia/Shanghai) (provisional)');
    expect(en).toContain("that year's official holidays are not published yet");
    const zh = escalationIn('ZH_CN', { level: 'HANDLER', reason: 'CN_ACCEPTANCE' }, complaint).text;
    expect(zh).toContain('到期（暂定）');
  });
});
