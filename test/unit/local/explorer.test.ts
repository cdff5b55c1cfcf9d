import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';
import { explorerPage } from '../../../local/explorer';

describe('the explorer page', () => {
  it('opens with example operations that are valid against the schema', () => {
    const page = explorerPage('/graphql');
    const example = JSON.parse(/defaultQuery: ("(?:[^"\\]|\\.)*")/.exec(page)![1]) as string;
    expect(example).toContain('submitComplaint');
    expect(validate(buildSchema(typeDefs), parse(example))).toEqual([]);
  });
});
