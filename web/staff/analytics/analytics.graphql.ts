import { graphql } from '../../generated';

// `first` goes in as a variable, or 1 for the one group of ALL: the API's cost limit multiplies a literal or default `first` into the cost.
export const AnalyticsDashboardQuery = graphql(`
  query AnalyticsDashboard(
    $period: PeriodInput!
    $dimension: AnalyticsDimension!
    $granularity: TrendGranularity!
    $trendDimension: AnalyticsDimension!
    $key: String
    $groups: Int
    $hotspots: Int
  ) {
    overall: complaintStatistics(period: $period, groupBy: ALL, first: 1) {
      groups {
        ...AnalyticsFigures
      }
    }
    byGroup: complaintStatistics(period: $period, groupBy: $dimension, first: $groups) {
      totalGroups
      groups {
        ...AnalyticsFigures
      }
    }
    complaintTrend(period: $period, granularity: $granularity, dimension: $trendDimension, key: $key) {
      granularity
      points {
        start
        received
        resolved
        clocksMet
        clocksBreached
      }
    }
    hotspots(period: $period, dimension: $dimension, first: $hotspots) {
      previousPeriod {
        from
        to
      }
      groupsTested
      falseDiscoveryRate
      hotspots {
        key
        current
        previous
        pValue
        significant
        expected
        excess
        rateRatio
        rateRatioLow
        rateRatioHigh
        tested
        qValue
      }
    }
  }

  fragment AnalyticsFigures on ComplaintStatisticsGroup {
    key
    received
    resolved
    reopened
    reopenRate
    escalated
    timeToResolution {
      medianHours
    }
    compliance {
      source
      met
      breached
      rate
    }
    satisfaction {
      ratings
      averageRating
      distribution
      resolvedShare
    }
  }
`);

// Its own query: it reads the complaints' text, slower than the aggregates the rest of the page reads.
export const AnalyticsEmergingTopicsQuery = graphql(`
  query AnalyticsEmergingTopics($period: PeriodInput!, $first: Int) {
    emergingTopics(period: $period, first: $first) {
      currentComplaints
      complete
      falseDiscoveryRate
      topics {
        term
        relatedTerms
        current
        previous
        rateRatio
        rateRatioLow
        rateRatioHigh
        qValue
        examples {
          complaintId
          reference
          excerpt
        }
      }
    }
  }
`);

export const AnalyticsVolumeQuery = graphql(`
  query AnalyticsVolume($period: PeriodInput!, $granularity: TrendGranularity!) {
    complaintTrend(period: $period, granularity: $granularity) {
      points {
        start
        received
      }
    }
  }
`);

export const ImprovementActionsQuery = graphql(`
  query AnalyticsImprovementActions($status: ImprovementActionStatus) {
    improvementActions(status: $status) {
      ...ImprovementActionFields
    }
    organizationSettings {
      staff {
        id
        name
      }
    }
  }

  fragment ImprovementActionFields on ImprovementAction {
    id
    title
    description
    scope {
      dimension
      key
    }
    complaintIds
    ownerId
    dueOn
    status
    effectiveOn
    updatedAt
    version
    effect {
      windowDays
      before
      after
      beforePerDay
      afterPerDay
      change
      pValue
      significant
    }
  }
`);

export const ImprovementActionQuery = graphql(`
  query AnalyticsImprovementAction($id: ID!) {
    improvementAction(id: $id) {
      ...ImprovementActionFields
    }
  }
`);

export const CreateImprovementActionMutation = graphql(`
  mutation AnalyticsCreateImprovementAction($input: ImprovementActionInput!) {
    createImprovementAction(input: $input) {
      id
    }
  }
`);

export const UpdateImprovementActionMutation = graphql(`
  mutation AnalyticsUpdateImprovementAction($input: UpdateImprovementActionInput!) {
    updateImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);
