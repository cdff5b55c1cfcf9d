import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import type { CaseFieldsFragment } from '../../generated/graphql';
import { CaseQuery } from './case.graphql';
import { whatChanged, type Changes } from './what-changed';

/** How a step ended for the form that sent it: sent, given up on a conflict (Discard), or refused. */
export type StepOutcome = { kind: 'sent' } | { kind: 'discarded' } | { kind: 'failed'; code: string; issues: Record<string, string>; error?: CombinedError };

/** Someone else changed the complaint first: what changed, and the user's two ways on. */
export interface Conflict {
  changes: Changes;
  retry: () => void;
  discard: () => void;
}

type Versioned = { id: string | number; expectedVersion: number };

/**
 * Sends the staff steps of one complaint. Every step carries the version the user saw
 * (expectedVersion); on CONFLICT the complaint is read again, the page shows what changed,
 * and the step waits, its draft kept by the form, until the user retries it on the new
 * version or discards it.
 */
export function useSteps(complaint: CaseFieldsFragment, show: (c: CaseFieldsFragment) => void) {
  const client = useClient();
  const [conflict, setConflict] = useState<Conflict>();
  const latest = useRef(complaint);
  latest.current = complaint;

  async function send<Data, Vars extends Versioned>(document: TypedDocumentNode<Data, Vars>, variables: NoInfer<Omit<Vars, keyof Versioned>>, answer: (data: Data) => CaseFieldsFragment, version = latest.current.version): Promise<StepOutcome> {
    const result = await client.mutation(document, { ...variables, id: latest.current.id, expectedVersion: version } as Vars).toPromise();
    if (result.data) {
      show(answer(result.data));
      return { kind: 'sent' };
    }
    const code = errorCode(result.error) ?? 'INTERNAL_SERVER_ERROR';
    if (code !== 'CONFLICT') return { kind: 'failed', code, issues: fieldIssues(result.error), error: result.error };

    const seen = latest.current;
    const fresh = await client.query(CaseQuery, { id: seen.id }, { requestPolicy: 'network-only' }).toPromise();
    const current = fresh.data?.complaint;
    if (!current) return { kind: 'failed', code: errorCode(fresh.error) ?? 'NOT_FOUND', issues: {} };
    show(current);
    return new Promise<StepOutcome>((resolve) =>
      setConflict({
        changes: whatChanged(seen, current),
        retry: () => {
          setConflict(undefined);
          void send(document, variables, answer, current.version).then(resolve);
        },
        discard: () => {
          setConflict(undefined);
          resolve({ kind: 'discarded' });
        },
      }),
    );
  }

  return { send, conflict };
}

export type SendStep = ReturnType<typeof useSteps>['send'];
