import { dueReport, reportPeriod } from '../../../functions/core/reports/report-period';

const SHANGHAI = 'Asia/Shanghai';

describe('which evaluation report is due', () => {
  it('sends a weekly organization the report of last Monday to Sunday on Monday', () => {
    // Monday 1 June 2026, 09:00 in Shanghai
    expect(dueReport('WEEKLY', new Date('2026-06-01T01:00:00Z'), SHANGHAI)).toEqual({
      frequency: 'WEEKLY',
      period: { from: '2026-05-25', to: '2026-05-31' },
      previous: { from: '2026-05-18', to: '2026-05-24' },
    });
  });

  it('sends a weekly organization nothing on the other days of the week', () => {
    for (const day of ['2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07']) {
      expect(dueReport('WEEKLY', new Date(`${day}T04:00:00Z`), SHANGHAI)).toBeNull();
    }
  });

  it("counts Monday on the organization's own calendar, not in UTC", () => {
    // Sunday 31 May 20:00 UTC is already Monday 04:00 in Shanghai, and still Sunday in New York.
    const instant = new Date('2026-05-31T20:00:00Z');
    expect(dueReport('WEEKLY', instant, SHANGHAI)?.period.from).toBe('2026-05-25');
    expect(dueReport('WEEKLY', instant, 'America/New_York')).toBeNull();
  });

  it('sends a monthly organization the report of the whole month before on the 1st', () => {
    expect(dueReport('MONTHLY', new Date('2026-03-01T02:00:00Z'), SHANGHAI)).toEqual({
      frequency: 'MONTHLY',
      period: { from: '2026-02-01', to: '2026-02-28' },
      previous: { from: '2026-01-01', to: '2026-01-31' },
    });
    expect(dueReport('MONTHLY', new Date('2026-01-01T02:00:00Z'), SHANGHAI)?.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(dueReport('MONTHLY', new Date('2026-03-02T02:00:00Z'), SHANGHAI)).toBeNull();
  });

  it('sends an organization that chose no report nothing, whatever the day', () => {
    expect(dueReport('NONE', new Date('2026-06-01T01:00:00Z'), SHANGHAI)).toBeNull();
  });

  it('compares a month with the month before it, whatever their lengths', () => {
    expect(reportPeriod('MONTHLY', '2028-03-01')).toMatchObject({ period: { from: '2028-03-01', to: '2028-03-31' }, previous: { from: '2028-02-01', to: '2028-02-29' } });
  });
});
