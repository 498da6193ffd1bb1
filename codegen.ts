import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the test operations, generated from the checked-in schema.graphql. */
const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "./test/gql/": {
      preset: "client",
      config: { enumsAsTypes: true, useTypeImports: true, importExtension: ".js", scalars: { DateTime: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
