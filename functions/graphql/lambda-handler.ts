import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { CORRELATION_HEADER, correlationIdOf, withCorrelationId } from '../adapters/observability/correlation';
import { authenticate } from './authenticate';
import { createContext, type GraphqlServices } from './context';
import { createApolloServer } from './server';
import { enforcePartnerRateLimit } from './rate-limit';

/** Requests larger than this are refused before parsing (API Gateway allows 10 MB). */
export const MAX_BODY_BYTES = 64 * 1024;

const requestHandler = handlers.createAPIGatewayProxyEventV2RequestHandler();
export type GraphqlLambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

function errorResult(statusCode: number, code: string, message: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

/** Refuses what Apollo would otherwise answer with a bare text error: oversized or malformed JSON bodies. */
function rejectUnreadableBody(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  if (!event.body) return undefined;
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return errorResult(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  const contentType = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (contentType.startsWith('application/json')) {
    try {
      JSON.parse(body);
    } catch {
      return errorResult(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
  }
  return undefined;
}

/**
 * The GraphQL API as an API Gateway HTTP API (payload v2) Lambda handler. Each request gets a
 * correlation id (the caller's x-correlation-id when it is a UUID, else a new one) that its logs
 * and the workflow executions it starts carry; the answer names it in the same header.
 */
export function createGraphqlHandler(services: GraphqlServices): GraphqlLambdaHandler {
  const server = createApolloServer(services);
  const answer = startServerAndCreateLambdaHandler(server, requestHandler, {
    context: async ({ event }) => {
      const caller = await authenticate(event.headers ?? {}, { tokens: services.tokenVerifier, apiKeys: services.apiKeyVerifier });
      await enforcePartnerRateLimit(services, caller);
      return createContext(services, caller);
    },
    middleware: [(event) => Promise.resolve(rejectUnreadableBody(event))],
  });
  return (event, context) => {
    const correlationId = correlationIdOf(event.headers);
    return withCorrelationId(correlationId, async () => {
      // The API Gateway v2 request handler always answers with a structured result.
      const result = (await answer(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
      return { ...result, headers: { ...result.headers, [CORRELATION_HEADER]: correlationId } };
    });
  };
}
