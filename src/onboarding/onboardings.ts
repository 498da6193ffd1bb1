import type { Logger } from "pino";
import type { Fleet } from "../fleet/fleet.js";
import { ONBOARDING_TOPIC } from "../fleet/fleet.js";
import type { RedisClients } from "../fleet/redis-clients.js";
import type { GraphApiClient } from "../graph-api/client.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import type { StepError } from "./record.js";
import { RedisStore } from "./redis-store.js";
import { OnboardingRunner } from "./runner.js";
import type { SignupConfig } from "./record.js";
import { SqliteStore } from "./sqlite-store.js";
import { tokenPurpose, type OnboardingStore } from "./store.js";
import { TokenCipher } from "./token-cipher.js";

/** From configuration (META_APP_ID, GATEWAY_TOKEN_KEY, …; see config.ts). */
export interface OnboardingSettings {
  app: { id: string; secret: string };
  /** The partner's system user, assigned to each customer WABA before its credit line is shared. */
  systemUserId?: string | undefined;
  creditLineId?: string | undefined;
  /** GATEWAY_TOKEN_KEY seals; GATEWAY_TOKEN_KEYS_PREVIOUS still open (rotation). */
  tokenKey: Buffer;
  previousKeys: Buffer[];
  /** GATEWAY_STORE_PATH: the SQLite file of onboardings and tokens (one instance; with REDIS_URL, Redis holds them). */
  storePath: string;
}

export interface OnboardingDeps {
  settings: OnboardingSettings;
  /** The fleet's Redis: the store when set (every instance sees every onboarding), else SQLite at storePath. */
  redis: RedisClients | undefined;
  businessId?: string | undefined;
  system: GraphApiClient;
  anonymous: GraphApiClient;
  clientWith: (token: string) => GraphApiClient;
  directory: NumberDirectory;
  fleet: Fleet;
  log: Logger;
  now: () => number;
  describe: (e: unknown, action: string) => StepError | undefined;
}

/** Onboardings as the gateway runs them: the store, the runner, and customers' tokens fed to the directory. */
export interface Onboardings {
  store: OnboardingStore;
  /** The app, the partner's system user and credit line. */
  config: SignupConfig;
  runner: OnboardingRunner;
  /** Resolves once the stored tokens are in use (a restart reads them back). */
  ready: Promise<void>;
  /** Reads these WABAs' tokens (all when omitted) from the store into the directory, and the callers' grants. */
  loadTokens(wabaIds?: readonly string[]): Promise<void>;
  /** The WABAs this caller (callerId) onboarded: they join its set even when its credential names others. */
  grantedTo(caller: string): ReadonlySet<string> | undefined;
  close(): Promise<void>;
}


export function createOnboardings(deps: OnboardingDeps): Onboardings {
  const { settings, directory, fleet, log } = deps;
  const cipher = new TokenCipher({ current: settings.tokenKey, previous: settings.previousKeys });
  const store: OnboardingStore = deps.redis ? new RedisStore(deps.redis.command) : new SqliteStore(settings.storePath, deps.now);

  const granted = new Map<string, Set<string>>();
  const loadTokens = async (wabaIds?: readonly string[]): Promise<void> => {
    for (const [owner, wabas] of await store.grants()) granted.set(owner, new Set(wabas));
    // At start every token; after a fleet message only the WABAs it names.
    const sealed = wabaIds
      ? new Map((await Promise.all(wabaIds.map(async (id) => [id, await store.token(id)] as const))).filter((e): e is readonly [string, string] => e[1] !== undefined))
      : await store.tokens();
    for (const [wabaId, value] of sealed) {
      try {
        const token = cipher.open(value, tokenPurpose(wabaId));
        directory.useClient(wabaId, deps.clientWith(token));
        // Rotation: a token sealed under a previous key is sealed again under the current one.
        if (!cipher.isCurrent(value)) await store.putToken(wabaId, cipher.reseal(value, tokenPurpose(wabaId)));
      } catch (e) {
        log.error({ wabaId, reason: (e as Error).message }, "a stored business token could not be opened; its WABA is read with the gateway's own token");
      }
    }
  };

  const config: SignupConfig = { app: settings.app, systemUserId: settings.systemUserId, creditLineId: settings.creditLineId, businessId: deps.businessId };
  const runner = new OnboardingRunner({
    store,
    cipher,
    config,
    system: deps.system,
    anonymous: deps.anonymous,
    clientWith: deps.clientWith,
    learnToken: async (wabaId, token, owner) => {
      directory.useClient(wabaId, deps.clientWith(token));
      await store.grant(owner, wabaId);
      granted.set(owner, new Set([...(granted.get(owner) ?? []), wabaId]));
      // The other instances read it from the store.
      await fleet.invalidate({ wabaIds: [wabaId], phoneIds: [], tokenWabaIds: [wabaId] });
    },
    describe: deps.describe,
    publish: (record) => fleet.pubSub.publish(ONBOARDING_TOPIC, record.id, { id: record.id, updatedAt: record.updatedAt }),
    log,
    now: deps.now,
  });
  const ready = loadTokens().catch((e: unknown) => log.error({ reason: (e as Error).message }, "the onboarding store could not be read at start"));
  return { store, config, runner, ready, loadTokens, grantedTo: (caller) => granted.get(caller), close: () => store.close() };
}
