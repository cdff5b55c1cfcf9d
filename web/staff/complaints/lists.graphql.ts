import { graphql } from '../../generated';

/** What a row of a complaint list shows. */
export const ComplaintRowFields = graphql(`
  fragment ComplaintRowFields on Complaint {
    id
    reference
    receivedAt
    category
    status
    priority
    suggestedPriority
    suggestedCategory
    handler {
      id
      name
    }
    clocks {
      id
      source
      state
      dueAt
      stopsOn
    }
  }
`);

export const HandlerQueueList = graphql(`
  query HandlerQueueList($handlerId: ID!, $after: String) {
    handlerQueue(handlerId: $handlerId, first: 20, after: $after) {
      edges {
        node {
          ...ComplaintRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FilteredList = graphql(`
  query FilteredList($filter: ComplaintFilter, $after: String) {
    complaints(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...ComplaintRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EscalatedList = graphql(`
  query EscalatedList($after: String) {
    escalatedComplaints(atLeast: HANDLER, first: 20, after: $after) {
      edges {
        node {
          ...ComplaintRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DuplicatesList = graphql(`
  query DuplicatesList($after: String) {
    complaintsWithDuplicates(first: 20, after: $after) {
      edges {
        node {
          ...ComplaintRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SubmitByStaff = graphql(`
  mutation SubmitByStaff($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      reference
      accessCode
      complaint {
        id
      }
    }
  }
`);

export const ComplaintAtReference = graphql(`
  query ComplaintAtReference($reference: String!) {
    complaintByReference(reference: $reference) {
      id
    }
  }
`);
