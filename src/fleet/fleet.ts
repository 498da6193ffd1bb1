import { randomBytes } from "node:crypto";
import { parseJsonOrUndefined } from "../graph-api/json.js";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { RedisClients } from "./redis-clients.js";

/** A change Meta reported through a webhook, as it travels between instances (JSON). */
export interface ChangeEvent {
  kind: "NAME_UPDATE" | "QUALITY_UPDATE" | "ACCOUNT_UPDATE" | "ACCOUNT_REVIEW_UPDATE" | "CAPABILITY_UPDATE" | "ACCOUNT_ALERT" | "SECURITY";
  wabaId: string;
  displayPhoneNumber: string | null;
  event: string | null;
  phoneNumberId: string | null;
  receivedAt: string;
  /** phone_number_name_update: why a name was declined, and the name decided on. */
  rejectionReason?: string | null;
  requestedVerifiedName?: string | null;
  /** Everything else Meta sent in the change's value, as JSON text (bounded). */
  details?: string | null;
}

export interface Invalidation {
  wabaIds: string[];
  phoneIds: string[];
  /** Other objects shown in cached answers (the business, pre-verified numbers). */
  objectIds?: string[];
  /** WABAs whose business token is new in the store: every instance reads it from there. */
  tokenWabaIds?: string[];
  /** The WABAs still hold the same numbers (a webhook about a number): their number listings are kept. */
  numbersKept?: boolean;
}

export const CHANGE_TOPIC = "waba-gateway:phoneNumberChanged";
/** The latest changes kept per number (PhoneNumber.recentChanges), for 30 days. */
export const RECENT_CHANGES = 20;
export const RECENT_CHANGES_SECONDS = 30 * 86_400;
export const recentChangesKey = (phoneNumberId: string) => `changes:${phoneNumberId}`;
/** When Meta rejected a number's Official Business Account request (account_alerts OBA_REJECTED); 30 days' wait. */
export const obaRejectedKey = (phoneNumberId: string) => `oba-rejected:${phoneNumberId}`;
export const OBA_WAIT_SECONDS = 30 * 86_400;
/** An onboarding moved (its id; subscribers read it from the store). */
export const ONBOARDING_TOPIC = "waba-gateway:onboardingProgress";
const INVALIDATE_CHANNEL = "waba-gateway:invalidate";
const THROTTLE_CHANNEL = "waba-gateway:throttle";
const DELIVERY_PREFIX = "waba-gateway:delivery:";
const VALUE_PREFIX = "waba-gateway:value:";
/** Meta retries a delivery for up to 7 days. */
const DELIVERY_TTL_SECONDS = 7 * 24 * 3600;
const LOCAL_DELIVERIES = 10_000;

type Topics = { [CHANGE_TOPIC]: [wabaId: string, payload: ChangeEvent]; [ONBOARDING_TOPIC]: [id: string, payload: { id: string; updatedAt: number }] };

const ignore = () => undefined;

/**
 * What the instances of a fleet share through Redis when REDIS_URL is set (in memory otherwise):
 * subscription events (Yoga's Redis event target), cache invalidations, the per-WABA "Meta says wait"
 * state, and which webhook deliveries were already handled. With Redis down every part falls back to this
 * instance alone, and nothing throws at the process.
 */
