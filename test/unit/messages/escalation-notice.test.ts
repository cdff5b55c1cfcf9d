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

describe('renderNotice: ESCALATION to staff', () => {
  it('names the level, the reference and that it is overdue in the subject', () => {
    expect(escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L2] CP-2026-000123 overdue');
    expect(escalation({ level: 'HANDLER', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L1] CP-2026-000123 overdue');
    expect(escalation({ level: 'MANAGER', reason: 'CN_ACCEPTANCE' }).subject).toBe('[Escalation L3] CP-2026-000123 overdue');
  });

  it('writes Chinese first, then English, in one message', () => {
    const { text, html } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    const chinese = text.indexOf('投诉 CP-2026-000123 已升级至第 2 级(主管)。');
    const english = text.indexOf('Complaint CP-2026-000123 has been escalated to level 2 (supervisor).');
    expect(chinese).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(chinese);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<div lang="en-GB">');
  });

  it('gives the overdue clock as the reason, with its due time in the organization zone', () => {
    const { text } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(text).toContain('原因:时限 CN_ACCEPTANCE 已于 2026年12月9日 23:59 (Asia/Shanghai) 到期。');
    expect(text).toContain('Reason: clock CN_ACCEPTANCE was due 9 December 2026 at 23:59 (Asia/Shanghai).');
  });

  it("gives a person's reason as written, says escalated rather than overdue, and escapes it in HTML", () => {
    const email = escalation({ level: 'MANAGER', reason: 'Customer threatens press <urgent>' });
    expect(email.subject).toBe('[Escalation L3] CP-2026-000123 escalated');
    expect(email.text).toContain('原因:Customer threatens press <urgent>');
    expect(email.text).toContain('Reason: Customer threatens press <urgent>');
    expect(email.html).toContain('Customer threatens press &lt;urgent&gt;');
    expect(email.html).not.toContain('<urgent>');
  });

  it('states the status, category and received date, and every clock with its due time', () => {
    const { text } = escalation({ level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' });
    expect(text).toContain('状态:调查中;类别:Mobile network;收到日期:2026年11月30日。');
    expect(text).toContain('时限:\nCN_ACCEPTANCE:2026年12月9日 23:59 (Asia/Shanghai) 到期\nSLA_RESOLUTION:2026年12月20日 17:30 (Asia/Shanghai) 到期');
    expect(text).toContain('Status: investigating; category: Mobile network; received: 30 November 2026.');
    expect(text).toContain('Clocks:\nCN_ACCEPTANCE: due 9 December 2026 at 23:59 (Asia/Shanghai)\nSLA_RESOLUTION: due 20 December 2026 at 17:30 (Asia/Shanghai)');
  });

  it('lists only clocks still running, marking paused ones', () => {
    const complaint = sampleComplaint({
      clocks: [
        clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', { stoppedAt: '2026-12-02T02:00:00.000Z', state: 'MET' }),
        clock('SLA_RESOLUTION', '2026-12-20T09:30:00.000Z', { pausedAt: '2026-12-05T02:00:00.000Z', state: 'PAUSED' }),
      ],
    });
    const { text } = escalation({ level: 'HANDLER', reason: 'SLA_RESOLUTION' }, complaint);
    expect(text).toContain('Clocks:\nSLA_RESOLUTION: due 20 December 2026 at 17:30 (Asia/Shanghai) (paused)\n\n');
    expect(text).toContain('时限:\nSLA_RESOLUTION:2026年12月20日 17:30 (Asia/Shanghai) 到期(已暂停)\n\n');
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
});
