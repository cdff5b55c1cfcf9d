import { graphql } from '../../generated';

/** Everything the API keeps about a complainant's complaints, for their copy of it. */
export const ExportComplainantDataQuery = graphql(`
  query AdminExportComplainantData($email: String!) {
    exportComplainantData(email: $email) {
      exportedAt
      complaints {
        id
        reference
        status
        channel
        category
        product
        facts
        remedyRequested
        occurredOn
        receivedAt
        priority
        region
        jurisdictions
        complainant {
          name
          email
          phone
          postalAddress
          preferredLanguage
        }
        respondent {
          name
          address
        }
        decision {
          accepted
          reason
          explanation
          duplicateOf
          at
        }
        entries {
          kind
          at
          author {
            kind
            id
          }
          text
          evidence {
            description
            source
            contentHash
            fileReference
          }
        }
        pendingRequest
        finalResponses {
          outcome
          reasons
          remedies
          remedyDetails
          followUpMeasures
          rootCause
          furtherRecourse
          at
        }
        feedbackHistory {
          rating
          resolved
          comment
          at
        }
        history {
          at
          action
          actor {
            kind
            id
          }
        }
        version
      }
    }
  }
`);

export const EraseComplainantDataMutation = graphql(`
  mutation AdminEraseComplainantData($email: String!) {
    eraseComplainantData(email: $email) {
      erasedComplaints
    }
  }
`);

export const ComplaintExportQuery = graphql(`
  query AdminComplaintExport($period: PeriodInput!, $format: ExportFormat!, $first: Int, $after: String) {
    complaintExport(period: $period, format: $format, first: $first, after: $after) {
      csv
      rows
      nextCursor
    }
  }
`);
