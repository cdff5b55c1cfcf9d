import type { Template } from 'aws-cdk-lib/assertions';

/** How the template refers to a function's `live` alias, which everything that invokes the function names (CodeDeploy moves it). */
export function liveAliasRef(template: Template, functionId: string): { Ref: string } {
  const aliases = Object.entries(template.findResources('AWS::Lambda::Alias', { Properties: { FunctionName: { Ref: functionId }, Name: 'live' } }));
  expect(aliases).toHaveLength(1);
  return { Ref: aliases[0][0] };
}
