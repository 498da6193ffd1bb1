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