export class Fleet {
  readonly pubSub: PubSub<Topics>;
  private readonly invalidationHandlers: ((i: Invalidation) => void)[] = [];
  private readonly throttleHandlers: ((wabaId: string, untilMs: number) => void)[] = [];
  private readonly deliveries = new Set<string>();
  /** The latest events of each number when there is no Redis (or while it is down), newest first. */
  private readonly recent = new Map<string, string[]>();
  /** Small shared values (with a lifetime) when there is no Redis, or while it is down. */
  private readonly values = new Map<string, { value: string; expires: number }>();
  private readonly keys = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly redis: RedisClients | undefined,
    private readonly logger: Logger,
  ) {
    if (!redis) {
      this.pubSub = createPubSub<Topics>();
      return;
    }
    const { command, subscriber } = redis;
    // Yoga's event target calls publish/subscribe without catching: hand it clients that do, and that fall
    // back to this instance's own subscribers when Redis cannot carry a message.
    const publishClient = {
      publish: (channel: string, message: string) =>
        command.publish(channel, message).catch(() => {
          subscriber.emit("message", channel, message);
          return 0;
        }),
    } as unknown as Redis;
    const subscribeClient = {
      on: (event: string, listener: (...args: unknown[]) => void) => subscriber.on(event, listener),
      subscribe: (channel: string) => subscriber.subscribe(channel).catch(ignore),
      unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(ignore),
    } as unknown as Redis;
    this.pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
    subscriber.subscribe(INVALIDATE_CHANNEL, THROTTLE_CHANNEL).catch(ignore);
    subscriber.on("message", (channel: string, message: string) => {
      if (channel === INVALIDATE_CHANNEL) this.applyInvalidation(message);
      if (channel === THROTTLE_CHANNEL) this.applyThrottle(message);
    });
  }

  /** "memory" (one instance), "redis", or "redis-down" (degraded to this instance). */
  status(): "memory" | "redis" | "redis-down" {
    if (!this.redis) return "memory";
    return this.redis.up() ? "redis" : "redis-down";
  }

  publishChange(change: ChangeEvent): void {
    this.pubSub.publish(CHANGE_TOPIC, change.wabaId, change);
  }

  /** True the first time the fleet sees this delivery (Meta retries, possibly to another instance). */
  async firstDelivery(hash: string): Promise<boolean> {
    if (this.deliveries.has(hash)) return false;
    this.deliveries.add(hash);
    if (this.deliveries.size > LOCAL_DELIVERIES) this.deliveries.delete(this.deliveries.values().next().value as string);
    if (!this.redis) return true;
    try {
      return (await this.redis.command.set(`${DELIVERY_PREFIX}${hash}`, "1", "EX", DELIVERY_TTL_SECONDS, "NX")) === "OK";
    } catch {
      // Redis down: this instance's memory is all there is.
      return true;
    }
  }

  /** A small value every instance sees, for `ttlSeconds`. */
  async put(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    await this.redis?.command.set(`${VALUE_PREFIX}${key}`, value, "EX", ttlSeconds).catch(ignore);
  }

  async read(key: string): Promise<string | undefined> {
    if (this.redis?.up()) {
      const shared = await this.redis.command.get(`${VALUE_PREFIX}${key}`).catch(() => undefined);
      if (shared !== undefined) return shared ?? undefined;
    }
    const local = this.values.get(key);
    if (!local || local.expires <= Date.now()) return undefined;
    return local.value;
  }

  /**
   * Claims `key` for this caller, once, fleet-wide: true when it was free (now set to `value`), the value already
   * there otherwise, undefined when Redis is configured but cannot answer (never a claim two instances both win).
   */
  async claim(key: string, value: string, ttlSeconds: number): Promise<true | string | undefined> {
    if (!this.redis) {
      const local = this.values.get(key);
      if (local && local.expires > Date.now()) return local.value;
      this.values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
      return true;
    }
    try {
      if ((await this.redis.command.set(`${VALUE_PREFIX}${key}`, value, "EX", ttlSeconds, "NX")) === "OK") return true;
      return (await this.redis.command.get(`${VALUE_PREFIX}${key}`)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `entry` first in a short list every instance reads (newest first, at most `max`, for `ttlSeconds`). */
  async pushRecent(key: string, entry: string, max: number, ttlSeconds: number): Promise<void> {
    const local = [entry, ...(this.recent.get(key) ?? [])].slice(0, max);
    this.recent.delete(key);
    this.recent.set(key, local);
    // Bounded: the oldest numbers' lists go first.
    if (this.recent.size > 10_000) this.recent.delete(this.recent.keys().next().value as string);
    if (!this.redis) return;
    await this.redis.command
      .multi()
      .lpush(`${VALUE_PREFIX}recent:${key}`, entry)
      .ltrim(`${VALUE_PREFIX}recent:${key}`, 0, max - 1)
      .expire(`${VALUE_PREFIX}recent:${key}`, ttlSeconds)
      .exec()
      .catch(ignore);
  }

  async recentOf(key: string): Promise<string[]> {
    if (this.redis?.up()) {
      const shared = await this.redis.command.lrange(`${VALUE_PREFIX}recent:${key}`, 0, -1).catch(() => undefined);
      if (shared) return shared;
    }
    return this.recent.get(key) ?? [];
  }

  async remove(key: string): Promise<void> {
    this.values.delete(key);
    await this.redis?.command.del(`${VALUE_PREFIX}${key}`).catch(ignore);
  }

  /**
   * A random 32-byte key every instance shares: the first instance to ask sets it in Redis, and each keeps it for
   * its life once read. Without Redis the key is this instance's own; while Redis cannot be reached, this
   * instance's own for now (asked again next time, so that the fleet's key wins once Redis answers).
   */
  sharedKey(name: string): Promise<Buffer> {
    const known = this.keys.get(name);
    if (known) return known;
    const key = this.readOrSetKey(name);
    this.keys.set(name, key);
    return key;
  }

  private async readOrSetKey(name: string): Promise<Buffer> {
    const mine = randomBytes(32);
    if (!this.redis) return mine;
    try {
      const redisKey = `${VALUE_PREFIX}key:${name}`;
      await this.redis.command.set(redisKey, mine.toString("base64"), "NX");
      const shared = await this.redis.command.get(redisKey);
      if (shared) return Buffer.from(shared, "base64");
    } catch {
      // Redis unreachable: this instance's own key, for now.
    }
    this.keys.delete(name);
    return mine;
  }

  /**
   * Counts one more event in a fixed window across the fleet; returns the count so far in this window. Without
   * Redis, this instance's count; with Redis configured but unreachable, undefined: a limit that holds only
   * fleet-wide (guesses of a code) cannot be kept per instance, where N instances would allow N times as many.
   */
  async countUp(key: string, windowSeconds: number): Promise<number | undefined> {
    if (this.redis) {
      try {
        const n = await this.redis.command.incr(`${VALUE_PREFIX}${key}`);
        if (n === 1) await this.redis.command.expire(`${VALUE_PREFIX}${key}`, windowSeconds);
        return n;
      } catch {
        return undefined;
      }
    }
    const local = this.values.get(key);
    const n = local && local.expires > Date.now() ? Number(local.value) + 1 : 1;
    this.values.set(key, { value: String(n), expires: local && n > 1 ? local.expires : Date.now() + windowSeconds * 1000 });
    return n;
  }

  onInvalidate(handler: (i: Invalidation) => void): void {
    this.invalidationHandlers.push(handler);
  }

  /** Drops cached views of these objects on every instance. */
  async invalidate(invalidation: Invalidation): Promise<void> {
    await this.broadcast(INVALIDATE_CHANNEL, JSON.stringify(invalidation), () => this.applyInvalidation(JSON.stringify(invalidation)));
  }

  onThrottle(handler: (wabaId: string, untilMs: number) => void): void {
    this.throttleHandlers.push(handler);
  }

  /** Tells every instance to hold back a WABA's reads until then; resolves once Redis has it (or is down). */
  async shareThrottle(wabaId: string, untilMs: number): Promise<void> {
    if (!this.redis) return;
    const message = JSON.stringify({ wabaId, untilMs });
    await this.redis.command.set(`waba-gateway:throttle:${wabaId}`, String(untilMs), "PX", Math.max(1, untilMs - Date.now())).catch(ignore);
    await this.broadcast(THROTTLE_CHANNEL, message, ignore);
  }

  private async broadcast(channel: string, message: string, locally: () => void): Promise<void> {
    if (!this.redis) return locally();
    try {
      await this.redis.command.publish(channel, message);
    } catch {
      this.logger.debug({ channel }, "Redis could not carry a fleet message; applied on this instance only");
      locally();
    }
  }

  private applyInvalidation(message: string): void {
    const parsed = parseJsonOrUndefined(message) as Invalidation | undefined;
    if (!parsed) return;
    for (const handler of this.invalidationHandlers) handler(parsed);
  }

  private applyThrottle(message: string): void {
    const parsed = parseJsonOrUndefined(message) as { wabaId?: string; untilMs?: number } | undefined;
    if (!parsed?.wabaId || typeof parsed.untilMs !== "number") return;
    for (const handler of this.throttleHandlers) handler(parsed.wabaId, parsed.untilMs);
  }

  async close(): Promise<void> {
    await this.redis?.close();
  }
}
