import type { CaseFieldsFragment } from '../../generated/graphql';

type Complaint = Pick<CaseFieldsFragment, 'status' | 'handler' | 'history' | 'version'>;

/** What others did to a complaint between the version a user saw and the one stored now. */
export interface Changes {
  status?: { from: Complaint['status']; to: Complaint['status'] };
  handler?: { from?: string; to?: string };
  /** The steps taken since, oldest first, with who took them. */
  steps: Complaint['history'];
}

export function whatChanged(seen: Complaint, current: Complaint): Changes {
  const changes: Changes = { steps: current.history.slice(seen.history.length) };
  if (seen.status !== current.status) changes.status = { from: seen.status, to: current.status };
  if (seen.handler?.id !== current.handler?.id) changes.handler = { from: seen.handler?.name, to: current.handler?.name };
  return changes;
}
