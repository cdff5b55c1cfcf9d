import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is the one source of GraphQL types; this writes the TypeScript side.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'functions/graphql/generated/types.ts': {
      plugins: [{ add: { content: '// Generated from schema.graphql by npm run codegen. Do not edit.' } }, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string' },
        contextType: '../context#GraphqlContext',
        mappers: {
          Complaint: '../../core/complaint#Complaint as ComplaintModel',
          ComplaintTracking: '../../core/complaint#Complaint as ComplaintModel',
          Clock: '../../core/clocks/running-clock#RunningClock',
          Evidence: '../../core/files/stored-file#EvidenceOfComplaint as EvidenceModel',
          OrganizationSettings: '../../core/organization/settings#OrganizationSettings as OrganizationSettingsModel',
          InboundEmail: '../../core/inbound/inbound-email#InboundEmailRecord as InboundEmailModel',
        },
        maybeValue: 'T | null | undefined',
      },
    },
    // The schema's types alone (no resolver signatures, so nothing of the server's context):
    // what the domain's pure rules import, so the web apps can bundle and type-check them too.
    'functions/graphql/generated/schema-types.ts': {
      plugins: [{ add: { content: '// Generated from schema.graphql by npm run codegen. Do not edit.' } }, 'typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { DateTime: 'string', Date: 'string' }, maybeValue: 'T | null | undefined' },
    },
    'functions/graphql/generated/type-defs.ts': {
      plugins: ['./scripts/codegen-type-defs.js'],
    },
    // The same, parsed: what the handler builds its schema from at cold start.
    'functions/graphql/generated/type-defs-document.ts': {
      plugins: ['./scripts/codegen-type-defs-document.js'],
    },
    // The web apps' typed documents: every graphql(`…`) in web/ is checked against the schema.
    'web/generated/': {
      documents: ['web/**/*.ts', 'web/**/*.tsx', '!web/generated/**', '!web/build/**', '!web/portal/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { DateTime: 'string', Date: 'string' } },
    },
    // The portal's own: the preset's graphql() holds every document it generated, so the portal
    // (80 KB budget) would otherwise carry all of the workspace's operations.
    'web/portal/generated/': {
      documents: ['web/portal/**/*.ts', 'web/portal/**/*.tsx', '!web/portal/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { DateTime: 'string', Date: 'string' } },
    },
  },
};

export default config;
