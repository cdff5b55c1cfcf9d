import { graphql } from '../../generated';

/** Everything the case page shows of a complaint; every step answers with it, so the page redraws from the answer. */
export const CaseFields = graphql(`
  fragment CaseFields on Complaint {
    id
    reference
    status
    channel
    category
    product
    region
    priority
    facts
    remedyRequested
    occurredOn
    receivedAt
    jurisdictions
    version
    pendingRequest
    complainant {
      name
      email
      phone
      postalAddress
      preferredLanguage
    }
    complainantEmailUndeliverable
    respondent {
      name
      address
    }
    clocks {
      id
      source
      label(language: EN)
      labelZh: label(language: ZH_CN)
      stopsOn
      startedAt
      dueAt
      state
      provisional
    }
    handler {
      id
      name
    }
    teamId
    escalation {
      level
      at
      reason
    }
    decision {
      accepted
      reason
      explanation
      duplicateOf
      at
    }
    duplicateSuggestions {
      complaintId
      reference
      score
      reasons
      status
    }
    triageSuggestions {
      kind
      value
      confidence
      source
      status
      correctedTo
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
        sharedWithComplainant
        file {
          id
          name
          contentType
          size
          sha256
          downloadUrl
        }
      }
    }
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
    notifications {
      kind
      recipient
      state
      attempts
      updatedAt
    }
    history {
      at
      action
      actor {
        kind
        id
      }
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    complaint(id: $id) {
      ...CaseFields
    }
  }
`);

export const VerifyHistory = graphql(`
  query VerifyHistory($id: ID!) {
    verifyComplaintHistory(id: $id) {
      verified
      entries
      sealedFromVersion
      problem {
        code
        version
        action
      }
    }
  }
`);

export const AcceptStep = graphql(`
  mutation AcceptStep($id: ID!, $expectedVersion: Int!, $note: String) {
    acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...CaseFields
    }
  }
`);

export const RejectStep = graphql(`
  mutation RejectStep($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) {
    rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) {
      ...CaseFields
    }
  }
`);

export const AssignStep = graphql(`
  mutation AssignStep($id: ID!, $expectedVersion: Int!, $handlerId: ID) {
    assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) {
      ...CaseFields
    }
  }
`);

export const InvestigateStep = graphql(`
  mutation InvestigateStep($id: ID!, $expectedVersion: Int!) {
    startInvestigation(id: $id, expectedVersion: $expectedVersion) {
      ...CaseFields
    }
  }
`);

export const NoteStep = graphql(`
  mutation NoteStep($id: ID!, $expectedVersion: Int!, $text: String!) {
    addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) {
      ...CaseFields
    }
  }
`);

export const ReplyStep = graphql(`
  mutation ReplyStep($id: ID!, $expectedVersion: Int!, $message: String!) {
    sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) {
      ...CaseFields
    }
  }
`);

export const RequestInformationStep = graphql(`
  mutation RequestInformationStep($id: ID!, $expectedVersion: Int!, $question: String!) {
    requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) {
      ...CaseFields
    }
  }
`);

export const EscalateStep = graphql(`
  mutation EscalateStep($id: ID!, $expectedVersion: Int!, $reason: String!) {
    escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...CaseFields
    }
  }
`);

export const EvidenceUploadRequest = graphql(`
  mutation EvidenceUploadRequest($id: ID!, $file: FileUploadInput!) {
    requestEvidenceUpload(id: $id, file: $file) {
      fileId
      url
      headers {
        name
        value
      }
    }
  }
`);

export const EvidenceStep = graphql(`
  mutation EvidenceStep($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) {
    addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) {
      ...CaseFields
    }
  }
`);

export const ResolveStep = graphql(`
  mutation ResolveStep($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) {
    resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) {
      ...CaseFields
    }
  }
`);

export const MergeDuplicateStep = graphql(`
  mutation MergeDuplicateStep($id: ID!, $expectedVersion: Int!, $intoId: ID!) {
    mergeDuplicate(id: $id, expectedVersion: $expectedVersion, intoId: $intoId) {
      ...CaseFields
    }
  }
`);

export const DismissDuplicateStep = graphql(`
  mutation DismissDuplicateStep($id: ID!, $expectedVersion: Int!, $candidateId: ID!) {
    dismissDuplicate(id: $id, expectedVersion: $expectedVersion, candidateId: $candidateId) {
      ...CaseFields
    }
  }
`);

export const AcceptTriageStep = graphql(`
  mutation AcceptTriageStep($id: ID!, $expectedVersion: Int!, $kind: TriageKind!, $value: String!) {
    acceptTriageSuggestion(id: $id, expectedVersion: $expectedVersion, kind: $kind, value: $value) {
      ...CaseFields
    }
  }
`);

export const CorrectTriageStep = graphql(`
  mutation CorrectTriageStep($id: ID!, $expectedVersion: Int!, $kind: TriageKind!, $value: String!, $correctedTo: String!) {
    correctTriageSuggestion(id: $id, expectedVersion: $expectedVersion, kind: $kind, value: $value, correctedTo: $correctedTo) {
      ...CaseFields
    }
  }
`);
