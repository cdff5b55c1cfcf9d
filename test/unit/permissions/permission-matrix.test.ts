import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { systemClock } from '../../../functions/core/clock';
import type { Caller } from '../../../functions/core/identity';
import { allows, PERMISSIONS, type Operation } from '../../../functions/core/permissions';
import { permissionsMarkdown } from '../../../functions/core/permissions-table';
import { createContext } from '../../../functions/graphql/context';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';
import { createApolloServer } from '../../../functions/graphql/server';
import { InMemoryImprovementActionStore } from '../../harness/in-memory-improvement-action-store';
import { InMemoryStatsStore } from '../../harness/in-memory-stats-store';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger, SETTINGS } from '../core/test-policy';
import { receivedComplaint } from '../lifecycle/fixtures';

const ID = 'c1';
const REF = 'CP-20261130-AAAAAA';
const CODE = 'AAAAA-BBBBB';

/** One call of each operation, with arguments that pass validation. */
const CALLS: Record<Operation, string> = {
  viewer: '{ viewer { kind } }',
  trackComplaint: `{ trackComplaint(reference: "${REF}", accessCode: "${CODE}") { status } }`,
  complaint: `{ complaint(id: "${ID}") { id } }`,
  complaintByReference: `{ complaintByReference(reference: "${REF}") { id } }`,
  complaints: '{ complaints(first: 5) { edges { cursor } } }',
  handlerQueue: '{ handlerQueue(handlerId: "h1") { edges { cursor } } }',
  escalatedComplaints: '{ escalatedComplaints { edges { cursor } } }',
  complaintsWithDuplicates: '{ complaintsWithDuplicates { edges { cursor } } }',
  organizationSettings: '{ organizationSettings { version } }',
  complaintCategories: '{ complaintCategories }',
  partnerApiKeys: '{ partnerApiKeys { id } }',
  exportComplainantData: '{ exportComplainantData(email: "a@example.com") { exportedAt } }',
  submitComplaint: `mutation { submitComplaint(input: { channel: WEB, complainant: { name: "N", email: "n@example.com" }, respondent: { name: "R" }, category: "Mobile network", facts: "F", remedyRequested: "R" }) { reference } }`,
  answerInformationRequest: `mutation { answerInformationRequest(reference: "${REF}", accessCode: "${CODE}", answer: "A") { status } }`,
  submitFeedback: `mutation { submitFeedback(reference: "${REF}", accessCode: "${CODE}", feedback: { rating: 5, resolved: true }) { status } }`,
  withdrawComplaint: `mutation { withdrawComplaint(reference: "${REF}", accessCode: "${CODE}") { status } }`,
  acceptComplaint: `mutation { acceptComplaint(id: "${ID}", expectedVersion: 1) { version } }`,
  rejectComplaint: `mutation { rejectComplaint(id: "${ID}", expectedVersion: 1, reason: DUPLICATE, explanation: "E") { version } }`,
  assignComplaint: `mutation { assignComplaint(id: "${ID}", expectedVersion: 1, handlerId: "h1") { version } }`,
  startInvestigation: `mutation { startInvestigation(id: "${ID}", expectedVersion: 1) { version } }`,
  addInternalNote: `mutation { addInternalNote(id: "${ID}", expectedVersion: 1, text: "T") { version } }`,
  sendPublicReply: `mutation { sendPublicReply(id: "${ID}", expectedVersion: 1, message: "M") { version } }`,
  addEvidence: `mutation { addEvidence(id: "${ID}", expectedVersion: 1, evidence: { description: "D", source: "S" }) { version } }`,
  requestInformation: `mutation { requestInformation(id: "${ID}", expectedVersion: 1, question: "Q") { version } }`,
  resolveComplaint: `mutation { resolveComplaint(id: "${ID}", expectedVersion: 1, response: { outcome: UPHELD, reasons: "R", remedies: [APOLOGY], followUpMeasures: "F", rootCause: OTHER }) { version } }`,
  escalateComplaint: `mutation { escalateComplaint(id: "${ID}", expectedVersion: 1, reason: "R") { version } }`,
  mergeDuplicate: `mutation { mergeDuplicate(id: "${ID}", expectedVersion: 1, intoId: "c0") { version } }`,
  dismissDuplicate: `mutation { dismissDuplicate(id: "${ID}", expectedVersion: 1, candidateId: "c0") { version } }`,
  acceptTriageSuggestion: `mutation { acceptTriageSuggestion(id: "${ID}", expectedVersion: 1, kind: SENTIMENT, value: "NEGATIVE") { version } }`,
  correctTriageSuggestion: `mutation { correctTriageSuggestion(id: "${ID}", expectedVersion: 1, kind: SENTIMENT, value: "NEGATIVE", correctedTo: "NEUTRAL") { version } }`,
  updateOrganizationSettings: 'mutation { updateOrganizationSettings(input: { expectedVersion: 1 }) { version } }',
  createPartnerApiKey: 'mutation { createPartnerApiKey(partnerId: "p1", name: "N") { apiKey } }',
  rotatePartnerApiKey: 'mutation { rotatePartnerApiKey(id: "k1") { apiKey } }',
  revokePartnerApiKey: 'mutation { revokePartnerApiKey(id: "k1") { id } }',
  registerWebhook: 'mutation { registerWebhook(partnerId: "p1", url: "https://partner.example/hook", secret: "0123456789abcdef") { url } }',
  eraseComplainantData: 'mutation { eraseComplainantData(email: "a@example.com") { erasedComplaints } }',
  complaintStatistics: '{ complaintStatistics(period: { from: "2026-11-01", to: "2026-11-30" }, groupBy: CATEGORY) { totalGroups } }',
  complaintTrend: '{ complaintTrend(period: { from: "2026-11-01", to: "2026-11-30" }) { points { start } } }',
  hotspots: '{ hotspots(period: { from: "2026-11-01", to: "2026-11-30" }, dimension: CATEGORY) { hotspots { key } } }',
  emergingTopics: '{ emergingTopics(period: { from: "2026-11-01", to: "2026-11-30" }) { topics { term } } }',
  improvementActions: '{ improvementActions { id } }',
  improvementAction: '{ improvementAction(id: "a1") { id } }',
  createImprovementAction: 'mutation { createImprovementAction(input: { title: "T", dimension: CATEGORY, key: "Mobile network", ownerId: "h1", dueOn: "2026-12-31" }) { id } }',
  updateImprovementAction: 'mutation { updateImprovementAction(input: { id: "a1", expectedVersion: 1, status: IN_PROGRESS }) { version } }',
  complaintExport: '{ complaintExport(period: { from: "2026-11-01", to: "2026-11-30" }) { rows } }',
  verifyComplaintHistory: `{ verifyComplaintHistory(id: "${ID}") { verified } }`,
  webhooks: '{ webhooks { partnerId } }',
  deleteWebhook: 'mutation { deleteWebhook(partnerId: "p1") }',
  inboundEmails: '{ inboundEmails(first: 5) { nodes { id } } }',
  inboundEmail: '{ inboundEmail(id: "e1") { id } }',
  reprocessInboundEmail: 'mutation { reprocessInboundEmail(id: "e1") { state } }',
  requestEvidenceUpload: `mutation { requestEvidenceUpload(id: "${ID}", file: { name: "a.pdf", contentType: "application/pdf", size: 10, sha256: "${'a'.repeat(64)}" }) { fileId } }`,
  requestAttachmentUpload: `mutation { requestAttachmentUpload(reference: "${REF}", accessCode: "${CODE}", file: { name: "a.pdf", contentType: "application/pdf", size: 10, sha256: "${'a'.repeat(64)}" }) { fileId } }`,
  attachFile: `mutation { attachFile(reference: "${REF}", accessCode: "${CODE}", fileId: "f1") { status } }`,
};

