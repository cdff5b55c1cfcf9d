// Codegen plugin: emits schema.graphql as a string constant, so the Lambda bundle
// carries the schema without reading files at run time.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `// Generated from schema.graphql by npm run codegen. Do not edit.\nexport const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
