import { graphql } from '../generated';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      kind
      organizationId
      id
      role
    }
  }
`);
