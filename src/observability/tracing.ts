import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes, type Context, type Span } from "@opentelemetry/api";
import { VERSION } from "../version.js";

/**
 * The gateway's spans (OpenTelemetry API only: without a registered SDK every call here is a no-op). Attributes
 * name kinds, counts, statuses, Meta's error code and trace id: never a token, PIN, code, key or document.
 */
const tracer = () => trace.getTracer("waba-gateway", VERSION);

export { SpanKind };

/** Runs `work` in a new span, child of the active one; the span records a thrown error and always ends. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.name : "error" });
      throw e;
    } finally {
      span.end();
    }
  });
}

/** The caller's trace (W3C `traceparent`/`tracestate`), to parent the operation's span. */
export function callerContext(headers: Headers): Context {
  const extracted = propagation.extract(ROOT_CONTEXT, headers, {
    keys: (carrier) => [...carrier.keys()],
    get: (carrier, key) => carrier.get(key) ?? undefined,
  });
  const caller = trace.getSpanContext(extracted);
  if (!caller || !trace.isSpanContextValid(caller)) return ROOT_CONTEXT;
  // The caller's trace and span, nothing else it sent: its sampled flag must not turn off the gateway's own spans
  // (mutations included), and its tracestate is not copied into every span the gateway makes.
  return trace.setSpanContext(ROOT_CONTEXT, { traceId: caller.traceId, spanId: caller.spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
}

/** Starts a span under `parent` without making it active; the caller runs work in `withSpan`. */
export function startSpan(name: string, attributes: Attributes, parent: Context, kind: SpanKind): Span {
  return tracer().startSpan(name, { kind, attributes }, parent);
}

/** Runs `work` with `span` active under `parent`, so that the spans it starts are its children. */
export function withSpan<T>(parent: Context, span: Span, work: () => T): T {
  return context.with(trace.setSpan(parent, span), work);
}

export function failed(span: Span, reason: string): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: reason });
}
