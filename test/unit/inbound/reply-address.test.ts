import { replyAddresses } from '../../../functions/core/inbound/reply-address';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';
const addresses = replyAddresses('Complaints@Example.org', SECRET);

describe('reply addresses', () => {
  it('plus-addresses the inbound address with the reference and a MAC, and reads it back in any case', () => {
    const address = addresses.forComplaint('CP-20261130-7K3M9Q');
    expect(address).toMatch(/^complaints\+cp-20261130-7k3m9q\.[0-9a-f]{20}@example\.org$/);
    expect(addresses.recipient(address.toUpperCase())).toEqual({ kind: 'REPLY', reference: 'CP-20261130-7K3M9Q' });
  });

  it("refuses a token made for another complaint, changed, or made with another deployment's secret", () => {
    const mac = /\.([0-9a-f]+)@/.exec(addresses.forComplaint('CP-20261130-7K3M9Q'))![1];
    expect(addresses.recipient(`complaints+cp-20261130-aaaaaa.${mac}@example.org`)).toEqual({ kind: 'BAD_TOKEN' });
    expect(addresses.recipient(addresses.forComplaint('CP-20261130-7K3M9Q').replace(/[0-9a-f]@/, 'x@'))).toEqual({ kind: 'BAD_TOKEN' });
    expect(addresses.recipient(replyAddresses('complaints@example.org', `${SECRET}-other`).forComplaint('CP-20261130-7K3M9Q'))).toEqual({ kind: 'BAD_TOKEN' });
    expect(addresses.recipient('complaints+nonsense@example.org')).toEqual({ kind: 'BAD_TOKEN' });
  });

  it('tells the plain inbound address and addresses that are not ours apart', () => {
    expect(addresses.recipient('complaints@example.org')).toEqual({ kind: 'INBOUND' });
    expect(addresses.recipient('complaints@example.com')).toEqual({ kind: 'OTHER' });
    expect(addresses.recipient('complaintsx+a.b@example.org')).toEqual({ kind: 'OTHER' });
  });
});
