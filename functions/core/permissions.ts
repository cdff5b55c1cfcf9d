import type { Complaint } from './complaint';
import { DomainError } from './errors';
import type { Caller } from './identity';
import { mayHandle, PERMISSIONS, type Operation, type Permission } from './permission-rules';

// The table lives in permission-rules.ts (importable by the web apps); callers keep importing it from here.
export { mayHandle, PERMISSIONS, type Operation, type Permission } from './permission-rules';

export function allows(operation: Operation, caller: Caller): boolean {
  const p: Permission = PERMISSIONS[operation];
  switch (caller.kind) {
    case 'STAFF':
      return p.staff.includes(caller.role);
    case 'PARTNER':
      return p.partner;
    case 'ANONYMOUS':
      return p.anonymous;
  }
}

/** UNAUTHENTICATED for nobody, FORBIDDEN for someone not entitled. */
export function requirePermission(operation: Operation, caller: Caller): void {
  if (allows(operation, caller)) return;
  if (caller.kind === 'ANONYMOUS') throw new DomainError('UNAUTHENTICATED', `Sign in (or send a partner API key) to call ${operation}.`);
  throw new DomainError('FORBIDDEN', `Your ${caller.kind === 'STAFF' ? `role (${caller.role})` : 'partner key'} may not call ${operation}.`);
}

/**
 * Whether the caller may see this complaint at all: staff of its organization, or the
 * partner who submitted it. Anything else is answered as if it did not exist.
 */
export function canSee(caller: Caller, complaint: Complaint): boolean {
  switch (caller.kind) {
    case 'STAFF':
      return complaint.organizationId === caller.organizationId;
    case 'PARTNER':
      return complaint.organizationId === caller.organizationId && complaint.submittedBy === caller.partnerId;
    case 'ANONYMOUS':
      return false;
  }
}

/** A handler acts on complaints designated to them (or not yet designated); other roles on any of their organization's. */
export function canAct(caller: Caller, complaint: Complaint): boolean {
  if (caller.kind !== 'STAFF' || !canSee(caller, complaint)) return false;
  return mayHandle(caller.role, caller.staffId, complaint.handlerId);
}
