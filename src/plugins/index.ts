// The gateway's own Yoga plugins, one file each; gateway.ts puts them in order.
export { authenticateFirst } from "./authenticate-first.js";
export { examplePage } from "./example-page.js";
export { compiledExecution, countCompilations, maskEngineErrors } from "./compiled-execution.js";
export { operationCost } from "./operation-cost.js";
export { operationLog } from "./operation-log.js";
export { operationTrace } from "./operation-trace.js";
export { persistedOperations } from "./persisted-operations.js";
export { queryLimits } from "./query-limits.js";
export { readiness } from "./readiness.js";
export { bodyLimit, csrfPrevention, errorCap, noEchoedBodies } from "./request-refusals.js";
export { selectionBounds } from "./selection-bounds.js";
export { operationMetrics } from "../observability/operation-metrics.js";
