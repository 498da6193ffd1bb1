import type { Slots } from "./caller-slots.js";
import { UpstreamError } from "./errors.js";

/** One operation's bounds, shared by every upstream call it makes: reads, mutations and On-Premises calls. */
export interface CallOptions {
  /** The operation's overall deadline (epoch ms); reads retry only within it. */
  deadline?: number;
  /** Aborts at the deadline, wherever the call is: waiting for a pooled connection, or for the answer. */
  signal?: AbortSignal;
  /** The caller's share of upstream connections (a call waits for a slot within the deadline). */
  slots?: Slots;
}

/**
 * Runs one upstream attempt under the operation's bounds: a slot of the caller's share (waited for within the
 * deadline), then the time left, at most `timeoutMs`. Refused with a timeout, before anything is sent, when the
 * deadline passed while waiting.
 */
export async function withinCall<T>(call: CallOptions, deadline: number, timeoutMs: number, send: (timeoutMs: number) => Promise<T>): Promise<T> {
  const release = call.slots ? await call.slots.take(deadline) : undefined;
  try {
    const left = deadline - Date.now();
    if (left <= 0 || call.signal?.aborted) throw new UpstreamError("timeout", "The operation's deadline passed before the call was sent", undefined, true);
    return await send(Math.min(timeoutMs, left));
  } finally {
    release?.();
  }
}

/**
 * Waits for work shared by several callers (a listing, a login) only while this caller's operation lasts; the
 * work itself goes on for the others. An ended wait is a timeout with nothing of this call sent.
 */
export function waitShared<T>(shared: Promise<T>, call: CallOptions, what: string): Promise<T> {
  return unlessAborted(shared, call.signal).catch((e: unknown) => {
    if (call.signal?.aborted) throw new UpstreamError("timeout", `The operation's deadline passed while the gateway waited for ${what}`, undefined, true);
    throw e;
  });
}

/**
 * The work, or the signal's reason once it aborts. undici looks at a request's signal only once the request has
 * a connection: a request queued behind a full pool would otherwise outlive its operation. The queued request
 * itself is dropped by undici when its turn comes (its signal is aborted by then).
 */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e as Error);
      },
    );
  });
}
