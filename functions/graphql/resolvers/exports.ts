import { exportPage } from '../../core/exports/export-page';
import type { QueryResolvers } from '../generated/types';
import { decodeCursor, encodeCursor } from '../cursor';

export const ExportQuery: Pick<QueryResolvers, 'complaintExport'> = {
  complaintExport: async (_, { period, format, first, after }, ctx) => {
    const page = await exportPage(ctx.services, {
      organizationId: ctx.services.settingsDefaults.organizationId,
      timeZone: (await ctx.settings()).timeZone,
      period,
      format,
      first,
      after: after ? decodeCursor(after) : undefined,
    });
    return { csv: page.csv, rows: page.rows, nextCursor: page.next ? encodeCursor(page.next) : null };
  },
};
