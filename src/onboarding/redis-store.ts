import type { Redis } from "ioredis";
import type { OnboardingRecord } from "./record.js";
import type { OnboardingStore } from "./store.js";

const PREFIX = "waba-gateway:onboarding";
const key = {
  record: (id: string) => `${PREFIX}:record:${id}`,
  idempotency: (owner: string, k: string) => `${PREFIX}:key:${owner}:${k}`,
  index: `${PREFIX}:by-created`,
  lease: (id: string) => `${PREFIX}:lease:${id}`,
  tokens: `${PREFIX}:tokens`,
  grantOwners: `${PREFIX}:grant-owners`,
  grantsOf: (owner: string) => `${PREFIX}:grants:${owner}`,
};

/** Renews a lease only for its holder (compare and set in one step). */
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2]) else return false end`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;

/**
 * The fleet's store: every instance sees every onboarding, and any can resume one another started. Redis must
 * keep what it is told (AOF on, as for the fleet's webhook dedupe).
 */
export class RedisStore implements OnboardingStore {
  constructor(private readonly redis: Redis) {}

  async create(record: OnboardingRecord): Promise<{ record: OnboardingRecord; created: boolean }> {
    const claimed = await this.redis.set(key.idempotency(record.owner, record.idempotencyKey), record.id, "NX");
    if (claimed !== "OK") {
      // Another request holds the key; its record follows the claim within moments.
      for (let attempt = 0; attempt < 20; attempt++) {
        const id = await this.redis.get(key.idempotency(record.owner, record.idempotencyKey));
        const existing = id ? await this.get(id) : undefined;
        if (existing) return { record: existing, created: false };
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error("the onboarding under this idempotency key is still being created");
    }
    await this.redis.multi().set(key.record(record.id), JSON.stringify(record)).zadd(key.index, record.createdAt, record.id).exec();
    return { record, created: true };
  }

  async get(id: string): Promise<OnboardingRecord | undefined> {
    const text = await this.redis.get(key.record(id));
    return text ? (JSON.parse(text) as OnboardingRecord) : undefined;
  }

  async put(record: OnboardingRecord): Promise<void> {
    await this.redis.set(key.record(record.id), JSON.stringify(record));
  }

  async list(filter: { state?: string; limit: number; before?: number }): Promise<OnboardingRecord[]> {
    const out: OnboardingRecord[] = [];
    let max = filter.before === undefined ? "+inf" : `(${filter.before}`;
    // Newest first, a page of ids at a time, until the filter has its fill.
    for (;;) {
      const ids = await this.redis.zrevrangebyscore(key.index, max, "-inf", "WITHSCORES", "LIMIT", 0, 100);
      if (ids.length === 0) return out;
      for (let i = 0; i < ids.length; i += 2) {
        const record = await this.get(ids[i] as string);
        if (record && (!filter.state || record.state === filter.state)) out.push(record);
        if (out.length >= filter.limit) return out;
      }
      max = `(${ids[ids.length - 1]}`;
    }
  }

  async lease(id: string, holder: string, ms: number): Promise<boolean> {
    if ((await this.redis.set(key.lease(id), holder, "PX", ms, "NX")) === "OK") return true;
    return (await this.redis.eval(RENEW, 1, key.lease(id), holder, String(ms))) === "OK";
  }

  async release(id: string, holder: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, key.lease(id), holder);
  }

  async grant(owner: string, wabaId: string): Promise<void> {
    await this.redis.multi().sadd(key.grantsOf(owner), wabaId).sadd(key.grantOwners, owner).exec();
  }

  async grants(): Promise<Map<string, string[]>> {
    const owners = await this.redis.smembers(key.grantOwners);
    return new Map(await Promise.all(owners.map(async (owner) => [owner, await this.redis.smembers(key.grantsOf(owner))] as const)));
  }

  async putToken(wabaId: string, sealed: string): Promise<void> {
    await this.redis.hset(key.tokens, wabaId, sealed);
  }

  async token(wabaId: string): Promise<string | undefined> {
    return (await this.redis.hget(key.tokens, wabaId)) ?? undefined;
  }

  async tokens(): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(key.tokens)));
  }

  async close(): Promise<void> {
    // The connection belongs to the fleet, which closes it.
  }
}
