import type { Template } from 'aws-cdk-lib/assertions';

/** How the template refers to a function's `live` alias, which everything that invokes the function names (CodeDeploy moves it). */
export function liveAliasRef(template: Template, functionId: string): { Ref: string } {
  const aliases = Object.entries(template.findResources('AWS::Lambda::Alias', { Properties: { FunctionName: { Ref: functionId }, Name: 'live' } }));
  expect(aliases).toHaveLength(1);
  return { Ref: aliases[0][0] };
}

/** The event source mapping that feeds a function: it names the function as `<name>:live`, the name taken from the alias's ARN. */
export function mappingOf(template: Template, functionId: string): [string, { Properties: Record<string, any> }] {
  const alias = JSON.stringify(liveAliasRef(template, functionId));
  const mappings = Object.entries(template.findResources('AWS::Lambda::EventSourceMapping')).filter(([, m]) => JSON.stringify(m.Properties.FunctionName).includes(alias));
  expect(mappings).toHaveLength(1);
  expect(mappings[0][1].Properties.FunctionName['Fn::Join'][1].at(-1)).toBe(':live');
  return mappings[0] as [string, { Properties: Record<string, any> }];
}
