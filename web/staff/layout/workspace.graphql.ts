import { graphql } from '../../generated';

/** Who is signed in, and what of the organization every page needs: its time zone, staff and teams. */
export const WorkspaceQuery = graphql(`
  query Workspace {
    viewer {
      kind
      organizationId
      id
      role
    }
    complaintCategories
    organizationSettings {
      timeZone
      staff {
        id
        name
      }
      teams {
        id
        name
        memberIds
        supervisorId
      }
    }
  }
`);
