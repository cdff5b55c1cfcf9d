import { RoleGate } from '../admin/admin-section';
import { WorkspaceProvider } from '../layout/workspace';
import './inbox.css';
import { InboundEmailPage } from './inbound-email-page';
import { InboxListPage } from './inbox-list-page';

/** Received email is for the roles the API opens it to (functions/core/permission-rules.ts). */
const ROLES = ['ADMIN', 'SUPERVISOR'] as const;

/** The received email at /inbox: the list, for ADMIN and SUPERVISOR. */
export function InboxSection() {
  return (
    <RoleGate roles={ROLES}>
      <WorkspaceProvider>
        <InboxListPage />
      </WorkspaceProvider>
    </RoleGate>
  );
}

/** One received email at /inbox/:id. */
export function InboundEmailSection({ params }: { params: { id: string } }) {
  return (
    <RoleGate roles={ROLES}>
      <WorkspaceProvider>
        <InboundEmailPage params={params} />
      </WorkspaceProvider>
    </RoleGate>
  );
}
