import { buildASTSchema, GraphQLObjectType, GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { typeDefsDocument } from './generated/type-defs-document';
import type { GraphqlContext } from './context';
import { resolvers } from './resolvers';

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, GraphqlContext>>;

/**
 * The executable schema, built the cheap way at cold start. Apollo's own path (graphql-tools'
 * makeExecutableSchema) validates the SDL, merges it and then copies the whole schema to add
 * the resolvers: most of a cold start's schema work for a schema this size. The SDL is
 * generated from schema.graphql, which codegen and the tests (buildSchema) validate, so it is built
 * without validation, from the document codegen already parsed (JSON.parse costs a fraction of
 * parse), and the resolvers are set on the fields in place. A resolver for a type or field the
 * schema does not have is still refused.
 */
export function executableSchema(): GraphQLSchema {
  const schema = buildASTSchema(typeDefsDocument, { assumeValid: true, assumeValidSDL: true });
  for (const [typeName, value] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (value instanceof GraphQLScalarType && type instanceof GraphQLScalarType) {
      Object.assign(type, { serialize: value.serialize, parseValue: value.parseValue, parseLiteral: value.parseLiteral });
    } else if (type instanceof GraphQLObjectType) {
      const fields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(value as FieldResolvers)) {
        const field = fields[fieldName];
        if (!field) throw new Error(`Resolver ${typeName}.${fieldName} is not a field of the schema.`);
        field.resolve = resolve as typeof field.resolve;
      }
    } else {
      throw new Error(`Resolvers for ${typeName}, which is not an object or scalar type of the schema.`);
    }
  }
  return schema;
}
