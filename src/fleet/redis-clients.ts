import { createRequire } from "node:module";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/** Loaded when Redis is configured: a single instance never holds the client's code (about 9 MiB). */
const load = createRequire(import.meta.url);

/**
 * Redis connections for fleet state. Commands fail fast while Redis is down (no offline queue piling up,
 * a short command timeout), so that reads keep their normal speed; errors are logged once per outage,
 * never thrown at the process.
 */
export interface RedisClients {
  command: Redis;
  /** Pub/sub needs its own connection. */
  subscriber: Redis;
  up(): boolean;
  close(): Promise<void>;
}

const COMMAND_TIMEOUT_MS = 250;

export function connectRedis(url: string, logger: Logger): RedisClients {
  const options = {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
    lazyConnect: false,
  };
  const { Redis: Client } = load("ioredis") as typeof import("ioredis");
  const command = new Client(url, options);
  // The subscriber keeps its subscriptions across reconnects; it needs the offline queue for that.
  const subscriber = new Client(url, { ...options, enableOfflineQueue: true, commandTimeout: undefined });
  let down = false;
  for (const client of [command, subscriber]) {
    client.on("error", (e: Error) => {
      if (!down) logger.warn({ err: { name: e.name, message: e.message } }, "Redis unavailable: fleet state degraded to this instance");
      down = true;
    });
    client.on("ready", () => {
      if (down) logger.info("Redis available again");
      down = false;
    });
  }
  return {
    command,
    subscriber,
    up: () => command.status === "ready" && subscriber.status === "ready",
    close: async () => {
      command.disconnect();
      subscriber.disconnect();
    },
  };
}
