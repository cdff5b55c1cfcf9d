import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, inbox, waitFor, type GraphqlResponse, type StoredEmail } from './local-stack';
import { sampleSubmission } from './sample';
import type { SubmitComplaintInput } from '../../functions/graphql/generated/types';

/**
 * Shared steps for the lifecycle scenarios: everything goes through the GraphQL HTTP
 * endpoint, as signed-in staff (a development-issuer token) or as
 * the complainant (with the reference and access code).
 */

/** Posts a GraphQL operation, as the member of staff named, or anonymously without one. */
export function gql<T = Record<string, any>>(stack: LocalStack, query: string, variables: Record<string, unknown> = {}, staffId?: string): Promise<GraphqlResponse<T>> {
  return graphql<T>(stack, query, variables, staffId === undefined ? {} : asStaff(staffId));
}

/** The error code of a refused operation, or undefined when it succeeded. */
export const errorCode = (res: GraphqlResponse): string | undefined => res.errors?.[0]?.extensions?.code;

/** The single root field of a successful operation; fails the test with the errors otherwise. */
export async function ok<T = any>(res: Promise<GraphqlResponse> | GraphqlResponse): Promise<T> {
  const r = await res;
  if (r.errors?.length || !r.data) throw new Error(`GraphQL operation failed: ${r.raw}`);
  return Object.values(r.data)[0] as T;
}

export const COMPLAINT_FIELDS = `
  id reference status version category priority teamId pendingRequest receivedAt
  complainant { name email preferredLanguage }
  respondent { name }
  handler { id name }
  escalation { level at reason }
  clocks { id source stopsOn startedAt dueAt state }
  decision { accepted reason explanation at }
  entries { kind at author { kind id } text evidence { description source contentHash fileReference } }
  finalResponse { outcome reasons remedies remedyDetails followUpMeasures rootCause furtherRecourse at }
  feedback { rating resolved comment at }
  cfpb { timelyResponse responseCategory consumerDisputed }
  notifications { kind recipient state attempts updatedAt }
  history { at action actor { kind id } }
`;

export const TRACKING_FIELDS = `
  reference status channel category receivedAt pendingRequest
  clocks { id source stopsOn dueAt state }
  timeline { at action text }
  decision { accepted reason explanation at }
  finalResponse { outcome reasons remedies followUpMeasures rootCause furtherRecourse at }
  feedback { rating resolved comment at }
  canAnswerRequest canGiveFeedback canWithdraw
`;

export interface ClockView {
  id: string;
  source: string;
  stopsOn: string;
  startedAt: string;
  dueAt: string;
  state: string;
}

export interface NotificationView {
  kind: string;
  recipient: string;
  state: string;
  attempts: number;
  updatedAt: string;
}

export interface HistoryView {
  at: string;
  action: string;
  actor: { kind: string; id: string | null };
}

export interface ComplaintView {
  id: string;
  reference: string;
  status: string;
  version: number;
  category: string;
  priority: string;
  teamId: string | null;
  pendingRequest: string | null;
  receivedAt: string;
  complainant: { name: string; email: string | null; preferredLanguage: string };
  respondent: { name: string };
  handler: { id: string; name: string } | null;
  escalation: { level: string; at: string | null; reason: string | null };
  clocks: ClockView[];
  decision: { accepted: boolean; reason: string | null; explanation: string | null; at: string } | null;
  entries: Array<{ kind: string; at: string; author: { kind: string; id: string | null }; text: string | null; evidence: Record<string, string | null> | null }>;
  finalResponse: Record<string, any> | null;
  feedback: { rating: number; resolved: boolean; comment: string | null; at: string } | null;
  cfpb: { timelyResponse: boolean | null; responseCategory: string; consumerDisputed: boolean | null };
  notifications: NotificationView[];
  history: HistoryView[];
}

export interface TrackingView {
  reference: string;
  status: string;
  pendingRequest: string | null;
  clocks: Array<Omit<ClockView, 'startedAt'>>;
  timeline: Array<{ at: string; action: string; text: string | null }>;
  decision: Record<string, any> | null;
  finalResponse: Record<string, any> | null;
  feedback: Record<string, any> | null;
  canAnswerRequest: boolean;
  canGiveFeedback: boolean;
  canWithdraw: boolean;
}

const COMPLAINT = `query Complaint($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`;
const TRACK = `query Track($reference: String!, $accessCode: String!) { trackComplaint(reference: $reference, accessCode: $accessCode) { ${TRACKING_FIELDS} } }`;

/** The staff mutations, each returning the whole complaint. */
export const MUTATIONS = {
  accept: `mutation($id: ID!, $expectedVersion: Int!, $note: String) { acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) { ${COMPLAINT_FIELDS} } }`,
  reject: `mutation($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) { rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) { ${COMPLAINT_FIELDS} } }`,
  assign: `mutation($id: ID!, $expectedVersion: Int!, $handlerId: ID) { assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) { ${COMPLAINT_FIELDS} } }`,
  startInvestigation: `mutation($id: ID!, $expectedVersion: Int!) { startInvestigation(id: $id, expectedVersion: $expectedVersion) { ${COMPLAINT_FIELDS} } }`,
  addInternalNote: `mutation($id: ID!, $expectedVersion: Int!, $text: String!) { addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) { id version status } }`,
  sendPublicReply: `mutation($id: ID!, $expectedVersion: Int!, $message: String!) { sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) { ${COMPLAINT_FIELDS} } }`,
  addEvidence: `mutation($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) { addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) { ${COMPLAINT_FIELDS} } }`,
  requestInformation: `mutation($id: ID!, $expectedVersion: Int!, $question: String!) { requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) { ${COMPLAINT_FIELDS} } }`,
  resolve: `mutation($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) { resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) { ${COMPLAINT_FIELDS} } }`,
  escalate: `mutation($id: ID!, $expectedVersion: Int!, $reason: String!) { escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ${COMPLAINT_FIELDS} } }`,
} as const;

