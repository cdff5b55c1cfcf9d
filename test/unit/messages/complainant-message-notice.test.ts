import { renderNotice, type NoticeContext } from '../../../functions/core/messages/render-notice';
import { notification, sampleComplaint } from './sample-complaint';

const CTX: NoticeContext = { trackingUrl: 'https://track.example/', timeZone: 'Asia/Shanghai' };
const complaint = sampleComplaint({ status: 'INVESTIGATING', handlerId: 'staff-7' });
const message = (language?: 'EN' | 'ZH_CN') =>
  renderNotice(notification('COMPLAINANT_MESSAGE', { at: '2026-12-10T02:30:00.000Z' }, 'staff-7'), complaint, { ...CTX, staffLanguage: () => language });

describe('renderNotice: COMPLAINANT_MESSAGE to the handler', () => {
  it('tells the handler in their language that the complainant wrote, when, and the status', () => {
    const email = message('EN');
    expect(email.subject).toBe('[Complainant message] CP-2026-000123');
    expect(email.text).toContain('The complainant of CP-2026-000123 wrote a new message by email on 10 December 2026 at 10:30 (Asia/Shanghai).');
    expect(email.text).toContain('Current status: ');
    expect(email.text).not.toContain('投诉人');
  });

  it('writes Chinese then English to staff who set no language', () => {
    const { text } = message();
    const chinese = text.indexOf('投诉 CP-2026-000123 的投诉人于 2026年12月10日 10:30（Asia/Shanghai）通过邮件发来一条新消息。');
    expect(chinese).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('The complainant of CP-2026-000123 wrote')).toBeGreaterThan(chinese);
  });

  it("leaves out the complainant's name, contact details and what they wrote", () => {
    const { text, html } = message('ZH_CN');
    for (const personal of [complaint.complainant.name, complaint.complainant.email!, complaint.facts]) {
      expect(text).not.toContain(personal);
      expect(html).not.toContain(personal);
    }
  });
});
