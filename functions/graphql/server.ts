import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createArmor } from './armor';
import type { GraphqlContext, GraphqlServices } from './context';
import { createErrorFormatter } from './errors';
import { executableSchema } from './schema';

export function createApolloServer(services: GraphqlServices): ApolloServer<GraphqlContext> {
  // Depth, aliases, cost, directives and tokens limits (see armor.ts).
  const armor = createArmor({ developmentMode: services.developmentMode });
  return new ApolloServer<GraphqlContext>({
    schema: executableSchema(),
    formatError: createErrorFormatter(services.logger),
    includeStacktraceInErrorResponses: false,
    introspection: services.developmentMode,
    hideSchemaDetailsFromClientErrors: !services.developmentMode,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // The hosted Apollo Sandbox needs the internet; the local stack serves GraphiQL instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins],
  });
}
