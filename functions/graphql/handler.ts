import { configFromEnvironment } from '../config/environment';
import { graphqlServices } from '../wiring/graphql-services';
import { createGraphqlHandler } from './lambda-handler';

// Built once per container, outside the request path.
export const handler = createGraphqlHandler(graphqlServices(configFromEnvironment()));