const staff = (role: 'ADMIN' | 'SUPERVISOR' | 'HANDLER' | 'ANALYST', organizationId = 'acme'): Caller => ({ kind: 'STAFF', organizationId, staffId: 'h1', role });
const CALLERS: Record<string, Caller> = {
  admin: staff('ADMIN'),
  supervisor: staff('SUPERVISOR'),
  handler: staff('HANDLER'),
  analyst: staff('ANALYST'),
  partner: { kind: 'PARTNER', organizationId: 'acme', partnerId: 'p1', keyId: 'k1' },
  complainant: { kind: 'ANONYMOUS' },
};

async function run(caller: Caller, query: string) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  await store.create({ complaint: receivedComplaint(), audit: { complaintId: ID, version: 1, at: '2026-11-30T02:00:00.000Z', actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
  const services = { store, workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode: false, stats: new InMemoryStatsStore(), improvementActions: new InMemoryImprovementActionStore() };
  const apollo = createApolloServer(services);
  const res = await apollo.executeOperation({ query }, { contextValue: createContext(services, caller) });
  await apollo.stop();
  const single = res.body.kind === 'single' ? res.body.singleResult : undefined;
  return { data: single?.data, codes: (single?.errors ?? []).map((e) => e.extensions?.code) };
}

describe('the permission matrix', () => {
  it('has a row for every operation of the schema, and only those', () => {
    const schema = buildSchema(typeDefs);
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(PERMISSIONS).sort()).toEqual(fields);
  });

  it('is written down in docs/PERMISSIONS.md as the code enforces it', () => {
    expect(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'PERMISSIONS.md'), 'utf8')).toContain(permissionsMarkdown());
  });

  const cells = (Object.keys(CALLS) as Operation[]).flatMap((op) => Object.keys(CALLERS).map((who) => [op, who] as const));
  it.each(cells)('%s for %s: allowed or refused as the table says', async (op, who) => {
    const caller = CALLERS[who];
    const { codes } = await run(caller, CALLS[op]);
    const refused = codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED');
    expect({ op, who, refused }).toEqual({ op, who, refused: !allows(op, caller) });
    if (refused) expect(codes).toEqual([caller.kind === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
  });
});

describe('another organization', () => {
  const outsider = staff('ADMIN', 'other');

  it('cannot see a complaint, by id or by reference', async () => {
    expect((await run(outsider, CALLS.complaint)).data).toEqual({ complaint: null });
    expect((await run(outsider, CALLS.complaintByReference)).data).toEqual({ complaintByReference: null });
  });

  it('cannot change a complaint: it does not exist for them', async () => {
    for (const op of ['acceptComplaint', 'rejectComplaint', 'addInternalNote', 'escalateComplaint'] as const) {
      expect((await run(outsider, CALLS[op])).codes).toEqual(['NOT_FOUND']);
    }
  });

  it('lists none of its complaints', async () => {
    expect((await run(outsider, CALLS.complaints)).data).toEqual({ complaints: { edges: [] } });
  });

  it("cannot be merged into: another organization's complaint is NOT_FOUND as intoId", async () => {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const theirs = { ...receivedComplaint(), id: 'c0', reference: 'CP-20261129-OTHER0', organizationId: 'other', receivedAt: '2026-11-29T02:00:00.000Z' };
    for (const c of [receivedComplaint(), theirs]) await store.create({ complaint: c, audit: { complaintId: c.id, version: 1, at: c.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
    const services = { store, workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode: false };
    const apollo = createApolloServer(services);
    const res = await apollo.executeOperation({ query: CALLS.mergeDuplicate }, { contextValue: createContext(services, staff('ADMIN')) });
    await apollo.stop();
    const error = res.body.kind === 'single' ? res.body.singleResult.errors?.[0] : undefined;
    expect([error?.extensions?.code, (error?.extensions?.issues as Array<{ field: string }> | undefined)?.[0]?.field]).toEqual(['NOT_FOUND', 'intoId']);
    expect((await store.get(ID))?.status).toBe('RECEIVED');
  });

  it('nor can a partner see a complaint it did not submit', async () => {
    expect((await run(CALLERS.partner, CALLS.complaint)).data).toEqual({ complaint: null });
  });

  it('while a handler may not act on a complaint designated to another handler', async () => {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const designated = { ...receivedComplaint(), handlerId: 'h2', status: 'ASSIGNED' as const };
    await store.create({ complaint: designated, audit: { complaintId: ID, version: 1, at: designated.receivedAt, actor: { kind: 'STAFF' }, action: 'HANDLER_ASSIGNED' } });
    const services = { store, workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode: false };
    const apollo = createApolloServer(services);
    const res = await apollo.executeOperation({ query: CALLS.startInvestigation }, { contextValue: createContext(services, staff('HANDLER')) });
    await apollo.stop();
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a stranger to a complaint', () => {
  it('learns nothing from a wrong version: NOT_FOUND, not CONFLICT', async () => {
    const stale = CALLS.acceptComplaint.replace('expectedVersion: 1', 'expectedVersion: 7');
    expect((await run(staff('ADMIN', 'other'), stale)).codes).toEqual(['NOT_FOUND']);
    expect((await run(staff('ADMIN'), stale)).codes).toEqual(['CONFLICT']);
  });
});
