// GraphQL Mesh composing Meta's own OpenAPI spec (../shared/meta-openapi) into a GraphQL schema, pointed at the
// benchmark's simulator (SIM_URL, read by Hive Gateway at run time). The benchmark's peer, as a BSP would set it up.
import { defineConfig } from "@graphql-mesh/compose-cli";
import { loadOpenAPISubgraph } from "@omnigraph/openapi";

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph("Meta", {
        source: process.env.META_OPENAPI_SPEC ?? "../../../../shared/meta-openapi/business-messaging-api_v23.0.yaml",
        endpoint: "{env.SIM_URL}",
      }),
    },
  ],
});
