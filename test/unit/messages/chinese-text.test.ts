import type { Complaint, NotificationKind } from '../../../functions/core/complaint';
import { clockLabel } from '../../../functions/core/lifecycle/clock-book';
import { renderNotice, type NoticeContext } from '../../../functions/core/messages/render-notice';
import { furtherRecourse } from '../../../functions/core/resolution/final-response';
import { clock, englishComplaint, notification, sampleComplaint } from './sample-complaint';

const URL = 'https://track.example/complaints';
const CTX: NoticeContext = { trackingUrl: URL, timeZone: 'Asia/Shanghai', staffName: () => '李娜' };

/** ASCII punctuation written against a Chinese character, where Chinese text takes the full-width form (：，；（）“”). */
const HALF_WIDTH_IN_CHINESE = /[\u4e00-\u9fff][:,;()"]|[:,;()"][\u4e00-\u9fff]/g;

const KINDS: Exclude<NotificationKind, 'ESCALATION' | 'WEBHOOK'>[] = [
  'ACKNOWLEDGEMENT', 'ACCEPTED', 'REJECTED', 'HANDLER_ASSIGNED', 'INFORMATION_REQUESTED', 'PUBLIC_REPLY',
  'FINAL_RESPONSE', 'FEEDBACK_SURVEY', 'CLOSED', 'REOPENED', 'WITHDRAWN',
];

const withEverything = (base: Complaint): Complaint => ({
  ...base,
  status: 'CLOSED',
  handlerId: 'staff-7',
  jurisdictions: ['CN', 'UK_FCA', 'US_CFPB'],
  decision: { accepted: false, reason: 'OTHER', explanation: 'x', at: '2026-12-01T02:00:00.000Z' },
  pendingRequest: 'x',
  finalResponse: {
    outcome: 'UPHELD', reasons: 'x', remedies: ['OTHER'], remedyDetails: 'x', followUpMeasures: 'x', rootCause: 'SYSTEM_FAILURE',
    furtherRecourse: furtherRecourse(['CN', 'UK_FCA', 'US_CFPB'], base.complainant.preferredLanguage, new Date('2026-12-20T02:00:00Z'), 'Asia/Shanghai'),
    at: '2026-12-20T02:00:00.000Z',
  },
  feedback: { rating: 4, resolved: true, at: '2026-12-22T02:00:00.000Z' },
});

const render = (kind: NotificationKind, complaint: Complaint) => renderNotice(notification(kind, { text: 'x', feedbackDueAt: '2027-01-03' }), complaint, CTX);

describe('Chinese text in emails and answers', () => {
  it.each(KINDS)('%s in zh-CN uses full-width punctuation in its Chinese sentences', (kind) => {
    const email = render(kind, withEverything(sampleComplaint()));
    expect(`${email.subject}\n${email.text}`.match(HALF_WIDTH_IN_CHINESE)).toBeNull();
  });

  it('writes the acknowledgement with full-width colons, commas and brackets', () => {
    const { text } = render('ACKNOWLEDGEMENT', sampleComplaint());
    expect(text).toContain('：');
    expect(text).toContain('，');
    expect(text).toContain('（');
  });

  it('writes the further recourse of every jurisdiction with full-width punctuation', () => {
    const text = furtherRecourse(['CN', 'UK_FCA', 'US_CFPB'], 'ZH_CN', new Date('2026-12-15T10:00:00Z'), 'Asia/Shanghai');
    expect(text.match(HALF_WIDTH_IN_CHINESE)).toBeNull();
  });

  it('labels every clock in Chinese with full-width brackets', () => {
    for (const id of ['CN_ACCEPTANCE', 'CN_MEDIATION', 'UK_FCA_SUMMARY_RESOLUTION', 'UK_FCA_FINAL_RESPONSE', 'US_CFPB_COMPANY_RESPONSE', 'US_CFPB_FINAL_RESPONSE', 'SLA_RESOLUTION']) {
      const label = clockLabel(id, 'ZH_CN');
      expect(label).toMatch(/[\u4e00-\u9fff]/);
      expect(label.match(HALF_WIDTH_IN_CHINESE)).toBeNull();
    }
  });

  it('writes a zh-CN escalation email with full-width punctuation', () => {
    const complaint = sampleComplaint({ status: 'INVESTIGATING', clocks: [clock('CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', { pausedAt: '2026-12-05T02:00:00.000Z' })] });
    const email = renderNotice(notification('ESCALATION', { level: 'SUPERVISOR', reason: 'CN_ACCEPTANCE' }, 'staff-2'), complaint, { ...CTX, staffLanguage: () => 'ZH_CN' });
    expect(`${email.subject}\n${email.text}`.match(HALF_WIDTH_IN_CHINESE)).toBeNull();
  });
});

describe('the tracking link in emails', () => {
  /** The track page with the complaint's reference filled in, as every complainant email links to it. */
  const LINK = `${URL}?reference=CP-2026-000123`;
  /** What follows each occurrence of the link: a mail client would take anything but a space or line end into it. */
  const after = (text: string) => text.split(LINK).slice(1).map((rest) => rest.slice(0, 1));

  it.each(KINDS)('%s never glues punctuation to the link, in either language', (kind) => {
    for (const complaint of [withEverything(sampleComplaint()), withEverything(englishComplaint())]) {
      const email = render(kind, complaint);
      const followers = after(email.text);
      expect(followers.length).toBeGreaterThan(0);
      for (const next of followers) expect(next === '' || /\s/.test(next)).toBe(true);
      for (const next of after(email.html)) expect(next === ' ' || next === '<').toBe(true);
    }
  });
});
