import { buildSchema, graphqlSync, parse, validate, execute } from 'graphql';
import { fieldOf, withoutValues } from '../../../functions/graphql/errors';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';

const schema = buildSchema(typeDefs);
const SUBMIT = 'mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference } }';

function coercionMessages(input: unknown): string[] {
  const result = execute({ schema, document: parse(SUBMIT), variableValues: { input } });
  if (!('errors' in result) || !result.errors) throw new Error('expected coercion errors');
  return result.errors.map((e) => e.message);
}

const valid = {
  channel: 'WEB',
  complainant: { name: 'Secret Name', email: 'secret@example.com' },
  respondent: { name: 'Shop' },
  category: 'c',
  facts: 'f',
  remedyRequested: 'r',
};

describe('GraphQL error messages', () => {
  it('drop a wrong-typed value but keep the field path', () => {
    const [message] = coercionMessages({ ...valid, complainant: { ...valid.complainant, name: 13800138000 } });
    expect(withoutValues(message)).not.toContain('13800138000');
    expect(fieldOf(message)).toBe('input.complainant.name');
  });

  it('drop an unknown enum value', () => {
    const [message] = coercionMessages({ ...valid, channel: 'secret@example.com' });
    expect(withoutValues(message)).not.toContain('secret');
    expect(withoutValues(message)).toContain('"Channel" enum');
    expect(fieldOf(message)).toBe('input.channel');
  });

  it('drop a value that itself contains the separator graphql-js uses', () => {
    const [message] = coercionMessages({ ...valid, channel: 'WANG; at "x"; Field' });
    expect(withoutValues(message)).not.toContain('WANG');
    expect(fieldOf(message)).toBe('input.channel');
  });

  it('name a missing required field', () => {
    const [message] = coercionMessages({ ...valid, facts: undefined });
    expect(fieldOf(message)).toBe('input.facts');
    expect(withoutValues(message)).toContain('was not provided');
  });

  it('drop the whole invalid object from the message', () => {
    const [message] = coercionMessages({ ...valid, complainant: { ...valid.complainant, extra: 'x' } });
    expect(withoutValues(message)).not.toContain('Secret Name');
    expect(fieldOf(message)).toBe('input.complainant.extra');
  });

  it('drop an inline literal of the wrong type', () => {
    const document = parse('{ complaints(first: "13800138000") { pageInfo { hasNextPage } } }');
    const [error] = validate(schema, document);
    expect(withoutValues(error.message)).not.toContain('13800138000');
  });

  it('leave a message without values as it is', () => {
    const result = graphqlSync({ schema, source: '{ nope }' });
    expect(withoutValues(result.errors![0].message)).toBe(result.errors![0].message);
  });
});
