import type { Complaint, FinalResponse, NotificationKind } from '../../../functions/core/complaint';
import { renderNotice, type NoticeContext } from '../../../functions/core/messages/render-notice';
import { NoticeContentMissing } from '../../../functions/core/messages/missing-content';
import { clock, englishComplaint, notification, sampleComplaint } from './sample-complaint';

const CTX: NoticeContext = {
  trackingUrl: 'https://track.example/',
  timeZone: 'Asia/Shanghai',
  staffName: (id) => ({ 'staff-7': '李娜' })[id],
};

const RESPONSE: FinalResponse = {
  outcome: 'PARTLY_UPHELD',
  reasons: '基站故障导致信号中断。',
  remedies: ['REFUND', 'APOLOGY'],
  remedyDetails: '退还两周月租 30 元。',
  followUpMeasures: '增加基站巡检频次。',
  rootCause: 'SYSTEM_FAILURE',
  furtherRecourse: '您可以通过全国 12315 平台投诉。',
  at: '2026-12-20T02:00:00.000Z',
};

/** A complaint far enough along that every notice has its content. */
const settled = (overrides: Partial<Complaint> = {}) =>
  sampleComplaint({
    status: 'CLOSED',
    handlerId: 'staff-7',
    decision: { accepted: false, reason: 'TIME_BARRED', explanation: '事发已超过三年。', at: '2026-12-01T02:00:00.000Z' },
    pendingRequest: '请提供购买凭证。',
    finalResponse: RESPONSE,
    feedback: { rating: 4, resolved: true, at: '2026-12-22T02:00:00.000Z' },
    ...overrides,
  });

/** The same, with everything people wrote in English too. */
const settledInEnglish = () =>
  settled({
    complainant: englishComplaint().complainant,
    respondent: englishComplaint().respondent,
    jurisdictions: ['UK_FCA'],
    decision: { accepted: false, reason: 'TIME_BARRED', explanation: 'It happened more than six years ago.', at: '2026-12-01T02:00:00.000Z' },
    pendingRequest: 'Please send the receipt.',
    finalResponse: { ...RESPONSE, reasons: 'A mast failed.', remedyDetails: 'GBP 30.', followUpMeasures: 'More mast checks.', furtherRecourse: 'Ombudsman.' },
  });

const COMPLAINANT_KINDS: Exclude<NotificationKind, 'ESCALATION'>[] = [
  'ACKNOWLEDGEMENT',
  'ACCEPTED',
  'REJECTED',
  'HANDLER_ASSIGNED',
  'INFORMATION_REQUESTED',
  'PUBLIC_REPLY',
  'FINAL_RESPONSE',
  'FEEDBACK_SURVEY',
  'CLOSED',
  'REOPENED',
  'WITHDRAWN',
];

const render = (kind: NotificationKind, complaint: Complaint, detail?: Record<string, string>) => renderNotice(notification(kind, detail), complaint, CTX);

