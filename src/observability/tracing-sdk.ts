import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from "@opentelemetry/semantic-conventions";
import { VERSION } from "../version.js";

/** OTLP over HTTP, from the standard OTEL_* variables (read in config.ts). */
export interface TracingConfig {
  /** The traces endpoint, e.g. `http://collector:4318/v1/traces`. */
  url: string;
  headers: Record<string, string>;
  serviceName: string;
}

/**
 * Registers the OpenTelemetry SDK for the process: spans batched to an OTLP collector, W3C trace context, context
 * kept across async work (AsyncLocalStorage). Off unless configured: the API's no-op tracer costs nothing.
 */
export function startTracing(config: TracingConfig): { shutdown: () => Promise<void> } {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [ATTR_SERVICE_VERSION]: VERSION }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url, headers: config.headers }))],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
