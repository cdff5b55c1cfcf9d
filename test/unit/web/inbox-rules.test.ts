import en from '../../../web/staff/messages/en.json';
import zhCN from '../../../web/staff/messages/zh-CN.json';
import { failedAuthentication, INBOX_TABS, KNOWN_REASONS, mayReprocess, reasonWording, stateOfTab, tabFromQuery, tabPath } from '../../../web/staff/inbox/inbox-rules';

// The workspace's received email: which emails a tab lists, and how a state, a reason and a failed check are told.

describe('the tabs of the received email', () => {
  it('opens on the unmatched replies, which need a person', () => {
    expect(tabFromQuery('')).toBe('UNMATCHED');
    expect(stateOfTab(tabFromQuery(''))).toBe('UNMATCHED');
    expect(tabPath('UNMATCHED')).toBe('/inbox');
  });

  it('reads the tab from the URL and lists one state a tab, or every state', () => {
    expect(tabFromQuery('?state=UNPROCESSED')).toBe('UNPROCESSED');
    expect(stateOfTab('UNPROCESSED')).toBe('UNPROCESSED');
    expect(tabFromQuery('state=ALL')).toBe('ALL');
    expect(stateOfTab('ALL')).toBeNull();
  });

  it('opens the default tab for a state it does not know', () => {
    expect(tabFromQuery('?state=DELETED')).toBe('UNMATCHED');
    expect(tabFromQuery('?state=unprocessed')).toBe('UNMATCHED');
  });

  it('gives every tab a link that opens that tab again', () => {
    for (const tab of INBOX_TABS) expect(tabFromQuery(tabPath(tab).split('?')[1] ?? '')).toBe(tab);
  });
});

describe('processing an email again', () => {
  it('is offered for unmatched and unprocessed emails only', () => {
    expect(mayReprocess('UNMATCHED')).toBe(true);
    expect(mayReprocess('UNPROCESSED')).toBe(true);
    for (const state of ['NEW_COMPLAINT', 'JOINED_COMPLAINT', 'AUTOMATIC', 'THROTTLED', 'REJECTED'] as const) expect(mayReprocess(state)).toBe(false);
  });
});

describe('the reason an email is in its state', () => {
  it('is told in words for a known code, in both languages', () => {
    expect(reasonWording('UNKNOWN_SENDER')).toEqual({ key: 'inbox.reason.UNKNOWN_SENDER' });
    expect(en['inbox.reason.UNKNOWN_SENDER']).toBe('The sender is not the complainant’s address');
    for (const reason of KNOWN_REASONS) {
      const wording = reasonWording(reason);
      expect('key' in wording && en[wording.key] && zhCN[wording.key]).toBeTruthy();
    }
  });

  it('is shown as its code when the workspace has no words for it', () => {
    expect(reasonWording('DKIM_KEY_ROTATED')).toEqual({ code: 'DKIM_KEY_ROTATED' });
  });
});

describe('the authentication warning', () => {
  it('names the sender checks that failed, not the content scans', () => {
    expect(failedAuthentication({ spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL', spam: 'FAIL', virus: 'PASS' })).toEqual(['dkim', 'dmarc']);
  });

  it('names none when every check passed, was inconclusive or was not reported', () => {
    expect(failedAuthentication({ spf: 'GRAY', dkim: 'PASS', dmarc: null, spam: null, virus: null })).toEqual([]);
    expect(failedAuthentication(null)).toEqual([]);
  });
});
