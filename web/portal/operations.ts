import { graphql } from './generated';

// Every GraphQL operation of the portal. The complainant has no account: each call is anonymous,
// and the access code travels only in request bodies (POST), never in a URL.

export const ClockFields = graphql(`
  fragment ClockFields on Clock {
    id
    source
    stopsOn
    dueAt
    state
    provisional
    labelZh: label(language: ZH_CN)
    labelEn: label(language: EN)
    noteZh: provisionalNote(language: ZH_CN)
    noteEn: provisionalNote(language: EN)
  }
`);

export const CategoriesQuery = graphql(`
  query ComplaintCategories {
    complaintCategories
  }
`);

export const SubmitComplaintMutation = graphql(`
  mutation SubmitComplaint($input: SubmitComplaintInput!, $idempotencyKey: String) {
    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {
      reference
      accessCode
      complaint {
        receivedAt
        clocks {
          ...ClockFields
        }
      }
    }
  }
`);

export const FinalResponseFields = graphql(`
  fragment FinalResponseFields on FinalResponse {
    outcome
    reasons
    remedies
    remedyDetails
    followUpMeasures
    furtherRecourse
    at
  }
`);

export const TrackingFields = graphql(`
  fragment TrackingFields on ComplaintTracking {
    reference
    status
    category
    receivedAt
    clocks {
      ...ClockFields
    }
    timeline {
      at
      action
      text
      feedback {
        rating
        resolved
      }
    }
    decision {
      accepted
      reason
      explanation
      duplicateOf
      at
    }
    pendingRequest
    finalResponses {
      ...FinalResponseFields
    }
    files {
      id
      name
      contentType
      size
      uploadedAt
      downloadUrl
    }
    canAnswerRequest
    canGiveFeedback
    canWithdraw
  }
`);

export const TrackQuery = graphql(`
  query TrackComplaint($reference: String!, $accessCode: String!) {
    trackComplaint(reference: $reference, accessCode: $accessCode) {
      ...TrackingFields
    }
  }
`);

export const AnswerRequestMutation = graphql(`
  mutation AnswerInformationRequest($reference: String!, $accessCode: String!, $answer: String!) {
    answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) {
      ...TrackingFields
    }
  }
`);

export const FeedbackMutation = graphql(`
  mutation SubmitFeedback($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) {
    submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) {
      ...TrackingFields
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation WithdrawComplaint($reference: String!, $accessCode: String!, $reason: String) {
    withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) {
      ...TrackingFields
    }
  }
`);

export const RequestUploadMutation = graphql(`
  mutation RequestAttachmentUpload($reference: String!, $accessCode: String!, $file: FileUploadInput!) {
    requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) {
      fileId
      url
      headers {
        name
        value
      }
    }
  }
`);

export const AttachFileMutation = graphql(`
  mutation AttachFile($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {
    attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) {
      ...TrackingFields
    }
  }
`);
