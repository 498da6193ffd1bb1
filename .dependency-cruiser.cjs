/**
 * The one-way house (DESIGN.md): schema/ → loaders/ → graph-api/ → undici. Checked by `npm test`.
 *
 * Folders (and the top-level files) in layers, lowest first: a module may import its own layer and those below,
 * never one above, so no two folders can import each other.
 */
const LAYERS = [
  ["observability", "version.ts"],
  ["graph-api"],
  ["cache"],
  ["loaders"],
  ["fleet"],
  ["on-premises"],
  // Onboardings, their store, and the cipher that seals customers' tokens (config reads keys with it).
  ["onboarding"],
  ["auth", "config.ts"],
  ["webhooks"],
  ["context.ts"],
  ["schema"],
  ["plugins", "graphiql-default-query.ts", "shutdown.ts", "admin-listener.ts"],
  ["services.ts", "gateway-options.ts"],
  ["gateway.ts"],
  ["server.ts"],
];
const pathOf = (name) => (name.endsWith(".ts") ? `^src/${name.replace(".", "\\.")}$` : `^src/${name}/`);
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer[0]}-imports-nothing-above-it`,
  severity: "error",
  comment: `${layer.join(", ")} may not import ${LAYERS.slice(i + 1).flat().join(", ")}.`,
  from: { path: layer.map(pathOf) },
  to: { path: LAYERS.slice(i + 1).flat().map(pathOf) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    { name: "no-circular", severity: "error", comment: "No import cycle between files.", from: {}, to: { circular: true } },
    {
      name: "graph-api-speaks-meta-only",
      severity: "error",
      comment: "graph-api/ is Meta's API as Meta speaks it: no GraphQL, and nothing from the layers above it.",
      from: { path: "^src/graph-api/" },
      to: { path: ["^node_modules/graphql/", "^src/(schema|loaders|auth|fleet|webhooks|plugins|cache)/", "^src/(gateway|context|server)\\.ts$"] },
    },
    {
      name: "loaders-build-no-graphql",
      severity: "error",
      comment: "loaders/ are DataLoaders over graph-api operations: no GraphQL errors or shapes, nothing from schema/.",
      from: { path: "^src/loaders/" },
      to: { path: ["^node_modules/graphql/", "^src/(schema|plugins)/", "^src/(gateway|server)\\.ts$"] },
    },
    {
      name: "schema-calls-no-http",
      severity: "error",
      comment: "schema/ calls loaders and typed operations; it never talks HTTP itself.",
      from: { path: "^src/schema/" },
      to: { path: ["^node_modules/undici/", "^src/simulator/"] },
    },
    {
      name: "schema-runs-typed-operations",
      severity: "error",
      comment: "schema/ runs graph-api's and the On-Premises client's typed operations; it holds their clients only as types.",
      from: { path: "^src/schema/" },
      to: { path: ["^src/graph-api/client\\.ts$", "^src/on-premises/client\\.ts$"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "schema-domains-meet-at-their-types",
      severity: "error",
      comment: "A schema domain (phone-number/, waba/, business/) uses another only through its type.ts and enums.ts; what all share lives in shared/.",
      from: { path: "^src/schema/(phone-number|waba|business|onboarding)/" },
      to: { path: "^src/schema/(phone-number|waba|business|onboarding)/", pathNot: ["^src/schema/$1/", "^src/schema/[^/]+/(type|enums)\\.ts$"] },
    },
    {
      name: "shared-schema-knows-no-domain",
      severity: "error",
      comment: "schema/shared/ is what every domain uses: it imports none of them.",
      from: { path: "^src/schema/shared/" },
      to: { path: "^src/schema/(phone-number|waba|business|onboarding)/" },
    },
    {
      name: "only-services-builds-long-lived-objects",
      severity: "error",
      comment: "gateway.ts orders plugins; the pool, clients, directory, fleet and caches are built in services.ts.",
      from: { path: "^src/gateway\\.ts$" },
      to: { path: ["^src/(graph-api|fleet|cache|loaders|on-premises|auth)/"] },
    },
    {
      name: "production-code-never-imports-the-simulator",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/simulator/", "^src/server\\.ts$"] },
      to: { path: "^src/simulator/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".js"] },
  },
};
