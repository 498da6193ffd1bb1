import { pino, type Logger } from "pino";

/**
 * Structured JSON logs. Secrets are redacted by key wherever they appear: the upstream token,
 * PINs, one-time codes, API keys and Authorization headers.
 */
export const REDACT_PATHS = [
  "token",
  "accessToken",
  "*.accessToken",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-api-key"]',
  'req.headers["x-api-key"]',
  "pin",
  "*.pin",
  "code",
  "*.code",
  "input.pin",
  "input.code",
  "variables.input.pin",
  "variables.input.code",
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: "waba-gateway" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination ?? process.stdout,
  );
}

/** Yoga's own log calls into pino: one JSON line each, an unexpected error with its error object (redacted by pino). */
export function yogaLogging(log: Logger) {
  return {
    // Yoga logs at debug on every request: below that level pino's own no-op takes the call (nothing is formatted).
    debug: log.isLevelEnabled("debug") ? (...args: unknown[]) => log.debug(args.map(String).join(" ")) : log.debug.bind(log),
    info: (...args: unknown[]) => log.info(args.map(String).join(" ")),
    warn: (...args: unknown[]) => log.warn(args.map(String).join(" ")),
    error: (...args: unknown[]) => log.error({ err: args.find((a) => a instanceof Error) }, "unexpected error"),
  };
}
