import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, mailTo, RECORD, startTestStack, SUBMIT, waitFor, ADMIN } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const EXPORT = `query($email: String!) { exportComplainantData(email: $email) { exportedAt complaints { id reference category complainant { name email phone } facts history { action } entries { kind text } } } }`;
const ERASE = `mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }`;
const DETAIL = `query($id: ID!) { complaint(id: $id) { version status category channel complainant { name email phone postalAddress } facts remedyRequested clocks { id state } history { action actor { kind } } entries { kind text author { kind } } } }`;

async function submitted(email: string) {
  const input = sampleSubmission();
  input.complainant.email = email;
  const res = await graphql(stack, SUBMIT, { input });
  const { id } = res.data!.submitComplaint.complaint;
  await waitFor('the acknowledgement', async () => (await graphql(stack, RECORD, { id }, ADMIN)).data!.complaint.notifications[0].state === 'SENT');
  return { id: id as string, input };
}

describe('a complainant\'s data', () => {
  const email = `Erase.Me.${process.pid}@Example.com`;
  let mine: Array<{ id: string }>;
  let other: { id: string };

  beforeAll(async () => {
    mine = [await submitted(email), await submitted(email.toLowerCase())];
    other = await submitted(`someone-else-${process.pid}@example.com`);
    const note = await graphql(stack, 'mutation($id: ID!) { addInternalNote(id: $id, expectedVersion: 1, text: "王小明 called twice from 138 0013 8000") { version } }', { id: mine[0].id }, ADMIN);
    expect(note.errors).toBeUndefined();
  });

  it('is exported whole, machine-readable, for an admin: every complaint with its history and entries', async () => {
    const res = await graphql(stack, EXPORT, { email }, ADMIN);
    const exported = res.data!.exportComplainantData;
    expect(exported.complaints.map((c: { id: string }) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
    const withNote = exported.complaints.find((c: { id: string }) => c.id === mine[0].id);
    expect(withNote.history.map((h: { action: string }) => h.action)).toEqual(['COMPLAINT_RECEIVED', 'INTERNAL_NOTE_ADDED']);
    expect(withNote.entries).toEqual([{ kind: 'INTERNAL_NOTE', text: '王小明 called twice from 138 0013 8000' }]);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('is not for a handler or an analyst to export or erase', async () => {
    for (const role of ['HANDLER', 'ANALYST'] as const) {
      expect((await graphql(stack, EXPORT, { email }, asStaff('x', role))).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await graphql(stack, ERASE, { email }, asStaff('x', role))).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('is erased on request: personal data gone, statistics and the shape of the history kept', async () => {
    const before = (await graphql(stack, DETAIL, { id: mine[0].id }, ADMIN)).data!.complaint;
    const res = await graphql(stack, ERASE, { email }, ADMIN);
    expect(res.data!.eraseComplainantData).toEqual({ erasedComplaints: 2 });
    const after = (await graphql(stack, DETAIL, { id: mine[0].id }, ADMIN)).data!.complaint;
    expect(after.complainant).toEqual({ name: '[erased]', email: null, phone: null, postalAddress: null });
    expect([after.facts, after.remedyRequested]).toEqual(['[erased]', '[erased]']);
    expect(after.entries).toEqual([{ kind: 'INTERNAL_NOTE', text: '[erased]', author: { kind: 'STAFF' } }]);
    expect({ status: after.status, category: after.category, channel: after.channel, clocks: after.clocks }).toEqual({
      status: before.status,
      category: before.category,
      channel: before.channel,
      clocks: before.clocks,
    });
    expect(after.history.map((h: { action: string }) => h.action)).toEqual([...before.history.map((h: { action: string }) => h.action), 'PERSONAL_DATA_ERASED']);
    expect(after.version).toBe(before.version + 1);
    expect(JSON.stringify(after)).not.toMatch(/王小明|138 0013 8000|erase\.me/i);
  });

  it('leaves nothing to export afterwards, and other complainants untouched', async () => {
    expect((await graphql(stack, EXPORT, { email }, ADMIN)).data!.exportComplainantData.complaints).toEqual([]);
    const untouched = (await graphql(stack, DETAIL, { id: other.id }, ADMIN)).data!.complaint;
    expect(untouched.complainant.name).toBe('王小明');
    expect(await mailTo(stack, `someone-else-${process.pid}@example.com`)).toHaveLength(1);
  });
});
