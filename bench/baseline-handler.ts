/**
 * The cold-start baseline: the least a GraphQL Lambda on this stack loads. One trivial
 * Query field, a DynamoDB client built at module scope (as the platform builds its own),
 * and the same Lambda integration and API Gateway v2 request handler. Bundled exactly
 * as the platform's handler is (see cold-start.ts).
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export const client = new DynamoDBClient({});

const server = new ApolloServer({
  typeDefs: 'type Query { ok: Boolean! }',
  resolvers: { Query: { ok: () => client !== undefined } },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
