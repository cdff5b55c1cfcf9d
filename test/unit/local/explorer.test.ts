import { buildClientSchema, buildSchema, parse, printSchema, validate } from 'graphql';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';
import { explorerPage } from '../../../local/explorer';

describe('the explorer page', () => {
  it('opens with example operations that are valid against the schema', () => {
    const page = explorerPage('/graphql');
    const example = JSON.parse(/defaultQuery: ("(?:[^"\\]|\\.)*")/.exec(page)![1]) as string;
    expect(example).toContain('submitComplaint');
    expect(validate(buildSchema(typeDefs), parse(example))).toEqual([]);
  });

  it('hands GraphiQL the whole schema, so it sends no introspection query of its own (too deep for the depth limit)', () => {
    const page = explorerPage('/graphql');
    const embedded = JSON.parse(/const schema = (\{.*\});\n/.exec(page)![1]);
    expect(printSchema(buildClientSchema(embedded))).toBe(printSchema(buildSchema(typeDefs)));
    expect(page).toContain('{ fetcher, schema, defaultQuery');
  });
});
