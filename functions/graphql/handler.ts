import { observed } from '../adapters/observability/handler';
import { configFromEnvironment } from '../config/environment';
import { graphqlServices } from '../wiring/graphql-services';
import { createGraphqlHandler } from './lambda-handler';

// Built once per container, outside the request path.
const answer = createGraphqlHandler(graphqlServices(configFromEnvironment()));

// The Tracer loads after the first answer: the cold start does not wait for it (docs/PERFORMANCE.md).
export const handler = observed(answer, { traceAfterFirstAnswer: true });