/** The complainant's mutations, each returning what the complainant sees. */
export const COMPLAINANT_MUTATIONS = {
  answer: `mutation($reference: String!, $accessCode: String!, $answer: String!) { answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) { ${TRACKING_FIELDS} } }`,
  feedback: `mutation($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) { submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) { ${TRACKING_FIELDS} } }`,
  withdraw: `mutation($reference: String!, $accessCode: String!, $reason: String) { withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) { ${TRACKING_FIELDS} } }`,
} as const;

export type StaffStep = keyof typeof MUTATIONS;

/** A staff step on the version given; the raw response, so a test can look at refusals. */
export function attempt(stack: LocalStack, staffId: string | undefined, step: StaffStep, id: string, expectedVersion: number, args: Record<string, unknown> = {}) {
  return gql(stack, MUTATIONS[step], { id, expectedVersion, ...args }, staffId);
}

/** A staff step on the complaint as it stands now; fails the test when refused. */
export async function act(stack: LocalStack, staffId: string, step: StaffStep, id: string, args: Record<string, unknown> = {}): Promise<ComplaintView> {
  const { version } = await complaint(stack, id);
  return ok<ComplaintView>(attempt(stack, staffId, step, id, version, args));
}

export async function complaint(stack: LocalStack, id: string): Promise<ComplaintView> {
  const c = await ok<ComplaintView | null>(gql(stack, COMPLAINT, { id }, 'admin'));
  if (!c) throw new Error(`no complaint ${id}`);
  return c;
}

export async function track(stack: LocalStack, s: Submitted): Promise<TrackingView> {
  return ok<TrackingView>(gql(stack, TRACK, { reference: s.reference, accessCode: s.accessCode }));
}

export interface Submitted {
  id: string;
  reference: string;
  accessCode: string;
  /** The complainant's address. */
  email: string;
  input: SubmitComplaintInput;
}

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference accessCode complaint { id version } } }`;

export async function submit(stack: LocalStack, overrides: Partial<SubmitComplaintInput> = {}): Promise<Submitted> {
  const input = sampleSubmission(overrides);
  const out = await ok<{ reference: string; accessCode: string; complaint: { id: string } }>(gql(stack, SUBMIT, { input }));
  return { id: out.complaint.id, reference: out.reference, accessCode: out.accessCode, email: input.complainant.email!, input };
}

const SETTINGS_VERSION = `query { organizationSettings { version } }`;
const UPDATE_SETTINGS = `mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`;

/** Saves the organization's settings on top of whatever version is stored, as an administrator. */
export async function configure(stack: LocalStack, settings: Record<string, unknown>, adminId = 'admin'): Promise<number> {
  const { version } = await ok<{ version: number }>(gql(stack, SETTINGS_VERSION, {}, adminId));
  const saved = await ok<{ version: number }>(gql(stack, UPDATE_SETTINGS, { input: { expectedVersion: version, ...settings } }, adminId));
  return saved.version;
}

/** Polls the complaint until `probe` holds. */
export function waitForComplaint(stack: LocalStack, id: string, what: string, probe: (c: ComplaintView) => boolean, timeoutMs = 20_000): Promise<ComplaintView> {
  return waitFor(
    what,
    async () => {
      const c = await complaint(stack, id);
      return probe(c) ? c : undefined;
    },
    timeoutMs,
  );
}

/** Every email queued for the complaint has been sent (or skipped). */
export const allSent = (c: ComplaintView): boolean => c.notifications.length > 0 && c.notifications.every((n) => n.state === 'SENT' || n.state === 'SKIPPED');

export const has = (c: ComplaintView, action: string, times = 1): boolean => count(c, action) >= times;
export const count = (c: ComplaintView, action: string): number => c.history.filter((h) => h.action === action).length;
export const actions = (c: ComplaintView): string[] => c.history.map((h) => h.action);
export const clock = (c: { clocks: ClockView[] } | { clocks: Array<Omit<ClockView, 'startedAt'>> }, id: string) => {
  const found = (c.clocks as ClockView[]).find((k) => k.id === id);
  if (!found) throw new Error(`no clock ${id} among ${c.clocks.map((k) => k.id).join(', ')}`);
  return found;
};
export const notices = (c: ComplaintView, kind: string): NotificationView[] => c.notifications.filter((n) => n.kind === kind);

/** Emails about a complaint (the reference is in every subject), optionally only those to one address. */
export async function mailAbout(stack: LocalStack, reference: string, to?: string): Promise<StoredEmail[]> {
  return (await inbox(stack)).filter((e) => e.subject.includes(reference) && (to === undefined || e.destination.to.includes(to)));
}

/** Escalation emails about a complaint, at a level (1 handler, 2 supervisor, 3 manager) if given. */
export async function escalationMail(stack: LocalStack, reference: string, level?: 1 | 2 | 3): Promise<StoredEmail[]> {
  return (await mailAbout(stack, reference)).filter((e) => e.subject.startsWith(level ? `[Escalation L${level}]` : '[Escalation'));
}

/** A SHA-256 in hex, as evidence carries it. */
export const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A typical organization: staff, one or more teams, routing rules and a manager. */
export interface Person {
  id: string;
  name: string;
  email: string;
}

export const person = (id: string, name: string): Person => ({ id, name, email: `${id}-${process.pid}@staff.example.org` });
