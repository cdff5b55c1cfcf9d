import type { Complaint } from '../../../functions/core/complaint';
import { DomainError } from '../../../functions/core/errors';
import { dismissDuplicate, mergeAsDuplicate } from '../../../functions/core/lifecycle/steps';
import { renderNotice } from '../../../functions/core/messages/render-notice';
import { receivedComplaint, staff } from '../lifecycle/fixtures';

const EARLIER: Complaint = { ...receivedComplaint(), id: 'c0', reference: 'CP-20261129-EARLY0', receivedAt: '2026-11-29T02:00:00.000Z' };
const later = (overrides: Partial<Complaint> = {}): Complaint => ({
  ...receivedComplaint(),
  complainant: { ...EARLIER.complainant, email: EARLIER.complainant.email!.toUpperCase() },
  duplicateSuggestions: [
    { complaintId: 'c0', reference: EARLIER.reference, score: 0.92, reasons: ['SAME_CONTACT', 'SIMILAR_TEXT'], status: 'OPEN' },
    { complaintId: 'c9', reference: 'CP-20261128-OTHER9', score: 0.41, reasons: ['SIMILAR_TEXT'], status: 'OPEN' },
  ],
  ...overrides,
});
const ctx = staff('2026-11-30T03:00:00.000Z');
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof DomainError ? [error.code, error.issues?.[0]?.field] : ['unexpected', String(error)];
  }
  return ['no error'];
};

describe('merging a duplicate', () => {
  it('rejects the later complaint as DUPLICATE linking the earlier reference, marks the suggestion MERGED and emails the complainant', () => {
    const change = mergeAsDuplicate(later(), EARLIER, ctx);
    expect(change.complaint.status).toBe('REJECTED');
    expect(change.complaint.decision).toEqual({ accepted: false, reason: 'DUPLICATE', duplicateOf: EARLIER.reference, at: ctx.now.toISOString() });
    expect(change.complaint.duplicateSuggestions?.map((s) => [s.complaintId, s.status])).toEqual([['c0', 'MERGED'], ['c9', 'OPEN']]);
    expect(change.complaint.clocks.every((c) => c.state === 'MET' || c.state === 'BREACHED')).toBe(true);
    expect(change.audit.action).toBe('REJECTED');
    expect(change.notifications?.map((n) => n.kind)).toEqual(['REJECTED']);
  });

  it('records a merge staff found themselves as a MERGED suggestion of the same complainant', () => {
    const change = mergeAsDuplicate(later({ duplicateSuggestions: undefined }), EARLIER, ctx);
    expect(change.complaint.duplicateSuggestions).toEqual([{ complaintId: 'c0', reference: EARLIER.reference, score: 1, reasons: ['SAME_CONTACT', 'SIMILAR_TEXT'], status: 'MERGED' }]);
  });

  it('is a rejection: refused with INVALID_TRANSITION once the complaint is accepted', () => {
    expect(codeOf(() => mergeAsDuplicate(later({ status: 'ACCEPTED' }), EARLIER, ctx))).toEqual(['INVALID_TRANSITION', undefined]);
  });

  it("refuses another complainant's complaint, a later one, itself and one that does not go on", () => {
    const stranger = { ...EARLIER, complainant: { ...EARLIER.complainant, email: 'someone.else@example.com', phone: '+86 139 0000 0000' } };
    expect(codeOf(() => mergeAsDuplicate(later(), stranger, ctx))).toEqual(['BAD_USER_INPUT', 'intoId']);
    expect(codeOf(() => mergeAsDuplicate(later(), { ...EARLIER, receivedAt: '2026-11-30T05:00:00.000Z' }, ctx))).toEqual(['BAD_USER_INPUT', 'intoId']);
    expect(codeOf(() => mergeAsDuplicate(later(), later(), ctx))).toEqual(['BAD_USER_INPUT', 'intoId']);
    expect(codeOf(() => mergeAsDuplicate(later(), { ...EARLIER, status: 'WITHDRAWN' }, ctx))).toEqual(['BAD_USER_INPUT', 'intoId']);
  });

  it("tells the complainant in their language which reference to follow", () => {
    const merged = mergeAsDuplicate(later(), EARLIER, ctx);
    const email = (c: Complaint) => renderNotice(merged.notifications![0], c, { trackingUrl: 'https://track.example/', timeZone: 'Asia/Shanghai' }).text;
    expect(email(merged.complaint)).toContain(`您此前提交的投诉（编号 ${EARLIER.reference}）`);
    expect(email(merged.complaint)).toContain(`请以编号 ${EARLIER.reference} 查询后续进展`);
    const english = { ...merged.complaint, complainant: { ...merged.complaint.complainant, preferredLanguage: 'EN' as const } };
    expect(email(english)).toContain(`reference ${EARLIER.reference}, which we are handling: please follow that reference`);
  });
});

describe('dismissing a duplicate suggestion', () => {
  it('marks it DISMISSED in an audited version without changing the status', () => {
    const change = dismissDuplicate(later(), 'c9', ctx);
    expect(change.complaint.duplicateSuggestions?.map((s) => [s.complaintId, s.status])).toEqual([['c0', 'OPEN'], ['c9', 'DISMISSED']]);
    expect(change.complaint.status).toBe('RECEIVED');
    expect(change.audit).toMatchObject({ version: 2, action: 'DUPLICATE_DISMISSED' });
    expect(change.notifications ?? []).toEqual([]);
  });

  it('refuses a candidate that is not an open suggestion, and a closed complaint', () => {
    expect(codeOf(() => dismissDuplicate(later(), 'c7', ctx))).toEqual(['BAD_USER_INPUT', 'candidateId']);
    const dismissed = dismissDuplicate(later(), 'c9', ctx).complaint;
    expect(codeOf(() => dismissDuplicate(dismissed, 'c9', ctx))).toEqual(['BAD_USER_INPUT', 'candidateId']);
    expect(codeOf(() => dismissDuplicate(later({ status: 'CLOSED' }), 'c9', ctx))).toEqual(['INVALID_TRANSITION', undefined]);
  });
});
