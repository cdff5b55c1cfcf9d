import { buildSchema, printSchema, type GraphQLScalarType } from 'graphql';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';
import { executableSchema } from '../../../functions/graphql/schema';

describe('the schema the API serves', () => {
  it('is the schema.graphql that graphql-js validates, although it is built without validating it again', () => {
    expect(printSchema(executableSchema())).toBe(printSchema(buildSchema(typeDefs)));
  });

  it('has the resolvers on its fields and the platform scalars on its types', () => {
    const schema = executableSchema();
    const query = schema.getQueryType()!.getFields();
    expect(query.trackComplaint.resolve).toEqual(expect.any(Function));
    expect(schema.getMutationType()!.getFields().submitComplaint.resolve).toEqual(expect.any(Function));
    expect(() => (schema.getType('Date') as GraphQLScalarType).parseValue('2026-02-30')).toThrow('Date must be a calendar date');
  });
});
