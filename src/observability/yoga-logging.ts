import type { Logger } from "pino";

/** Yoga's own log calls into pino: one JSON line each, an unexpected error with its error object (redacted by pino). */
export function yogaLogging(log: Logger) {
  return {
    debug: (...args: unknown[]) => log.debug(args.map(String).join(" ")),
    info: (...args: unknown[]) => log.info(args.map(String).join(" ")),
    warn: (...args: unknown[]) => log.warn(args.map(String).join(" ")),
    error: (...args: unknown[]) => log.error({ err: args.find((a) => a instanceof Error) }, "unexpected error"),
  };
}
