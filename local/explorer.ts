import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { typeDefs } from '../functions/graphql/generated/type-defs';

/**
 * GraphiQL, served from npm packages so it works offline (Apollo's hosted Sandbox
 * needs the internet).
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'), type: 'text/css' },
};

export function explorerAsset(name: string): { body: Buffer; type: string } | undefined {
  const asset = ASSETS[name];
  return asset && { body: readFileSync(asset.file), type: asset.type };
}

const EXAMPLE = `# Submit a complaint, then track it with the reference and access code it returns.
mutation Submit {
  submitComplaint(input: {
    channel: WEB
    complainant: { name: "Li Wei", email: "li.wei@example.com", phone: "+86 138 0000 0000", preferredLanguage: EN }
    respondent: { name: "Example Telecom Ltd", address: "1 Example Road, Shanghai" }
    category: "Mobile network"
    facts: "No signal at home for two weeks; the hotline never answers."
    remedyRequested: "Fix the coverage and refund two weeks of fees."
  }) {
    reference
    accessCode
    complaint { id status receivedAt clocks { id label dueAt state } }
  }
}

query Track($reference: String!, $accessCode: String!) {
  trackComplaint(reference: $reference, accessCode: $accessCode) {
    reference status receivedAt
    clocks { id label dueAt state }
    timeline { at action }
  }
}
`;

/**
 * The schema handed to GraphiQL in the page, so that it never sends its own introspection
 * query: that query nests 21 levels (types of types of …), past the depth limit that
 * applies to introspection like any other query. `<` is escaped so that no description
 * can close the script element.
 */
const schemaForExplorer = (): string => JSON.stringify(introspectionFromSchema(buildSchema(typeDefs))).replace(/</g, '\\u003c');

export function explorerPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Complaint platform · GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css" />
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  const schema = ${schemaForExplorer()};
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, schema, defaultQuery: ${JSON.stringify(EXAMPLE)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;
}
