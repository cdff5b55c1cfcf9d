import { graphql } from '../../generated';

/** What the list and the page of a received email show; never its raw bytes or any HTML. */
export const InboundEmailFields = graphql(`
  fragment InboundEmailFields on InboundEmail {
    id
    receivedAt
    state
    reason
    from
    subject
    complaint {
      id
      reference
    }
    verdicts {
      spf
      dkim
      dmarc
      spam
      virus
    }
    authenticationFailed
    size
    attempts
  }
`);

export const InboundEmailsList = graphql(`
  query InboundEmailsList($state: InboundEmailState, $after: String) {
    inboundEmails(state: $state, first: 20, after: $after) {
      nodes {
        ...InboundEmailFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const InboundEmailQuery = graphql(`
  query InboundEmail($id: ID!) {
    inboundEmail(id: $id) {
      ...InboundEmailFields
      text
    }
  }
`);

export const ReprocessInboundEmail = graphql(`
  mutation ReprocessInboundEmail($id: ID!) {
    reprocessInboundEmail(id: $id) {
      ...InboundEmailFields
      text
    }
  }
`);
