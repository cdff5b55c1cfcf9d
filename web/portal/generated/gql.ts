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
    "\n  fragment ClockFields on Clock {\n    id\n    source\n    stopsOn\n    dueAt\n    state\n    provisional\n    labelZh: label(language: ZH_CN)\n    labelEn: label(language: EN)\n    noteZh: provisionalNote(language: ZH_CN)\n    noteEn: provisionalNote(language: EN)\n  }\n": typeof types.ClockFieldsFragmentDoc,
    "\n  query ComplaintCategories {\n    complaintCategories\n  }\n": typeof types.ComplaintCategoriesDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!, $idempotencyKey: String) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      reference\n      accessCode\n      complaint {\n        receivedAt\n        clocks {\n          ...ClockFields\n        }\n      }\n    }\n  }\n": typeof types.SubmitComplaintDocument,
    "\n  fragment FinalResponseFields on FinalResponse {\n    outcome\n    reasons\n    remedies\n    remedyDetails\n    followUpMeasures\n    furtherRecourse\n    at\n  }\n": typeof types.FinalResponseFieldsFragmentDoc,
    "\n  fragment TrackingFields on ComplaintTracking {\n    reference\n    status\n    category\n    receivedAt\n    clocks {\n      ...ClockFields\n    }\n    timeline {\n      at\n      action\n      text\n      feedback {\n        rating\n        resolved\n      }\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    pendingRequest\n    finalResponses {\n      ...FinalResponseFields\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      uploadedAt\n      downloadUrl\n    }\n    canAnswerRequest\n    canGiveFeedback\n    canWithdraw\n  }\n": typeof types.TrackingFieldsFragmentDoc,
    "\n  query TrackComplaint($reference: String!, $accessCode: String!) {\n    trackComplaint(reference: $reference, accessCode: $accessCode) {\n      ...TrackingFields\n    }\n  }\n": typeof types.TrackComplaintDocument,
    "\n  mutation AnswerInformationRequest($reference: String!, $accessCode: String!, $answer: String!) {\n    answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) {\n      ...TrackingFields\n    }\n  }\n": typeof types.AnswerInformationRequestDocument,
    "\n  mutation SubmitFeedback($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) {\n    submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) {\n      ...TrackingFields\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  mutation WithdrawComplaint($reference: String!, $accessCode: String!, $reason: String) {\n    withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) {\n      ...TrackingFields\n    }\n  }\n": typeof types.WithdrawComplaintDocument,
    "\n  mutation RequestAttachmentUpload($reference: String!, $accessCode: String!, $file: FileUploadInput!) {\n    requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": typeof types.RequestAttachmentUploadDocument,
    "\n  mutation AttachFile($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {\n    attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) {\n      ...TrackingFields\n    }\n  }\n": typeof types.AttachFileDocument,
};
const documents: Documents = {
    "\n  fragment ClockFields on Clock {\n    id\n    source\n    stopsOn\n    dueAt\n    state\n    provisional\n    labelZh: label(language: ZH_CN)\n    labelEn: label(language: EN)\n    noteZh: provisionalNote(language: ZH_CN)\n    noteEn: provisionalNote(language: EN)\n  }\n": types.ClockFieldsFragmentDoc,
    "\n  query ComplaintCategories {\n    complaintCategories\n  }\n": types.ComplaintCategoriesDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!, $idempotencyKey: String) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      reference\n      accessCode\n      complaint {\n        receivedAt\n        clocks {\n          ...ClockFields\n        }\n      }\n    }\n  }\n": types.SubmitComplaintDocument,
    "\n  fragment FinalResponseFields on FinalResponse {\n    outcome\n    reasons\n    remedies\n    remedyDetails\n    followUpMeasures\n    furtherRecourse\n    at\n  }\n": types.FinalResponseFieldsFragmentDoc,
    "\n  fragment TrackingFields on ComplaintTracking {\n    reference\n    status\n    category\n    receivedAt\n    clocks {\n      ...ClockFields\n    }\n    timeline {\n      at\n      action\n      text\n      feedback {\n        rating\n        resolved\n      }\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    pendingRequest\n    finalResponses {\n      ...FinalResponseFields\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      uploadedAt\n      downloadUrl\n    }\n    canAnswerRequest\n    canGiveFeedback\n    canWithdraw\n  }\n": types.TrackingFieldsFragmentDoc,
    "\n  query TrackComplaint($reference: String!, $accessCode: String!) {\n    trackComplaint(reference: $reference, accessCode: $accessCode) {\n      ...TrackingFields\n    }\n  }\n": types.TrackComplaintDocument,
    "\n  mutation AnswerInformationRequest($reference: String!, $accessCode: String!, $answer: String!) {\n    answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) {\n      ...TrackingFields\n    }\n  }\n": types.AnswerInformationRequestDocument,
    "\n  mutation SubmitFeedback($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) {\n    submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) {\n      ...TrackingFields\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  mutation WithdrawComplaint($reference: String!, $accessCode: String!, $reason: String) {\n    withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) {\n      ...TrackingFields\n    }\n  }\n": types.WithdrawComplaintDocument,
    "\n  mutation RequestAttachmentUpload($reference: String!, $accessCode: String!, $file: FileUploadInput!) {\n    requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n": types.RequestAttachmentUploadDocument,
    "\n  mutation AttachFile($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {\n    attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) {\n      ...TrackingFields\n    }\n  }\n": types.AttachFileDocument,
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
export function graphql(source: "\n  fragment ClockFields on Clock {\n    id\n    source\n    stopsOn\n    dueAt\n    state\n    provisional\n    labelZh: label(language: ZH_CN)\n    labelEn: label(language: EN)\n    noteZh: provisionalNote(language: ZH_CN)\n    noteEn: provisionalNote(language: EN)\n  }\n"): (typeof documents)["\n  fragment ClockFields on Clock {\n    id\n    source\n    stopsOn\n    dueAt\n    state\n    provisional\n    labelZh: label(language: ZH_CN)\n    labelEn: label(language: EN)\n    noteZh: provisionalNote(language: ZH_CN)\n    noteEn: provisionalNote(language: EN)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCategories {\n    complaintCategories\n  }\n"): (typeof documents)["\n  query ComplaintCategories {\n    complaintCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplaint($input: SubmitComplaintInput!, $idempotencyKey: String) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      reference\n      accessCode\n      complaint {\n        receivedAt\n        clocks {\n          ...ClockFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplaint($input: SubmitComplaintInput!, $idempotencyKey: String) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      reference\n      accessCode\n      complaint {\n        receivedAt\n        clocks {\n          ...ClockFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinalResponseFields on FinalResponse {\n    outcome\n    reasons\n    remedies\n    remedyDetails\n    followUpMeasures\n    furtherRecourse\n    at\n  }\n"): (typeof documents)["\n  fragment FinalResponseFields on FinalResponse {\n    outcome\n    reasons\n    remedies\n    remedyDetails\n    followUpMeasures\n    furtherRecourse\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackingFields on ComplaintTracking {\n    reference\n    status\n    category\n    receivedAt\n    clocks {\n      ...ClockFields\n    }\n    timeline {\n      at\n      action\n      text\n      feedback {\n        rating\n        resolved\n      }\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    pendingRequest\n    finalResponses {\n      ...FinalResponseFields\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      uploadedAt\n      downloadUrl\n    }\n    canAnswerRequest\n    canGiveFeedback\n    canWithdraw\n  }\n"): (typeof documents)["\n  fragment TrackingFields on ComplaintTracking {\n    reference\n    status\n    category\n    receivedAt\n    clocks {\n      ...ClockFields\n    }\n    timeline {\n      at\n      action\n      text\n      feedback {\n        rating\n        resolved\n      }\n    }\n    decision {\n      accepted\n      reason\n      explanation\n      duplicateOf\n      at\n    }\n    pendingRequest\n    finalResponses {\n      ...FinalResponseFields\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      uploadedAt\n      downloadUrl\n    }\n    canAnswerRequest\n    canGiveFeedback\n    canWithdraw\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackComplaint($reference: String!, $accessCode: String!) {\n    trackComplaint(reference: $reference, accessCode: $accessCode) {\n      ...TrackingFields\n    }\n  }\n"): (typeof documents)["\n  query TrackComplaint($reference: String!, $accessCode: String!) {\n    trackComplaint(reference: $reference, accessCode: $accessCode) {\n      ...TrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInformationRequest($reference: String!, $accessCode: String!, $answer: String!) {\n    answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) {\n      ...TrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInformationRequest($reference: String!, $accessCode: String!, $answer: String!) {\n    answerInformationRequest(reference: $reference, accessCode: $accessCode, answer: $answer) {\n      ...TrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) {\n    submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) {\n      ...TrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedback($reference: String!, $accessCode: String!, $feedback: FeedbackInput!) {\n    submitFeedback(reference: $reference, accessCode: $accessCode, feedback: $feedback) {\n      ...TrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawComplaint($reference: String!, $accessCode: String!, $reason: String) {\n    withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) {\n      ...TrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawComplaint($reference: String!, $accessCode: String!, $reason: String) {\n    withdrawComplaint(reference: $reference, accessCode: $accessCode, reason: $reason) {\n      ...TrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAttachmentUpload($reference: String!, $accessCode: String!, $file: FileUploadInput!) {\n    requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAttachmentUpload($reference: String!, $accessCode: String!, $file: FileUploadInput!) {\n    requestAttachmentUpload(reference: $reference, accessCode: $accessCode, file: $file) {\n      fileId\n      url\n      headers {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachFile($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {\n    attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) {\n      ...TrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AttachFile($reference: String!, $accessCode: String!, $fileId: ID!, $description: String) {\n    attachFile(reference: $reference, accessCode: $accessCode, fileId: $fileId, description: $description) {\n      ...TrackingFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;