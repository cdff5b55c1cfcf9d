import { replyAddresses } from '../../../functions/core/inbound/reply-address';
import { rotated } from '../../../functions/core/secrets/keyring';
import { FixedKeyring } from '../../harness/fixed-keyring';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';
const addresses = replyAddresses('Complaints@Example.org', FixedKeyring.of(SECRET));

describe('reply addresses', () => {
  it('plus-addresses the inbound address with the reference and a MAC, and reads it back in any case', async () => {
    const address = await addresses.forComplaint('CP-20261130-7K3M9Q');
    expect(address).toMatch(/^complaints\+cp-20261130-7k3m9q\.[0-9a-f]{20}@example\.org$/);
    expect(await addresses.recipient(address.toUpperCase())).toEqual({ kind: 'REPLY', reference: 'CP-20261130-7K3M9Q' });
  });

  it("refuses a token made for another complaint, changed, or made with another deployment's secret", async () => {
    const mac = /\.([0-9a-f]+)@/.exec(await addresses.forComplaint('CP-20261130-7K3M9Q'))![1];
    expect(await addresses.recipient(`complaints+cp-20261130-aaaaaa.${mac}@example.org`)).toEqual({ kind: 'BAD_TOKEN' });
    expect(await addresses.recipient((await addresses.forComplaint('CP-20261130-7K3M9Q')).replace(/[0-9a-f]@/, 'x@'))).toEqual({ kind: 'BAD_TOKEN' });
    const another = replyAddresses('complaints@example.org', FixedKeyring.of(`${SECRET}-other`));
    expect(await addresses.recipient(await another.forComplaint('CP-20261130-7K3M9Q'))).toEqual({ kind: 'BAD_TOKEN' });
    expect(await addresses.recipient('complaints+nonsense@example.org')).toEqual({ kind: 'BAD_TOKEN' });
  });

  it('tells the plain inbound address and addresses that are not ours apart', async () => {
    expect(await addresses.recipient('complaints@example.org')).toEqual({ kind: 'INBOUND' });
    expect(await addresses.recipient('complaints@example.com')).toEqual({ kind: 'OTHER' });
    expect(await addresses.recipient('complaintsx+a.b@example.org')).toEqual({ kind: 'OTHER' });
  });

  it('still takes the reply address of an email sent before the secret rotated, until its key leaves the rotation window', async () => {
    const keys = FixedKeyring.of(SECRET);
    const rotating = replyAddresses('complaints@example.org', keys);
    const sentBefore = await rotating.forComplaint('CP-20261130-7K3M9Q');
    // The first rotation publishes the next key, the second makes it current and retires the old one.
    keys.value = rotated(rotated(keys.value, new Date('2027-01-01T00:00:00Z'), 'k'.repeat(43)), new Date('2027-04-01T00:00:00Z'), 'm'.repeat(43));
    expect(await rotating.forComplaint('CP-20261130-7K3M9Q')).not.toBe(sentBefore);
    expect(await rotating.recipient(sentBefore)).toEqual({ kind: 'REPLY', reference: 'CP-20261130-7K3M9Q' });
    // Two rotations later (over 180 days after it retired) the old key is dropped.
    keys.value = rotated(rotated(keys.value, new Date('2027-07-01T00:00:00Z'), 'n'.repeat(43)), new Date('2027-10-01T00:00:00Z'), 'p'.repeat(43));
    expect(await rotating.recipient(sentBefore)).toEqual({ kind: 'BAD_TOKEN' });
  });
});
