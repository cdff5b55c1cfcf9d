import { deliveryEventOf } from '../../../functions/delivery-events/ses-events';

const mail = { messageId: '0100018f-abc', timestamp: '2026-03-01T09:00:00.000Z' };

describe('an SES event, as the platform records it', () => {
  it('is a delivery, at the time SES delivered it', () => {
    expect(deliveryEventOf({ eventType: 'Delivery', mail, delivery: { timestamp: '2026-03-01T09:00:02.000Z' } })).toEqual({
      messageId: '0100018f-abc',
      type: 'DELIVERY',
      at: '2026-03-01T09:00:02.000Z',
    });
  });

  it('is a hard bounce when SES says Permanent, a soft one otherwise', () => {
    expect(deliveryEventOf({ eventType: 'Bounce', mail, bounce: { bounceType: 'Permanent', timestamp: '2026-03-01T09:00:03.000Z' } })).toEqual({
      messageId: '0100018f-abc',
      type: 'BOUNCE',
      bounceType: 'Permanent',
      at: '2026-03-01T09:00:03.000Z',
    });
    expect(deliveryEventOf({ eventType: 'Bounce', mail, bounce: { bounceType: 'Transient' } })).toMatchObject({ bounceType: 'Transient', at: mail.timestamp });
    expect(deliveryEventOf({ eventType: 'Bounce', mail, bounce: { bounceType: 'Something new' } })).toMatchObject({ bounceType: 'Undetermined' });
  });

  it('is a complaint when the recipient marked it as spam', () => {
    expect(deliveryEventOf({ eventType: 'Complaint', mail, complaint: { timestamp: '2026-03-02T10:00:00.000Z' } })).toEqual({
      messageId: '0100018f-abc',
      type: 'COMPLAINT',
      at: '2026-03-02T10:00:00.000Z',
    });
  });

  it('is nothing for the kinds the platform does not record', () => {
    for (const eventType of ['Send', 'Open', 'Click', 'DeliveryDelay', 'Reject']) expect(deliveryEventOf({ eventType, mail })).toBeUndefined();
  });
});
