import type { CodegenConfig } from "@graphql-codegen/cli";

const typescript = { enumsAsTypes: true, useTypeImports: true, importExtension: ".js", scalars: { DateTime: "string" } };

/**
 * Typed documents generated from the checked-in schema.graphql: the tests' own, and the client package's, whose
 * documents carry their SHA-256 hash and are listed in client/gql/persisted-documents.json (the manifest a gateway
 * serves with GATEWAY_PERSISTED_DOCUMENTS).
 */
const config: CodegenConfig = {
  schema: "./schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    "./test/gql/": {
      documents: ["test/**/*.ts", "!test/gql/**"],
      preset: "client",
      config: typescript,
      presetConfig: { fragmentMasking: false },
    },
    "./client/gql/": {
      documents: ["client/**/*.ts", "!client/gql/**", "!client/dist/**"],
      preset: "client",
      config: typescript,
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
    },
  },
};

export default config;
