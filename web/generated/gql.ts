/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CaseFields on Complaint {\n    id\n    reference\n    status\n    channel\n    category\n    product\n    region\n    priority\n    facts\n    remedyRequested\n    occurredOn\n    receivedAt\n    jurisdictions\n    version\n    pendingRequest\n    complainant {\n      name\n      email\n      phone\n      postalAddress\n      preferredLanguage\n    }\n    respondent {\n      name\n      address\n    }\n    clocks {\n      id\n      source\n      label(language: EN)\n      labelZh: label(language: ZH_CN)\n      stopsOn\n      startedAt\n      dueAt\n      state\n      provisional\n    }\n    handler {\n      id\n      name\n    }\n    teamId\n    escalation {\n      level\n      at\n      reason\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    duplicateSuggestions {\n      complaintId\n      reference\n      score\n      reasons\n      status\n    }\n    entries {\n      kind\n      at\n      author {\n        kind\n        id\n      }\n      text\n      evidence {\n        description\n        source\n        contentHash\n        sharedWithComplainant\n        file {\n          id\n          name\n          contentType\n          size\n          sha256\n          downloadUrl\n        }\n      }\n    }\n    finalResponses {\n      outcome\n      reasons\n      remedies\n      remedyDetails\n      followUpMeasures\n      rootCause\n      furtherRecourse\n      at\n    }\n    feedbackHistory {\n      rating\n      resolved\n      comment\n      at\n    }\n    notifications {\n      kind\n      recipient\n      state\n      attempts\n      updatedAt\n    }\n    history {\n      at\n      action\n      actor {\n        kind\n        id\n      }\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    complaint(id: $id) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query VerifyHistory($id: ID!) {\n    verifyComplaintHistory(id: $id) {\n      verified\n      entries\n      sealedFromVersion\n      problem {\n        code\n        version\n        action\n      }\n    }\n  }\n": typeof types.VerifyHistoryDocument,
    "\n  mutation AcceptStep($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...CaseFields\n    }\n  }\n": typeof types.AcceptStepDocument,
    "\n  mutation RejectStep($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) {\n    rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n": typeof types.RejectStepDocument,
    "\n  mutation AssignStep($id: ID!, $expectedVersion: Int!, $handlerId: ID) {\n    assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) {\n      ...CaseFields\n    }\n  }\n": typeof types.AssignStepDocument,
    "\n  mutation InvestigateStep($id: ID!, $expectedVersion: Int!) {\n    startInvestigation(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseFields\n    }\n  }\n": typeof types.InvestigateStepDocument,
    "\n  mutation NoteStep($id: ID!, $expectedVersion: Int!, $text: String!) {\n    addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) {\n      ...CaseFields\n    }\n  }\n": typeof types.NoteStepDocument,
    "\n  mutation ReplyStep($id: ID!, $expectedVersion: Int!, $message: String!) {\n    sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...CaseFields\n    }\n  }\n": typeof types.ReplyStepDocument,
    "\n  mutation RequestInformationStep($id: ID!, $expectedVersion: Int!, $question: String!) {\n    requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) {\n      ...CaseFields\n    }\n  }\n": typeof types.RequestInformationStepDocument,
    "\n  mutation EscalateStep($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.EscalateStepDocument,
    "\n  mutation EvidenceUploadRequest($id: ID!, $file: FileUploadInput!) {\n    requestEvidenceUpload(id: $id, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": typeof types.EvidenceUploadRequestDocument,
    "\n  mutation EvidenceStep($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) {\n    addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) {\n      ...CaseFields\n    }\n  }\n": typeof types.EvidenceStepDocument,
    "\n  mutation ResolveStep($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) {\n    resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) {\n      ...CaseFields\n    }\n  }\n": typeof types.ResolveStepDocument,
    "\n  mutation MergeDuplicateStep($id: ID!, $expectedVersion: Int!, $intoId: ID!) {\n    mergeDuplicate(id: $id, expectedVersion: $expectedVersion, intoId: $intoId) {\n      ...CaseFields\n    }\n  }\n": typeof types.MergeDuplicateStepDocument,
    "\n  mutation DismissDuplicateStep($id: ID!, $expectedVersion: Int!, $candidateId: ID!) {\n    dismissDuplicate(id: $id, expectedVersion: $expectedVersion, candidateId: $candidateId) {\n      ...CaseFields\n    }\n  }\n": typeof types.DismissDuplicateStepDocument,
    "\n  fragment ComplaintRowFields on Complaint {\n    id\n    reference\n    receivedAt\n    category\n    status\n    priority\n    handler {\n      id\n      name\n    }\n    clocks {\n      id\n      source\n      state\n      dueAt\n      stopsOn\n    }\n  }\n": typeof types.ComplaintRowFieldsFragmentDoc,
    "\n  query HandlerQueueList($handlerId: ID!, $after: String) {\n    handlerQueue(handlerId: $handlerId, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HandlerQueueListDocument,
    "\n  query FilteredList($filter: ComplaintFilter, $after: String) {\n    complaints(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FilteredListDocument,
    "\n  query EscalatedList($after: String) {\n    escalatedComplaints(atLeast: HANDLER, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EscalatedListDocument,
    "\n  query DuplicatesList($after: String) {\n    complaintsWithDuplicates(first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DuplicatesListDocument,
    "\n  mutation SubmitByStaff($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      reference\n      accessCode\n      complaint {\n        id\n      }\n    }\n  }\n": typeof types.SubmitByStaffDocument,
    "\n  query ComplaintAtReference($reference: String!) {\n    complaintByReference(reference: $reference) {\n      id\n    }\n  }\n": typeof types.ComplaintAtReferenceDocument,
    "\n  query Workspace {\n    viewer {\n      kind\n      organizationId\n      id\n      role\n    }\n    organizationSettings {\n      timeZone\n      categories\n      staff {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        memberIds\n        supervisorId\n      }\n    }\n  }\n": typeof types.WorkspaceDocument,
};
const documents: Documents = {
    "\n  fragment CaseFields on Complaint {\n    id\n    reference\n    status\n    channel\n    category\n    product\n    region\n    priority\n    facts\n    remedyRequested\n    occurredOn\n    receivedAt\n    jurisdictions\n    version\n    pendingRequest\n    complainant {\n      name\n      email\n      phone\n      postalAddress\n      preferredLanguage\n    }\n    respondent {\n      name\n      address\n    }\n    clocks {\n      id\n      source\n      label(language: EN)\n      labelZh: label(language: ZH_CN)\n      stopsOn\n      startedAt\n      dueAt\n      state\n      provisional\n    }\n    handler {\n      id\n      name\n    }\n    teamId\n    escalation {\n      level\n      at\n      reason\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    duplicateSuggestions {\n      complaintId\n      reference\n      score\n      reasons\n      status\n    }\n    entries {\n      kind\n      at\n      author {\n        kind\n        id\n      }\n      text\n      evidence {\n        description\n        source\n        contentHash\n        sharedWithComplainant\n        file {\n          id\n          name\n          contentType\n          size\n          sha256\n          downloadUrl\n        }\n      }\n    }\n    finalResponses {\n      outcome\n      reasons\n      remedies\n      remedyDetails\n      followUpMeasures\n      rootCause\n      furtherRecourse\n      at\n    }\n    feedbackHistory {\n      rating\n      resolved\n      comment\n      at\n    }\n    notifications {\n      kind\n      recipient\n      state\n      attempts\n      updatedAt\n    }\n    history {\n      at\n      action\n      actor {\n        kind\n        id\n      }\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    complaint(id: $id) {\n      ...CaseFields\n    }\n  }\n": types.CaseDocument,
    "\n  query VerifyHistory($id: ID!) {\n    verifyComplaintHistory(id: $id) {\n      verified\n      entries\n      sealedFromVersion\n      problem {\n        code\n        version\n        action\n      }\n    }\n  }\n": types.VerifyHistoryDocument,
    "\n  mutation AcceptStep($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...CaseFields\n    }\n  }\n": types.AcceptStepDocument,
    "\n  mutation RejectStep($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) {\n    rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n": types.RejectStepDocument,
    "\n  mutation AssignStep($id: ID!, $expectedVersion: Int!, $handlerId: ID) {\n    assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) {\n      ...CaseFields\n    }\n  }\n": types.AssignStepDocument,
    "\n  mutation InvestigateStep($id: ID!, $expectedVersion: Int!) {\n    startInvestigation(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseFields\n    }\n  }\n": types.InvestigateStepDocument,
    "\n  mutation NoteStep($id: ID!, $expectedVersion: Int!, $text: String!) {\n    addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) {\n      ...CaseFields\n    }\n  }\n": types.NoteStepDocument,
    "\n  mutation ReplyStep($id: ID!, $expectedVersion: Int!, $message: String!) {\n    sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...CaseFields\n    }\n  }\n": types.ReplyStepDocument,
    "\n  mutation RequestInformationStep($id: ID!, $expectedVersion: Int!, $question: String!) {\n    requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) {\n      ...CaseFields\n    }\n  }\n": types.RequestInformationStepDocument,
    "\n  mutation EscalateStep($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.EscalateStepDocument,
    "\n  mutation EvidenceUploadRequest($id: ID!, $file: FileUploadInput!) {\n    requestEvidenceUpload(id: $id, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": types.EvidenceUploadRequestDocument,
    "\n  mutation EvidenceStep($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) {\n    addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) {\n      ...CaseFields\n    }\n  }\n": types.EvidenceStepDocument,
    "\n  mutation ResolveStep($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) {\n    resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) {\n      ...CaseFields\n    }\n  }\n": types.ResolveStepDocument,
    "\n  mutation MergeDuplicateStep($id: ID!, $expectedVersion: Int!, $intoId: ID!) {\n    mergeDuplicate(id: $id, expectedVersion: $expectedVersion, intoId: $intoId) {\n      ...CaseFields\n    }\n  }\n": types.MergeDuplicateStepDocument,
    "\n  mutation DismissDuplicateStep($id: ID!, $expectedVersion: Int!, $candidateId: ID!) {\n    dismissDuplicate(id: $id, expectedVersion: $expectedVersion, candidateId: $candidateId) {\n      ...CaseFields\n    }\n  }\n": types.DismissDuplicateStepDocument,
    "\n  fragment ComplaintRowFields on Complaint {\n    id\n    reference\n    receivedAt\n    category\n    status\n    priority\n    handler {\n      id\n      name\n    }\n    clocks {\n      id\n      source\n      state\n      dueAt\n      stopsOn\n    }\n  }\n": types.ComplaintRowFieldsFragmentDoc,
    "\n  query HandlerQueueList($handlerId: ID!, $after: String) {\n    handlerQueue(handlerId: $handlerId, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HandlerQueueListDocument,
    "\n  query FilteredList($filter: ComplaintFilter, $after: String) {\n    complaints(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FilteredListDocument,
    "\n  query EscalatedList($after: String) {\n    escalatedComplaints(atLeast: HANDLER, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EscalatedListDocument,
    "\n  query DuplicatesList($after: String) {\n    complaintsWithDuplicates(first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DuplicatesListDocument,
    "\n  mutation SubmitByStaff($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      reference\n      accessCode\n      complaint {\n        id\n      }\n    }\n  }\n": types.SubmitByStaffDocument,
    "\n  query ComplaintAtReference($reference: String!) {\n    complaintByReference(reference: $reference) {\n      id\n    }\n  }\n": types.ComplaintAtReferenceDocument,
    "\n  query Workspace {\n    viewer {\n      kind\n      organizationId\n      id\n      role\n    }\n    organizationSettings {\n      timeZone\n      categories\n      staff {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        memberIds\n        supervisorId\n      }\n    }\n  }\n": types.WorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Complaint {\n    id\n    reference\n    status\n    channel\n    category\n    product\n    region\n    priority\n    facts\n    remedyRequested\n    occurredOn\n    receivedAt\n    jurisdictions\n    version\n    pendingRequest\n    complainant {\n      name\n      email\n      phone\n      postalAddress\n      preferredLanguage\n    }\n    respondent {\n      name\n      address\n    }\n    clocks {\n      id\n      source\n      label(language: EN)\n      labelZh: label(language: ZH_CN)\n      stopsOn\n      startedAt\n      dueAt\n      state\n      provisional\n    }\n    handler {\n      id\n      name\n    }\n    teamId\n    escalation {\n      level\n      at\n      reason\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    duplicateSuggestions {\n      complaintId\n      reference\n      score\n      reasons\n      status\n    }\n    entries {\n      kind\n      at\n      author {\n        kind\n        id\n      }\n      text\n      evidence {\n        description\n        source\n        contentHash\n        sharedWithComplainant\n        file {\n          id\n          name\n          contentType\n          size\n          sha256\n          downloadUrl\n        }\n      }\n    }\n    finalResponses {\n      outcome\n      reasons\n      remedies\n      remedyDetails\n      followUpMeasures\n      rootCause\n      furtherRecourse\n      at\n    }\n    feedbackHistory {\n      rating\n      resolved\n      comment\n      at\n    }\n    notifications {\n      kind\n      recipient\n      state\n      attempts\n      updatedAt\n    }\n    history {\n      at\n      action\n      actor {\n        kind\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseFields on Complaint {\n    id\n    reference\n    status\n    channel\n    category\n    product\n    region\n    priority\n    facts\n    remedyRequested\n    occurredOn\n    receivedAt\n    jurisdictions\n    version\n    pendingRequest\n    complainant {\n      name\n      email\n      phone\n      postalAddress\n      preferredLanguage\n    }\n    respondent {\n      name\n      address\n    }\n    clocks {\n      id\n      source\n      label(language: EN)\n      labelZh: label(language: ZH_CN)\n      stopsOn\n      startedAt\n      dueAt\n      state\n      provisional\n    }\n    handler {\n      id\n      name\n    }\n    teamId\n    escalation {\n      level\n      at\n      reason\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    duplicateSuggestions {\n      complaintId\n      reference\n      score\n      reasons\n      status\n    }\n    entries {\n      kind\n      at\n      author {\n        kind\n        id\n      }\n      text\n      evidence {\n        description\n        source\n        contentHash\n        sharedWithComplainant\n        file {\n          id\n          name\n          contentType\n          size\n          sha256\n          downloadUrl\n        }\n      }\n    }\n    finalResponses {\n      outcome\n      reasons\n      remedies\n      remedyDetails\n      followUpMeasures\n      rootCause\n      furtherRecourse\n      at\n    }\n    feedbackHistory {\n      rating\n      resolved\n      comment\n      at\n    }\n    notifications {\n      kind\n      recipient\n      state\n      attempts\n      updatedAt\n    }\n    history {\n      at\n      action\n      actor {\n        kind\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    complaint(id: $id) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    complaint(id: $id) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyHistory($id: ID!) {\n    verifyComplaintHistory(id: $id) {\n      verified\n      entries\n      sealedFromVersion\n      problem {\n        code\n        version\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyHistory($id: ID!) {\n    verifyComplaintHistory(id: $id) {\n      verified\n      entries\n      sealedFromVersion\n      problem {\n        code\n        version\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStep($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStep($id: ID!, $expectedVersion: Int!, $note: String) {\n    acceptComplaint(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStep($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) {\n    rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectStep($id: ID!, $expectedVersion: Int!, $reason: RejectionReason!, $explanation: String!) {\n    rejectComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStep($id: ID!, $expectedVersion: Int!, $handlerId: ID) {\n    assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStep($id: ID!, $expectedVersion: Int!, $handlerId: ID) {\n    assignComplaint(id: $id, expectedVersion: $expectedVersion, handlerId: $handlerId) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvestigateStep($id: ID!, $expectedVersion: Int!) {\n    startInvestigation(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvestigateStep($id: ID!, $expectedVersion: Int!) {\n    startInvestigation(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteStep($id: ID!, $expectedVersion: Int!, $text: String!) {\n    addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation NoteStep($id: ID!, $expectedVersion: Int!, $text: String!) {\n    addInternalNote(id: $id, expectedVersion: $expectedVersion, text: $text) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyStep($id: ID!, $expectedVersion: Int!, $message: String!) {\n    sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyStep($id: ID!, $expectedVersion: Int!, $message: String!) {\n    sendPublicReply(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformationStep($id: ID!, $expectedVersion: Int!, $question: String!) {\n    requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInformationStep($id: ID!, $expectedVersion: Int!, $question: String!) {\n    requestInformation(id: $id, expectedVersion: $expectedVersion, question: $question) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateStep($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateStep($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    escalateComplaint(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceUploadRequest($id: ID!, $file: FileUploadInput!) {\n    requestEvidenceUpload(id: $id, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceUploadRequest($id: ID!, $file: FileUploadInput!) {\n    requestEvidenceUpload(id: $id, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceStep($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) {\n    addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceStep($id: ID!, $expectedVersion: Int!, $evidence: EvidenceInput!) {\n    addEvidence(id: $id, expectedVersion: $expectedVersion, evidence: $evidence) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveStep($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) {\n    resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveStep($id: ID!, $expectedVersion: Int!, $response: FinalResponseInput!) {\n    resolveComplaint(id: $id, expectedVersion: $expectedVersion, response: $response) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeDuplicateStep($id: ID!, $expectedVersion: Int!, $intoId: ID!) {\n    mergeDuplicate(id: $id, expectedVersion: $expectedVersion, intoId: $intoId) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeDuplicateStep($id: ID!, $expectedVersion: Int!, $intoId: ID!) {\n    mergeDuplicate(id: $id, expectedVersion: $expectedVersion, intoId: $intoId) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissDuplicateStep($id: ID!, $expectedVersion: Int!, $candidateId: ID!) {\n    dismissDuplicate(id: $id, expectedVersion: $expectedVersion, candidateId: $candidateId) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissDuplicateStep($id: ID!, $expectedVersion: Int!, $candidateId: ID!) {\n    dismissDuplicate(id: $id, expectedVersion: $expectedVersion, candidateId: $candidateId) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintRowFields on Complaint {\n    id\n    reference\n    receivedAt\n    category\n    status\n    priority\n    handler {\n      id\n      name\n    }\n    clocks {\n      id\n      source\n      state\n      dueAt\n      stopsOn\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintRowFields on Complaint {\n    id\n    reference\n    receivedAt\n    category\n    status\n    priority\n    handler {\n      id\n      name\n    }\n    clocks {\n      id\n      source\n      state\n      dueAt\n      stopsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlerQueueList($handlerId: ID!, $after: String) {\n    handlerQueue(handlerId: $handlerId, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HandlerQueueList($handlerId: ID!, $after: String) {\n    handlerQueue(handlerId: $handlerId, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredList($filter: ComplaintFilter, $after: String) {\n    complaints(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredList($filter: ComplaintFilter, $after: String) {\n    complaints(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalatedList($after: String) {\n    escalatedComplaints(atLeast: HANDLER, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalatedList($after: String) {\n    escalatedComplaints(atLeast: HANDLER, first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesList($after: String) {\n    complaintsWithDuplicates(first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesList($after: String) {\n    complaintsWithDuplicates(first: 20, after: $after) {\n      edges {\n        node {\n          ...ComplaintRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitByStaff($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      reference\n      accessCode\n      complaint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitByStaff($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      reference\n      accessCode\n      complaint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintAtReference($reference: String!) {\n    complaintByReference(reference: $reference) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ComplaintAtReference($reference: String!) {\n    complaintByReference(reference: $reference) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspace {\n    viewer {\n      kind\n      organizationId\n      id\n      role\n    }\n    organizationSettings {\n      timeZone\n      categories\n      staff {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        memberIds\n        supervisorId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspace {\n    viewer {\n      kind\n      organizationId\n      id\n      role\n    }\n    organizationSettings {\n      timeZone\n      categories\n      staff {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        memberIds\n        supervisorId\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;