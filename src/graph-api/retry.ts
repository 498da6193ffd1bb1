import { classifyGraphError, GraphApiError, UpstreamError } from "./errors.js";

export const MAX_ATTEMPTS = 3;
const BASE_MS = 100;
const RATE_LIMIT_BASE_MS = 500;
const CAP_MS = 4_000;

export type RetryDecision = { retry: true; waitMs: number; reason: string } | { retry: false; error: unknown };

/** Exponential backoff with full jitter: a random wait up to base × 2^(attempt-1), capped. */
export function backoff(attempt: number, base = BASE_MS, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(CAP_MS, base * 2 ** (attempt - 1)));
}

/**
 * Whether a failed read is tried again, decided by Graph's error code and the transport error (Meta sends
 * throttles as HTTP 400, so the status alone cannot tell). Never used for mutations.
 */
export function decideRetry(error: unknown, attempt: number, remainingMs: number, random: () => number = Math.random): RetryDecision {
  const last = attempt >= MAX_ATTEMPTS;
  if (error instanceof UpstreamError) {
    if (last) return { retry: false, error };
    const waitMs = backoff(attempt, BASE_MS, random);
    return waitMs < remainingMs ? { retry: true, waitMs, reason: error.kind } : { retry: false, error };
  }
  if (!(error instanceof GraphApiError)) return { retry: false, error };
  const kind = classifyGraphError(error);
  if (kind === "transient") {
    if (last) return { retry: false, error };
    const waitMs = backoff(attempt, BASE_MS, random);
    return waitMs < remainingMs ? { retry: true, waitMs, reason: "transient" } : { retry: false, error };
  }
  if (kind === "rate-limited") {
    const hinted = error.retryAfterMs;
    const waitMs = hinted !== undefined && hinted > 0 ? hinted : backoff(attempt, RATE_LIMIT_BASE_MS, random);
    if (!last && waitMs < remainingMs) return { retry: true, waitMs, reason: "rate-limited" };
    // The wait would outlast the operation: answer RATE_LIMITED now, saying how long to wait.
    if (hinted !== undefined && hinted > 0) error.retryAfterMs = hinted;
    return { retry: false, error };
  }
  return { retry: false, error };
}
