import { refusalOf, contentTypeOf } from '../../../web/portal/files/file-rules';
import { normalizeReference } from '../../../web/portal/format';
import { problemOf } from '../../../web/portal/issues';
import { apiProblems, checkForm, emptyForm, toInput } from '../../../web/portal/submit/complaint-form';

// The portal's own checks mirror the API's documented limits; what the API refuses anyway lands next to its field.
const filled = () => ({
  ...emptyForm('zh-CN'),
  name: '王小明',
  email: 'wang@example.cn',
  respondentName: '某某电信',
  category: '移动网络',
  facts: '信号中断。',
  remedyRequested: '退款。',
});

describe('the complaint form', () => {
  it('asks for an email address or a phone number when neither is given', () => {
    expect(checkForm({ ...filled(), email: '' })).toEqual({ email: { key: 'error.contact' } });
    expect(checkForm({ ...filled(), email: '', phone: '13800138000' })).toEqual({});
  });

  it('counts characters as the API does, so 5,000 Chinese characters of facts are accepted and one more is not', () => {
    expect(checkForm({ ...filled(), facts: '信'.repeat(5000) })).toEqual({});
    expect(checkForm({ ...filled(), facts: '信'.repeat(5001) })).toEqual({ facts: { key: 'error.tooLong', values: { max: 5000 } } });
  });

  it('refuses a date after today', () => {
    const now = new Date(2026, 11, 6, 12);
    expect(checkForm({ ...filled(), occurredOn: '2026-12-07' }, now)).toEqual({ occurredOn: { key: 'error.future' } });
    expect(checkForm({ ...filled(), occurredOn: '2026-12-06' }, now)).toEqual({});
  });

  it("sends a web complaint without a priority, in the page's language unless another was chosen", () => {
    const input = toInput({ ...filled(), product: '  ', consentToPublishNarrative: true });
    expect(input).toMatchObject({ channel: 'WEB', complainant: { preferredLanguage: 'ZH_CN', email: 'wang@example.cn' }, consentToPublishNarrative: true });
    expect(input).not.toHaveProperty('priority');
    expect(input.product).toBeUndefined();
  });

  it("puts the API's issues next to their controls, and the rest in the summary", () => {
    const { problems, other } = apiProblems({
      'input.complainant.email': 'is not a valid email address',
      'input.respondent.name': 'must be at most 200 characters',
      'input.channel': 'something new',
    });
    expect(problems).toEqual({ email: { key: 'error.email' }, respondentName: { key: 'error.tooLong', values: { max: 200 } } });
    expect(other).toEqual(['input.channel: something new']);
  });

  it("shows an API message it has no wording for as the API wrote it", () => {
    expect(problemOf('must be a colour')).toEqual({ apiMessage: 'must be a colour' });
  });
});

describe('references typed by a complainant', () => {
  it('are found whatever their case or spacing', () => {
    expect(normalizeReference(' cp-20261206-7k3m9q \n')).toBe('CP-20261206-7K3M9Q');
  });
});

describe('files the portal sends', () => {
  it("take their type from the name's extension, which browsers report unevenly", () => {
    expect(contentTypeOf({ name: 'letter.EML', type: '' })).toBe('message/rfc822');
    expect(contentTypeOf({ name: 'rows.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
  });

  it('are refused before upload above 10 MB, empty, or of another type', () => {
    expect(refusalOf({ name: 'scan.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 })).toBeUndefined();
    expect(refusalOf({ name: 'scan.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).toBe('size');
    expect(refusalOf({ name: 'note.txt', type: 'text/plain', size: 0 })).toBe('empty');
    expect(refusalOf({ name: 'setup.exe', type: 'application/octet-stream', size: 2 })).toBe('type');
  });
});
