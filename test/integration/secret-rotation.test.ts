import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replyAddresses } from '../../functions/core/inbound/reply-address';
import { parseKeyring } from '../../functions/core/secrets/keyring';
import { rotateLocalAccessCodeSecret } from '../../local/access-code-secret';
import type { LocalStack } from '../../local/stack';
import { FixedKeyring } from '../harness/fixed-keyring';
import { firstEmailTo, recorded, replyTo } from '../harness/inbound-mail';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Rotating the access-code secret on the running local stack, as the rotation function does in
 * the cloud (local/access-code-secret.ts rotates the data folder's keyring file): what was made
 * with the old key keeps working.
 */
let stack: LocalStack;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'complaint-rotation-'));
  stack = await startTestStack({ dataDir });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!, $key: String) {
  submitComplaint(input: $input, idempotencyKey: $key) { reference accessCode complaint { id } }
}`;
const TRACK = 'query($r: String!, $c: String!) { trackComplaint(reference: $r, accessCode: $c) { reference } }';

async function partnerKey(partnerId: string): Promise<Record<string, string>> {
  const res = await graphql(stack, 'mutation($p: ID!) { createPartnerApiKey(partnerId: $p, name: "rotation test") { apiKey } }', { p: partnerId }, asStaff('admin-1'));
  return { 'x-api-key': res.data!.createPartnerApiKey.apiKey };
}

describe('rotating the access-code secret', () => {
  it('keeps an idempotent retry answering the same access code, and a reply to an earlier email joining its complaint', async () => {
    const partner = await partnerKey('rotation-shop');
    const input = sampleSubmission({ channel: 'PARTNER_API' });
    const first = (await graphql(stack, SUBMIT, { input, key: 'order-before-rotation' }, partner)).data!.submitComplaint;
    const acknowledgement = await firstEmailTo(stack, input.complainant.email!);
    const keyBefore = parseKeyring(readFileSync(join(dataDir, 'access-code-secret'), 'utf8')).current;

    // Two rotations: the first publishes the next key, the second makes it current and retires the old one.
    rotateLocalAccessCodeSecret(dataDir);
    const rotated = rotateLocalAccessCodeSecret(dataDir);
    expect(rotated.current).not.toBe(keyBefore);
    expect(rotated.previous.map((p) => p.key)).toEqual([keyBefore]);

    const retry = (await graphql(stack, SUBMIT, { input, key: 'order-before-rotation' }, partner)).data!.submitComplaint;
    expect(retry).toEqual(first);
    expect((await graphql(stack, TRACK, { r: first.reference, c: retry.accessCode })).data!.trackComplaint).toEqual({ reference: first.reference });

    // The acknowledgement's reply address was made under the retired key, which alone still accepts it.
    const underNewKeyOnly = replyAddresses(stack.config.inboundAddress!, FixedKeyring.of(rotated.current));
    expect(await underNewKeyOnly.recipient(acknowledgement.replyTo![0])).toEqual({ kind: 'BAD_TOKEN' });
    const subject = await replyTo(stack, acknowledgement, { from: input.complainant.email!, text: 'Written after the rotation.' });
    await recorded(stack, subject, 'JOINED_COMPLAINT');

    // A new complaint's emails carry a reply address under the new current key.
    const after = sampleSubmission({ channel: 'PARTNER_API' });
    const { reference } = (await graphql(stack, SUBMIT, { input: after, key: 'order-after-rotation' }, partner)).data!.submitComplaint;
    expect(await underNewKeyOnly.recipient((await firstEmailTo(stack, after.complainant.email!)).replyTo![0])).toEqual({ kind: 'REPLY', reference });
  }, 120_000);
});
