import { trackingLink } from '../../../functions/core/messages/tracking-link';

describe('the tracking link in complainant emails', () => {
  it('opens the track page with the reference as its only query parameter', () => {
    expect(trackingLink('https://d111.cloudfront.net/track', 'CP-20261201-7K3QXZ')).toBe('https://d111.cloudfront.net/track?reference=CP-20261201-7K3QXZ');
    expect(trackingLink('http://127.0.0.1:4000/track', 'CFPB-3456789')).toBe('http://127.0.0.1:4000/track?reference=CFPB-3456789');
  });

  it('keeps a query the deployment put in TRACKING_URL and encodes the reference', () => {
    expect(trackingLink('https://complaints.example.org/track?lang=en', 'A B&C')).toBe('https://complaints.example.org/track?lang=en&reference=A%20B%26C');
  });
});
