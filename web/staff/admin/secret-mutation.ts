import type { AnyVariables, CombinedError, DocumentInput, OperationResult } from '@urql/core';
import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';

/**
 * useMutation for a mutation that sends or returns a secret. urql's useMutation keeps the last
 * result and its operation (the variables included) in the component's state for as long as
 * the page is open; this keeps only whether it runs and its error, and hands the result to
 * the caller, which keeps the secret as long as the person needs it and no longer.
 */
export function useSecretMutation<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>) {
  const client = useClient();
  const [state, setState] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const execute = async (variables: Variables): Promise<OperationResult<Data, Variables>> => {
    setState({ fetching: true });
    const result = await client.mutation(document, variables).toPromise();
    setState({ fetching: false, error: result.error });
    return result;
  };
  return [state, execute] as const;
}
