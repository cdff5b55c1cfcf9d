import { graphql } from '../../generated';

export const OrganizationSettingsQuery = graphql(`
  query AdminOrganizationSettings {
    organizationSettings {
      version
      timeZone
      calendarId
      businessHoursStart
      businessHoursEnd
      jurisdictions
      staff {
        id
        name
        email
        language
      }
      teams {
        id
        name
        memberIds
        supervisorId
      }
      routingRules {
        category
        respondent
        region
        teamId
      }
      slaTargets {
        category
        priority
        firstResponse {
          amount
          unit
        }
        acceptanceDecision {
          amount
          unit
        }
        resolution {
          amount
          unit
        }
      }
      managerId
      feedbackWindowDays
      reopenAtOrBelowRating
      customCalendars {
        id
        holidays
        makeUpWorkingDays
      }
      categories
      evaluationReport {
        frequency
        recipientIds
      }
    }
  }
`);

export const UpdateOrganizationSettingsMutation = graphql(`
  mutation AdminUpdateOrganizationSettings($input: OrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      version
    }
  }
`);
