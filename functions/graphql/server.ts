import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphqlContext, GraphqlServices } from './context';
import { createErrorFormatter } from './errors';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';

export function createApolloServer(services: GraphqlServices): ApolloServer<GraphqlContext> {
  return new ApolloServer<GraphqlContext>({
    typeDefs,
    resolvers,
    formatError: createErrorFormatter(services.logger),
    includeStacktraceInErrorResponses: false,
    introspection: services.developmentMode,
    hideSchemaDetailsFromClientErrors: !services.developmentMode,
    allowBatchedHttpRequests: false,
    // The hosted Apollo Sandbox needs the internet; the local stack serves GraphiQL instead.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
