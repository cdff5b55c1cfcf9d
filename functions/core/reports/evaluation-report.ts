import type {
  ActionScope,
  ClockCompliance,
  ComplaintStatisticsGroup,
  EmergingTopic,
  Hotspot,
  ImprovementActionStatus,
  Satisfaction,
  TrendPoint,
} from '../../graphql/generated/types';
import { emergingTopics } from '../analytics/emerging-topics';
import { hotspots } from '../analytics/hotspots';
import type { ImprovementActionStore } from '../analytics/improvement-action';
import { listImprovementActions } from '../analytics/improvement-actions';
import type { StatsStore } from '../analytics/ports';
import { complaintStatistics, groupStatistics } from '../analytics/statistics';
import { complaintTrend } from '../analytics/trend';
import { staffById, type OrganizationSettings } from '../organization/settings';
import type { ComplaintStore } from '../ports';
import type { ReportPeriod } from './report-period';

export type Volumes = Pick<ComplaintStatisticsGroup, 'received' | 'accepted' | 'rejected' | 'resolved' | 'reopened' | 'escalated'>;

/** Where complaints cluster: what was complained about, in which product, about whom. */
export const HOTSPOT_DIMENSIONS = ['CATEGORY', 'PRODUCT', 'RESPONDENT'] as const;
export type HotspotDimension = (typeof HOTSPOT_DIMENSIONS)[number];
export const HOTSPOTS_PER_DIMENSION = 5;
export const TOPICS_IN_REPORT = 5;

/** Enough to act on in one email; the rest are counted. */
export const MAX_LISTED_ACTIONS = 25;

export interface OpenAction {
  title: string;
  scope: Omit<ActionScope, '__typename'>;
  /** Null when the owner has left the staff list. */
  ownerName: string | null;
  dueOn: string;
  status: ImprovementActionStatus;
  overdue: boolean;
}

/** Everything one report shows, as plain figures: rendering reads only this. */
export interface ReportData {
  organizationId: string;
  report: ReportPeriod;
  volumes: { current: Volumes; previous: Volumes };
  /** Every day of the period, empty ones included. */
  days: Array<Pick<TrendPoint, 'start' | 'received' | 'resolved'>>;
  hotspots: Array<{ dimension: HotspotDimension; hotspots: Hotspot[] }>;
  /**
   * What the hotspots were tested against: the same number of days just before, which for
   * a month is not quite the month before that the volumes compare with.
   */
  hotspotsComparedWith: { from: string; to: string };
  /** Words and phrases that rose in the complaints' text; examples carry references, never text (it is an email). */
  topics: EmergingTopic[];
  /** False when a period held more complaints than are read for topics. */
  topicsComplete: boolean;
  compliance: ClockCompliance[];
  satisfaction: Satisfaction;
  /** Planned and in progress, the earliest due first. */
  openActions: OpenAction[];
  openActionCount: number;
}

export interface ReportSources {
  stats: StatsStore;
  actions: ImprovementActionStore;
  /** The complaints' text, for emerging topics. */
  complaints: ComplaintStore;
}

const OPEN: readonly ImprovementActionStatus[] = ['PLANNED', 'IN_PROGRESS'];

const volumesOf = (g: ComplaintStatisticsGroup): Volumes => ({
  received: g.received,
  accepted: g.accepted,
  rejected: g.rejected,
  resolved: g.resolved,
  reopened: g.reopened,
  escalated: g.escalated,
});

/** The figures of one organization's report; `today` is the organization's day, for what is overdue. */
export async function gatherReport(sources: ReportSources, settings: OrganizationSettings, report: ReportPeriod, today: string): Promise<ReportData> {
  const org = settings.organizationId;
  // A period without complaints has no group: its figures are all zero.
  const whole = async (period: ReportPeriod['period']) => (await complaintStatistics(sources.stats, org, period, 'ALL', 1)).groups[0] ?? groupStatistics(org, {});
  const [current, previous, trend, rising, topics, actions] = await Promise.all([
    whole(report.period),
    whole(report.previous),
    complaintTrend(sources.stats, org, report.period, 'DAY', 'ALL'),
    Promise.all(HOTSPOT_DIMENSIONS.map((dimension) => hotspots(sources.stats, org, report.period, dimension, HOTSPOTS_PER_DIMENSION))),
    emergingTopics(sources.complaints, { organizationId: org, timeZone: settings.timeZone, period: report.period, first: TOPICS_IN_REPORT, excerpts: false }),
    listImprovementActions(sources.actions, org),
  ]);
  const open = actions
    .filter((a) => OPEN.includes(a.status))
    .sort((a, b) => (a.dueOn === b.dueOn ? 0 : a.dueOn < b.dueOn ? -1 : 1));
  return {
    organizationId: org,
    report,
    volumes: { current: volumesOf(current), previous: volumesOf(previous) },
    days: trend.points.map(({ start, received, resolved }) => ({ start, received, resolved })),
    hotspots: rising.map((r, i) => ({ dimension: HOTSPOT_DIMENSIONS[i], hotspots: r.hotspots })),
    hotspotsComparedWith: rising[0].previousPeriod,
    topics: topics.topics,
    topicsComplete: topics.complete,
    compliance: current.compliance,
    satisfaction: current.satisfaction,
    openActions: open.slice(0, MAX_LISTED_ACTIONS).map((a) => ({
      title: a.title,
      scope: { dimension: a.scope.dimension, key: a.scope.key },
      ownerName: staffById(settings, a.ownerId)?.name ?? null,
      dueOn: a.dueOn,
      status: a.status,
      overdue: a.dueOn < today,
    })),
    openActionCount: open.length,
  };
}
