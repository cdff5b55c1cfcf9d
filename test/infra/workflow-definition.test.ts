import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import aslValidator from 'asl-validator';
import { complaintWorkflowDefinition, definitionWithResources, TASK_STATES, type TaskStateName } from '../../functions/workflow/definition';
import { taskHandlerExport } from '../../infra/complaint-platform-stack';

const fakeArn = (state: TaskStateName) => `arn:aws:lambda:eu-west-2:123456789012:function:ComplaintPlatform-${state}`;

describe('the workflow definition', () => {
  test('with the function ARNs filled in is valid Amazon States Language, with no placeholder left', () => {
    const definition = definitionWithResources(fakeArn);
    expect(JSON.stringify(definition)).not.toContain('${');
    const result = aslValidator(definition);
    expect(result.errorsText()).toBe('');
    expect(result.isValid).toBe(true);
  });

  test('with a malformed resource is refused (the validator checks the ARNs filled in)', () => {
    const result = aslValidator(definitionWithResources((state) => state));
    expect(result.isValid).toBe(false);
    expect(result.errorsText()).toMatch(/Resource/);
  });

  test('its Task states are exactly those of TASK_STATES', () => {
    const taskStates = Object.entries(complaintWorkflowDefinition.States)
      .filter(([, state]) => state.Type === 'Task')
      .map(([name]) => name);
    expect(taskStates.sort()).toEqual(Object.keys(TASK_STATES).sort());
  });

  test('every Task state is given the complaint id, the epoch and the execution\'s input (ids only, see step-functions-starter), and nothing else: no personal data in the execution history', () => {
    for (const [name, state] of Object.entries(complaintWorkflowDefinition.States)) {
      if (state.Type === 'Task') expect([name, state.Parameters]).toEqual([name, { 'complaintId.$': '$.complaintId', 'epoch.$': '$.epoch', 'execution.$': '$$.Execution.Input' }]);
    }
  });

  test('every Task state has the handler export the stack points its function at', () => {
    // Read as text, not imported: importing the module reads the Lambda environment and builds AWS clients.
    const source = readFileSync(path.join(__dirname, '..', '..', 'functions', 'workflow', 'handlers', 'task-handlers.ts'), 'utf8');
    for (const state of Object.keys(TASK_STATES) as TaskStateName[]) {
      expect(source).toMatch(new RegExp(`^export const ${taskHandlerExport(state)}\\b`, 'm'));
    }
  });
});
