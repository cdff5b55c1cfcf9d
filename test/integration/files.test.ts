import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../functions/core/files/limits';
import { fileStore } from '../../functions/wiring/files';
import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { ADMIN, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Evidence and attachments as real files, through GraphQL and the local S3-compatible route,
 * uploaded and downloaded with fetch exactly as a browser does: the upload URL with the
 * headers the API returned, the download link as it is.
 */
const REQUEST_EVIDENCE_UPLOAD = `mutation($id: ID!, $file: FileUploadInput!) { requestEvidenceUpload(id: $id, file: $file) { fileId url headers { name value } expiresAt } }`;
const REQUEST_ATTACHMENT_UPLOAD = `mutation($reference: String!, $accessCode: String!, $file: FileUploadInput!) {
  requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) { fileId url headers { name value } expiresAt }
}`;
const ADD_EVIDENCE = `mutation($id: ID!, $v: Int!, $evidence: EvidenceInput!) {
  addEvidence(id: $id, expectedVersion: $v, evidence: $evidence) {
    version
    entries { kind author { kind } evidence { description contentHash fileReference sharedWithComplainant file { id name contentType size sha256 sharedWithComplainant downloadUrl } } }
  }
}`;
const ATTACH = `mutation($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {
  attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) { files { name sharedWithComplainant downloadUrl } }
}`;
const TRACK_FILES = `query($reference: String!, $accessCode: String!) { trackComplaint(reference: $reference, accessCode: $accessCode) { files { id name size sha256 sharedWithComplainant downloadUrl } } }`;
const STAFF_FILES = `query($id: ID!) { complaint(id: $id) { version entries { kind author { kind } text evidence { contentHash file { name downloadUrl } } } } }`;
const VERIFY = `query($id: ID!) { verifyComplaintHistory(id: $id) { verified problem { code version } } }`;
const ERASE = `mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const describeFile = (name: string, bytes: Buffer, contentType = 'application/pdf') => ({ name, contentType, size: bytes.length, sha256: sha256(bytes) });

interface Upload {
  fileId: string;
  url: string;
  headers: Array<{ name: string; value: string }>;
}

/** What the portal and the workspace do with an upload ticket. */
const put = (upload: Upload, body: Buffer) =>
  fetch(upload.url, { method: 'PUT', headers: Object.fromEntries(upload.headers.map((h) => [h.name, h.value])), body });

describe('files: evidence and attachments', () => {
  const clock = new FakeClock('2026-12-01T09:00:00.000Z');
  let stack: LocalStack;

  const ok = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = ADMIN) => {
    const res = await graphql(stack, query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const submit = async (email?: string) => {
    const input = sampleSubmission(email ? { complainant: { ...sampleSubmission().complainant, email } } : {});
    const data = await ok(SUBMIT, { input }, {});
    return { id: data.submitComplaint.complaint.id as string, reference: data.submitComplaint.reference as string, accessCode: data.submitComplaint.accessCode as string };
  };
  const version = async (id: string) => (await ok(`query($id: ID!) { complaint(id: $id) { version } }`, { id })).complaint.version as number;
  const evidenceUpload = async (id: string, name: string, bytes: Buffer) => (await ok(REQUEST_EVIDENCE_UPLOAD, { id, file: describeFile(name, bytes) })).requestEvidenceUpload as Upload;

  beforeAll(async () => {
    stack = await startTestStack({ clock });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('lets staff upload evidence through the presigned PUT, record it, and download the same bytes as an attachment', async () => {
    const { id } = await submit();
    const bytes = Buffer.from('%PDF-1.4 courier tracking record: parcel never delivered');
    const upload = await evidenceUpload(id, '快递记录.pdf', bytes);
    expect(upload.url.startsWith(`${stack.urls.api}/files/`)).toBe(true);
    expect(upload.url).not.toContain('快递');
    expect((await put(upload, bytes)).status).toBe(200);

    const added = (await ok(ADD_EVIDENCE, { id, v: await version(id), evidence: { description: 'Courier tracking record', source: 'courier', fileId: upload.fileId } })).addEvidence;
    const evidence = added.entries.find((e: { kind: string }) => e.kind === 'EVIDENCE').evidence;
    expect(evidence).toMatchObject({
      contentHash: sha256(bytes),
      fileReference: `default/${id}/${upload.fileId}`,
      sharedWithComplainant: false,
      file: { id: upload.fileId, name: '快递记录.pdf', contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), sharedWithComplainant: false },
    });

    const download = await fetch(evidence.file.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''%E5%BF%AB/);
    expect(download.headers.get('content-type')).toBe('application/pdf');

    // The link's signature covers the disposition and the key: changed, or left out, it opens nothing.
    const inline = evidence.file.downloadUrl.replace(/response-content-disposition=[^&]*/, 'response-content-disposition=inline');
    expect((await fetch(inline)).status).toBe(403);
    expect((await fetch(evidence.file.downloadUrl.split('?')[0])).status).toBe(403);
  });

  it('refuses an upload whose body does not match the signed SHA-256, and then refuses to record it', async () => {
    const { id } = await submit();
    const bytes = Buffer.from('the original scan');
    const upload = await evidenceUpload(id, 'scan.pdf', bytes);
    const tampered = Buffer.from('the altered  scan');
    expect(tampered.length).toBe(bytes.length);
    const refused = await put(upload, tampered);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('BadDigest');

    const res = await graphql(stack, ADD_EVIDENCE, { id, v: await version(id), evidence: { description: 'Scan', source: 'complainant letter', fileId: upload.fileId } }, ADMIN);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.fileId' });
    expect(res.errors?.[0].message).toContain('no uploaded file yet');
    expect(await version(id)).toBe(1);
  });

  it('refuses an upload of another length than the one signed', async () => {
    const { id } = await submit();
    const upload = await evidenceUpload(id, 'notes.pdf', Buffer.from('twelve bytes'));
    expect((await put(upload, Buffer.from('thirteen bytes'))).status).toBe(403);
  });

  it('keeps the store\'s own 10 MB limit, whatever a URL signed', async () => {
    // Signed directly with the adapter: the API never issues such a URL.
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 1);
    const signed = await fileStore(stack.config, clock)!.presignUpload('default/too-big/file', { contentType: 'application/pdf', size: big.length, sha256: sha256(big) }, 60);
    const refused = await put({ fileId: 'none', ...signed }, big);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('EntityTooLarge');
  });

  it('refuses an upload URL once it has expired', async () => {
    const { id } = await submit();
    const bytes = Buffer.from('late upload');
    const upload = await evidenceUpload(id, 'late.pdf', bytes);
    const issued = clock.now();
    clock.advance(15 * 60 * 1000 + 1000);
    try {
      const refused = await put(upload, bytes);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain('Request has expired');
    } finally {
      clock.set(issued);
    }
  });

  it('records an uploaded file once, and only on its own complaint', async () => {
    const { id } = await submit();
    const other = await submit();
    const bytes = Buffer.from('photo of the damaged router');
    const upload = await evidenceUpload(id, 'router.pdf', bytes);
    await put(upload, bytes);
    const evidence = { description: 'Router photo', source: 'complainant', fileId: upload.fileId };

    const elsewhere = await graphql(stack, ADD_EVIDENCE, { id: other.id, v: 1, evidence }, ADMIN);
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.fileId' });

    await ok(ADD_EVIDENCE, { id, v: await version(id), evidence });
    const again = await graphql(stack, ADD_EVIDENCE, { id, v: await version(id), evidence }, ADMIN);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.fileId' });
    expect(again.errors?.[0].message).toContain('used already');
  });

  it('refuses a file outside the limits, naming each field', async () => {
    const { id } = await submit();
    const res = await graphql(stack, REQUEST_EVIDENCE_UPLOAD, { id, file: { name: ' ', contentType: 'text/html', size: 10 * 1024 * 1024 + 1, sha256: 'abc' } }, ADMIN);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.issues as Array<{ field: string }>).map((i) => i.field)).toEqual(['file.name', 'file.contentType', 'file.size', 'file.sha256']);
  });

  it('shows the complainant only the files shared with them: their attachments and the evidence staff shared', async () => {
    const email = `files-shared-${process.pid}@example.com`;
    const { id, reference, accessCode } = await submit(email);
    const internal = Buffer.from('internal call recording transcript');
    const shared = Buffer.from('the refund confirmation');
    for (const [name, bytes, share] of [['transcript.pdf', internal, false], ['refund.pdf', shared, true]] as const) {
      const upload = await evidenceUpload(id, name, bytes);
      await put(upload, bytes);
      await ok(ADD_EVIDENCE, { id, v: await version(id), evidence: { description: name, source: 'staff', fileId: upload.fileId, sharedWithComplainant: share } });
    }
    const photo = Buffer.from('GIF89a a photo of the bill');
    const attachment = (await ok(REQUEST_ATTACHMENT_UPLOAD, { reference, accessCode, file: describeFile('bill.gif', photo, 'image/gif') }, {})).requestAttachmentUpload as Upload;
    expect((await put(attachment, photo)).status).toBe(200);
    await ok(ATTACH, { reference, accessCode, fileId: attachment.fileId, description: 'The bill they charged twice' }, {});

    const files = (await ok(TRACK_FILES, { reference, accessCode }, {})).trackComplaint.files;
    expect(files.map((f: { name: string }) => f.name)).toEqual(['refund.pdf', 'bill.gif']);
    expect(files.every((f: { sharedWithComplainant: boolean }) => f.sharedWithComplainant)).toBe(true);
    const bill = await fetch(files[1].downloadUrl);
    expect(Buffer.from(await bill.arrayBuffer()).equals(photo)).toBe(true);

    // Staff see every file, the attachment as the complainant's evidence.
    const entries = (await ok(STAFF_FILES, { id })).complaint.entries.filter((e: { kind: string }) => e.kind === 'EVIDENCE');
    expect(entries.map((e: { evidence: { file: { name: string } } }) => e.evidence.file.name)).toEqual(['transcript.pdf', 'refund.pdf', 'bill.gif']);
    expect(entries[2]).toMatchObject({ author: { kind: 'COMPLAINANT' }, text: 'The bill they charged twice', evidence: { contentHash: sha256(photo) } });
  });

  it('deletes the files on erasure and keeps the history verifiable', async () => {
    const email = `files-erased-${process.pid}@example.com`;
    const { id, reference, accessCode } = await submit(email);
    const bytes = Buffer.from('a letter with my home address');
    const attachment = (await ok(REQUEST_ATTACHMENT_UPLOAD, { reference, accessCode, file: describeFile('我的信.pdf', bytes) }, {})).requestAttachmentUpload as Upload;
    await put(attachment, bytes);
    await ok(ATTACH, { reference, accessCode, fileId: attachment.fileId }, {});
    // An upload requested and made but never recorded goes too.
    const forgotten = Buffer.from('never attached');
    const pending = (await ok(REQUEST_ATTACHMENT_UPLOAD, { reference, accessCode, file: describeFile('draft.pdf', forgotten) }, {})).requestAttachmentUpload as Upload;
    await put(pending, forgotten);
    const before = (await ok(TRACK_FILES, { reference, accessCode }, {})).trackComplaint.files[0];

    expect((await ok(ERASE, { email })).eraseComplainantData).toEqual({ erasedComplaints: 1 });

    expect((await fetch(before.downloadUrl)).status).toBe(404);
    const after = (await ok(TRACK_FILES, { reference, accessCode }, {})).trackComplaint.files;
    expect(after).toEqual([{ id: attachment.fileId, name: '[erased]', size: bytes.length, sha256: sha256(bytes), sharedWithComplainant: true, downloadUrl: null }]);
    const staff = (await ok(STAFF_FILES, { id })).complaint.entries.find((e: { kind: string }) => e.kind === 'EVIDENCE');
    expect(staff.evidence).toEqual({ contentHash: sha256(bytes), file: { name: '[erased]', downloadUrl: null } });
    expect((await ok(VERIFY, { id })).verifyComplaintHistory).toEqual({ verified: true, problem: null });
    // Nothing of the complaint is left in the route's folder, the upload never recorded included.
    expect(existsSync(join(stack.files.dir, 'objects', 'default', id, pending.fileId))).toBe(false);
    expect(readdirSync(join(stack.files.dir, 'objects', 'default', id))).toEqual([]);
  });
});