describe('renderNotice: every complainant notice', () => {
  it.each(COMPLAINANT_KINDS)('%s greets the complainant by name in Chinese, names the reference and says how to track', (kind) => {
    const email = render(kind, settled(), { text: '我们正在核实。' });
    expect(email.subject).toContain('CP-2026-000123');
    expect(email.text.startsWith('尊敬的王小明：')).toBe(true);
    expect(email.text).toContain('查询进度：请打开以下链接（投诉编号已填好），输入提交投诉时获得的查询码。\nhttps://track.example/?reference=CP-2026-000123\n\n');
    expect(email.html).toContain('<html lang="zh-CN">');
  });

  it.each(COMPLAINANT_KINDS)('%s is written wholly in English for an English-speaking complainant', (kind) => {
    const email = renderNotice(notification(kind, { text: 'We are checking.' }), settledInEnglish(), { ...CTX, staffName: () => 'Tom Brown' });
    expect(email.subject).toContain('(reference CP-2026-000123)');
    expect(email.text.startsWith('Dear Jane Smith,')).toBe(true);
    expect(email.text).toContain('Track your complaint at https://track.example/?reference=CP-2026-000123 (your reference is filled in) with the access code');
    expect(email.html).toContain('<html lang="en-GB">');
    expect(email.text).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  it.each(COMPLAINANT_KINDS)('%s never contains the access code or its hash', (kind) => {
    const complaint = settled();
    const email = render(kind, complaint, { text: 'x' });
    expect(`${email.subject}${email.text}${email.html}`).not.toContain(complaint.accessCodeHash);
  });

  it.each(COMPLAINANT_KINDS)('%s links to the portal\'s track page with the reference filled in, in both languages, never with the access code', (kind) => {
    for (const complaint of [settled(), settledInEnglish()]) {
      const email = render(kind, complaint, { text: 'x', feedbackDueAt: '2027-01-03' });
      const links = email.text.match(/https?:\/\/\S+/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(new URL(link).searchParams.get('reference')).toBe('CP-2026-000123');
      expect(links.every((link) => [...new URL(link).searchParams.keys()].join() === 'reference')).toBe(true);
      expect(email.html).toContain('https://track.example/?reference=CP-2026-000123');
    }
  });
});

describe('renderNotice: ACKNOWLEDGEMENT', () => {
  it('keeps the subject lines of the earlier acknowledgement in both languages', () => {
    expect(render('ACKNOWLEDGEMENT', sampleComplaint()).subject).toBe('我们已收到您的投诉（编号 CP-2026-000123）');
    expect(render('ACKNOWLEDGEMENT', englishComplaint()).subject).toBe('We have received your complaint (reference CP-2026-000123)');
  });

  it('promises the decision within 7 working days, by the CN acceptance clock, shown in the organization time zone', () => {
    const zh = render('ACKNOWLEDGEMENT', sampleComplaint()).text;
    expect(zh).toContain('我们已于 2026年11月30日 收到您对“某电信有限公司”的投诉，投诉编号为 CP-2026-000123。');
    expect(zh).toContain('我们将在 7 个工作日内（2026年12月9日 前）决定是否受理');
    const en = render('ACKNOWLEDGEMENT', englishComplaint()).text;
    expect(en).toContain('within 7 working days (by 9 December 2026) we will decide whether we can take your complaint on');
  });

  it('says the decision date is an estimate when the acceptance clock is provisional', () => {
    const provisional = { clocks: [clock('CN_ACCEPTANCE', '2027-01-05T15:59:59.999Z', { provisional: true })] };
    expect(render('ACKNOWLEDGEMENT', sampleComplaint(provisional)).text).toContain('该日期按法定节假日估算，官方放假安排公布后可能调整。');
    expect(render('ACKNOWLEDGEMENT', englishComplaint(provisional)).text).toContain('That date is an estimate');
    expect(render('ACKNOWLEDGEMENT', sampleComplaint()).text).not.toContain('估算');
  });

  it('gives the SLA acceptance date without the statutory 7 days when only that clock runs', () => {
    const text = render('ACKNOWLEDGEMENT', englishComplaint({ clocks: [clock('SLA_ACCEPTANCE', '2026-12-03T09:00:00.000Z')] })).text;
    expect(text).toContain('What happens next: by 3 December 2026 we will decide');
    expect(text).not.toContain('7 working days');
  });

  it('leaves the date out when no acceptance clock runs', () => {
    const text = render('ACKNOWLEDGEMENT', sampleComplaint({ clocks: [clock('SLA_RESOLUTION', '2027-01-30T00:00:00.000Z')] })).text;
    expect(text).toContain('接下来：我们将决定是否受理，并通知您结果。');
    expect(text).not.toContain('工作日');
  });

  it('dates the receipt by the calendar of the organization time zone', () => {
    const lateEvening = sampleComplaint({ receivedAt: '2026-11-30T17:00:00.000Z' });
    expect(render('ACKNOWLEDGEMENT', lateEvening).text).toContain('我们已于 2026年12月1日 收到');
    expect(renderNotice(notification('ACKNOWLEDGEMENT'), lateEvening, { ...CTX, timeZone: 'Europe/London' }).text).toContain('我们已于 2026年11月30日 收到');
  });
});

describe('renderNotice: decisions and handling', () => {
  it('tells an accepted complainant that a handler will investigate', () => {
    const email = render('ACCEPTED', englishComplaint());
    expect(email.subject).toBe('We have accepted your complaint (reference CP-2026-000123)');
    expect(email.text).toContain('a named handler will investigate it');
  });

  it('tells a rejected complainant the reason in words, the explanation and how to take it further', () => {
    const zh = render('REJECTED', settled()).text;
    expect(zh).toContain('原因：已超过提出投诉的期限。');
    expect(zh).toContain('说明：事发已超过三年。');
    expect(zh).toContain('12315');
    expect(zh).not.toContain('TIME_BARRED');

    const en = render('REJECTED', englishComplaint({ decision: { accepted: false, reason: 'BEFORE_COURT_OR_MEDIATOR', explanation: 'Your claim is before the county court.', at: '2026-12-01T02:00:00.000Z' } })).text;
    expect(en).toContain('Reason: the same matter is already before a court, arbitrator or mediator.');
    expect(en).toContain('Explanation: Your claim is before the county court.');
    expect(en).toContain('Financial Ombudsman Service');
    expect(en).toContain('by 1 June 2027');
  });

  it('names the handler when staff names are known', () => {
    expect(render('HANDLER_ASSIGNED', settled()).text).toContain('已交由 李娜 负责处理');
    expect(render('HANDLER_ASSIGNED', englishComplaint({ handlerId: 'staff-7' })).text).toContain('李娜 is now handling your complaint');
  });

  it('says a handler was assigned, without a name, when the name is unknown', () => {
    const unknown = englishComplaint({ handlerId: 'staff-99' });
    expect(render('HANDLER_ASSIGNED', unknown).text).toContain('A handler has been assigned to your complaint (reference CP-2026-000123).');
    expect(renderNotice(notification('HANDLER_ASSIGNED'), unknown, { trackingUrl: CTX.trackingUrl, timeZone: CTX.timeZone }).text).toContain('A handler has been assigned');
  });

  it('asks the question from the notification, says where to answer and that the handling time is paused', () => {
    const text = render('INFORMATION_REQUESTED', englishComplaint({ pendingRequest: 'an older question' }), { text: 'Which branch did you visit?' }).text;
    expect(text).toContain('Which branch did you visit?');
    expect(text).not.toContain('an older question');
    expect(text).toContain('Our handling time is paused until you answer. Please answer at:\nhttps://track.example/?reference=CP-2026-000123\n\n');
  });

  it('asks the pending request when the notification carries no text', () => {
    const text = render('INFORMATION_REQUESTED', settled()).text;
    expect(text).toContain('请提供购买凭证。');
    expect(text).toContain('在您答复之前，我们的处理时限暂停计算。');
  });

  it('passes on a public reply as written', () => {
    expect(render('PUBLIC_REPLY', englishComplaint(), { text: 'We have booked an engineer for Monday.' }).text).toContain('We have booked an engineer for Monday.');
  });
});

describe('renderNotice: the end of a complaint', () => {
  it('sets out the final response: outcome, reasons, remedies in words, details, follow-up and further recourse', () => {
    const text = render('FINAL_RESPONSE', settled()).text;
    expect(text).toContain('结论：投诉部分成立。');
    expect(text).toContain('理由：基站故障导致信号中断。');
    expect(text).toContain('补救措施：退款和赔礼道歉。');
    expect(text).toContain('具体安排：退还两周月租 30 元。');
    expect(text).toContain('改进措施：增加基站巡检频次。');
    expect(text).toContain('您可以通过全国 12315 平台投诉。');
  });

  it('says plainly when a final response offers no remedy', () => {
    const notUpheld = englishComplaint({ finalResponse: { ...RESPONSE, outcome: 'NOT_UPHELD', remedies: [], remedyDetails: undefined, reasons: 'The outage was caused by a storm.' } });
    const text = render('FINAL_RESPONSE', notUpheld).text;
    expect(text).toContain('Outcome: your complaint is not upheld.');
    expect(text).toContain('We are not offering a remedy.');
    expect(text).not.toContain('Details:');
  });

  it('sends the answer it was queued for, even when a reopening has brought a newer one', () => {
    const first = { ...RESPONSE, reasons: 'The first answer.', at: '2026-12-10T08:00:00.000Z' };
    const second = { ...RESPONSE, reasons: 'The second answer.', at: '2026-12-20T08:00:00.000Z' };
    const reopened = englishComplaint({ earlierFinalResponses: [first], finalResponse: second });
    expect(render('FINAL_RESPONSE', reopened, { respondedAt: first.at }).text).toContain('Our reasons: The first answer.');
    expect(render('FINAL_RESPONSE', reopened, { respondedAt: second.at }).text).toContain('Our reasons: The second answer.');
  });

  it('lists remedies in English words', () => {
    const text = render('FINAL_RESPONSE', englishComplaint({ finalResponse: { ...RESPONSE, remedies: ['REPAIR', 'COMPENSATION', 'APOLOGY'] } })).text;
    expect(text).toContain('What we offer: a repair, compensation and an apology.');
  });

  it('asks for a 1 to 5 rating and whether it is resolved, by the end of the feedback window', () => {
    const zh = render('FEEDBACK_SURVEY', settled(), { feedbackDueAt: '2027-01-03' }).text;
    expect(zh).toContain('1 分表示非常不满意，5 分表示非常满意');
    expect(zh).toContain('问题是否已经解决；请在 2027年1月3日 前评价。');
    const en = render('FEEDBACK_SURVEY', englishComplaint(), { feedbackDueAt: '2027-01-03T15:59:59.999Z' }).text;
    expect(en).toContain('from 1 (very dissatisfied) to 5 (very satisfied)');
    expect(en).toContain('Please go to https://track.example/?reference=CP-2026-000123 to rate how we handled it');
    expect(en).toContain('whether the problem is resolved by 3 January 2027.');
  });

  it('asks for feedback without a date when the window is not given', () => {
    expect(render('FEEDBACK_SURVEY', englishComplaint()).text).toContain('tell us whether the problem is resolved.');
  });

  it('closes with thanks for the feedback and the further recourse of the final response', () => {
    const text = render('CLOSED', settled()).text;
    expect(text).toContain('已办结。');
    expect(text).toContain('感谢您的评价。');
    expect(text).toContain('您可以通过全国 12315 平台投诉。');
  });

  it('tells a reopened complaint that someone will look at it again', () => {
    expect(render('REOPENED', englishComplaint()).text).toContain('someone will look at it again');
  });

  it('confirms a withdrawal and that nothing more will be done', () => {
    const email = render('WITHDRAWN', englishComplaint());
    expect(email.subject).toBe('Your complaint has been withdrawn (reference CP-2026-000123)');
    expect(email.text).toContain('We will take no further action on it.');
  });
});

describe('renderNotice: missing content', () => {
  it.each([
    ['FINAL_RESPONSE', sampleComplaint(), undefined],
    ['REJECTED', sampleComplaint(), undefined],
    ['INFORMATION_REQUESTED', sampleComplaint(), undefined],
    ['PUBLIC_REPLY', sampleComplaint(), {}],
  ] as const)('refuses to send a hollow %s notice', (kind, complaint, detail) => {
    expect(() => render(kind, complaint, detail)).toThrow(NoticeContentMissing);
  });
});

describe('renderNotice: HTML part', () => {
  it('has the same paragraphs, each in <p>, with user text escaped', () => {
    const acknowledgement = render('ACKNOWLEDGEMENT', sampleComplaint({ respondent: { name: '<script>x</script> & Co' } }));
    expect(acknowledgement.html).not.toContain('<script>');
    expect(acknowledgement.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; Co');
    const email = render('PUBLIC_REPLY', sampleComplaint(), { text: 'a < b\nsecond line' });
    expect(email.html).toContain('<p>a &lt; b<br>second line</p>');
    expect(email.html.match(/<p>/g)).toHaveLength(email.text.split('\n\n').length);
  });

  it('escapes quotes in the complainant name', () => {
    const email = render('ACCEPTED', sampleComplaint({ complainant: { ...sampleComplaint().complainant, name: '"Wang" <w@x>' } }));
    expect(email.html).toContain('<p>尊敬的&quot;Wang&quot; &lt;w@x&gt;：</p>');
  });
});
