import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { CallOptions } from "../graph-api/call-bounds.js";
import type { GraphApiClient } from "../graph-api/client.js";
import { nameAllowsRegistration, phoneNumbers } from "../graph-api/phone-number-operations.js";
import { signup } from "../graph-api/signup-operations.js";
import type { PhoneNumberWire, SubscribedAppWire } from "../graph-api/types.js";
import { wabas } from "../graph-api/waba-operations.js";
import { newRecord, stateOf, STEP_KINDS, type OnboardingRecord, type SignupConfig, type SignupEvent, type StepError, type StepKind, type StepRecord } from "./record.js";
import { tokenPurpose, type OnboardingStore } from "./store.js";
import type { TokenCipher } from "./token-cipher.js";
import { creditLineOf, creditLineUnconfigured, fundingShows } from "./credit-line.js";

export interface RunnerDeps {
  store: OnboardingStore;
  cipher: TokenCipher;
  config: SignupConfig;
  /** The gateway's own (system-user) client, and one without any token (the code exchange). */
  system: GraphApiClient;
  anonymous: GraphApiClient;
  /** A client with a customer's business token (same pool, metrics and throttle). */
  clientWith: (token: string) => GraphApiClient;
  /**
   * A WABA's business token, once known, for every read and mutation on it from now on, and the WABA joins the
   * set of the caller that onboarded it (fleet-wide).
   */
  learnToken: (wabaId: string, token: string, owner: string) => Promise<void>;
  /** Meta's failure as the typed GraphQL error shows it; undefined for anything that is not one (a bug). */
  describe: (e: unknown, action: string) => StepError | undefined;
  /** Each step's outcome, to onboardingProgress subscribers everywhere. */
  publish: (record: OnboardingRecord) => void;
  log: Logger;
  now: () => number;
}

export interface StartInput {
  code: string;
  event: SignupEvent;
  wabaId: string;
  phoneNumberId?: string;
  businessId?: string;
  pin?: string;
  creditLineCurrency?: string;
  dataLocalizationRegion?: string;
  idempotencyKey: string;
}

/** A step's result: done (with what it learned), or refused with the reason and what a person should do. */
type Outcome = { status: "DONE" | "SKIPPED"; nextAction?: string } | { status: "FAILED" | "WAITING"; error?: StepError; nextAction: string; final?: boolean };

const LEASE_MS = 60_000;
const TRANSIENT_ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const purpose = {
  code: (id: string) => `onboarding:${id}:code`,
  pin: (id: string) => `onboarding:${id}:pin`,
};

/** The outcome is unknown (a timeout or a broken connection after the call was sent). */
const unknownOutcome = (e: StepError | undefined) => e?.reason === "UPSTREAM_TIMEOUT" || e?.reason === "UPSTREAM_UNAVAILABLE";

/**
 * Runs onboardings: each step in order, each at most once to success, under a lease so that two instances never
 * run the same onboarding at once; the record is written after every step.
 */
export class OnboardingRunner {
  /** This instance, as lease holder. */
  private readonly holder = randomUUID();

  constructor(private readonly deps: RunnerDeps) {}

  /**
   * A new onboarding, or the one this owner already started under the same idempotency key (its code is never
   * spent twice); then as many steps as can run now.
   */
  async start(input: StartInput, owner: string, call: CallOptions): Promise<OnboardingRecord> {
    const { cipher, store, now } = this.deps;
    const id = randomUUID();
    const record = newRecord(
      {
        id,
        owner,
        idempotencyKey: input.idempotencyKey,
        event: input.event,
        wabaId: input.wabaId,
        phoneNumberId: input.phoneNumberId,
        businessId: input.businessId,
        sealedCode: cipher.seal(input.code, purpose.code(id)),
        sealedPin: input.pin ? cipher.seal(input.pin, purpose.pin(id)) : undefined,
        creditLineCurrency: input.creditLineCurrency,
        dataLocalizationRegion: input.dataLocalizationRegion,
      },
      now(),
    );
    const stored = await store.create(record);
    if (!stored.created) return stored.record;
    return this.run(id, call);
  }

  /** Runs what is left (a new PIN replaces the kept one); a step that succeeded is never repeated. */
  async run(id: string, call: CallOptions, pin?: string): Promise<OnboardingRecord> {
    const { store } = this.deps;
    if (!(await store.lease(id, this.holder, LEASE_MS))) {
      // Another instance (or request) is running it: what it has done so far.
      return (await store.get(id)) as OnboardingRecord;
    }
    try {
      const record = await store.get(id);
      if (!record) throw new Error(`onboarding ${id} is not in the store`);
      if (pin) {
        record.sealedPin = this.deps.cipher.seal(pin, purpose.pin(id));
        if (record.steps.REGISTER_NUMBER.status === "WAITING") record.steps.REGISTER_NUMBER = { status: "PENDING" };
      }
      for (const kind of STEP_KINDS) {
        const step = record.steps[kind];
        if (step.status === "DONE" || step.status === "SKIPPED") continue;
        // A refusal resuming cannot mend, or a step waiting for the caller: the later steps wait too.
        if ((step.status === "FAILED" && step.final) || step.status === "WAITING") break;
        const outcome = await this.step(kind, record, call);
        record.steps[kind] = this.toStep(outcome);
        await this.save(record);
        if (outcome.status === "FAILED" || outcome.status === "WAITING") break;
      }
      return record;
    } finally {
      await store.release(id, this.holder).catch(() => undefined);
    }
  }

  private toStep(outcome: Outcome): StepRecord {
    const finishedAt = this.deps.now();
    const error = "error" in outcome ? outcome.error : undefined;
    const final = "final" in outcome && outcome.final === true;
    return { status: outcome.status, ...(error ? { error } : {}), ...(outcome.nextAction ? { nextAction: outcome.nextAction } : {}), ...(final ? { final } : {}), finishedAt };
  }

  private async save(record: OnboardingRecord): Promise<void> {
    record.state = stateOf(record);
    record.updatedAt = this.deps.now();
    await this.deps.store.put(record);
    this.deps.publish(record);
  }

  private step(kind: StepKind, record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    switch (kind) {
      case "EXCHANGE_CODE":
        return this.exchange(record, call);
      case "VERIFY_ACCESS":
        return this.verify(record, call);
      case "SUBSCRIBE_APP":
        return this.subscribe(record, call);
      case "SHARE_CREDIT_LINE":
        return this.shareCredit(record, call);
      case "REGISTER_NUMBER":
        return this.register(record, call);
    }
  }

  /** The customer's token, sealed in the store before any other step runs. */
  private async customerToken(record: OnboardingRecord): Promise<string> {
    // The one WABA's token, not the whole table: read once per step that needs it.
    const sealed = await this.deps.store.token(record.wabaId);
    if (!sealed) throw new Error(`no business token stored for WABA ${record.wabaId}`);
    return this.deps.cipher.open(sealed, tokenPurpose(record.wabaId));
  }

  private async customer(record: OnboardingRecord): Promise<GraphApiClient> {
    return this.deps.clientWith(await this.customerToken(record));
  }

  /** Meta's refusal as a step error; a bug is rethrown (masked by Yoga). */
  private refusal(e: unknown, action: string): StepError {
    const described = this.deps.describe(e, action);
    if (!described) throw e;
    return described;
  }

  /** Sends `work`; on a temporary failure or an unknown outcome, asks `check` whether it happened, then tries again. */
  private async withRecheck(action: string, work: () => Promise<unknown>, check: () => Promise<boolean>): Promise<StepError | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        await work();
        return undefined;
      } catch (e) {
        const error = this.refusal(e, action);
        const temporary = unknownOutcome(error) || error.reason === "RATE_LIMITED";
        if (unknownOutcome(error) && (await check().catch(() => false))) return undefined;
        if (!temporary || attempt >= TRANSIENT_ATTEMPTS) return error;
        await sleep(200 * 2 ** (attempt - 1));
      }
    }
  }

  private async exchange(record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    const { cipher, config, anonymous, store } = this.deps;
    if (!record.sealedCode) return { status: "FAILED", final: true, error: { reason: "OTHER", message: "The code is gone.", retryable: false }, nextAction: "Go through Embedded Signup again." };
    const code = cipher.open(record.sealedCode, purpose.code(record.id));
    let token: string | undefined;
    try {
      token = (await signup.exchangeCode(anonymous, config.app, code, call)).access_token;
    } catch (e) {
      const error = this.refusal(e, "the code exchange");
      // Sent once: a code whose exchange may have reached Meta is spent either way.
      const spent = error.reason === "CODE_ALREADY_USED" || error.reason === "CODE_EXPIRED" || unknownOutcome(error);
      delete record.sealedCode;
      return {
        status: "FAILED",
        final: true,
        error: { ...error, retryable: false },
        nextAction: spent
          ? "The code can no longer be exchanged: the customer must go through Embedded Signup again (a code is single use and lives 30 seconds)."
          : "Meta refused the code exchange; check META_APP_ID and META_APP_SECRET, then have the customer go through Embedded Signup again.",
      };
    }
    delete record.sealedCode;
    if (!token) return { status: "FAILED", final: true, error: { reason: "OTHER", message: "Meta's answer held no token.", retryable: false }, nextAction: "Go through Embedded Signup again." };
    // Stored before anything else: the code is spent, and this token is the only way to the customer's WABA.
    await store.putToken(record.wabaId, cipher.seal(token, tokenPurpose(record.wabaId)));
    return { status: "DONE" };
  }

  private async verify(record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    const token = await this.customerToken(record);
    const customer = this.deps.clientWith(token);
    let info;
    try {
      info = (await signup.debugToken(this.deps.system, token, call)).data;
    } catch (e) {
      return { status: "FAILED", error: this.refusal(e, "debug_token"), nextAction: "Resume the onboarding once Meta answers again." };
    }
    if (!info?.is_valid || (info.app_id !== undefined && String(info.app_id) !== this.deps.config.app.id)) {
      return { status: "FAILED", final: true, error: { reason: "ACCESS_TOKEN_INVALID", message: "Meta says the customer's token is not valid for this app.", retryable: false }, nextAction: "Go through Embedded Signup again." };
    }
    // Granular scopes may lack the WABA (seen since June 2026): the proof is reading the WABA's numbers.
    let numbers: PhoneNumberWire[];
    try {
      numbers = (await signup.numbersOf(customer, record.wabaId, call)).data ?? [];
    } catch (e) {
      const error = this.refusal(e, "reading the WABA's numbers");
      if (error.reason === "NOT_FOUND" || error.reason === "PERMISSION_DENIED") {
        return {
          status: "FAILED",
          final: true,
          error: { ...error, retryable: false, message: `The customer's token cannot reach WABA ${record.wabaId}: the finish message names a WABA the customer did not share.` },
          nextAction: "Check the finish message's waba_id; the customer may go through Embedded Signup again.",
        };
      }
      return { status: "FAILED", error, nextAction: "Resume the onboarding once Meta answers again." };
    }
    if (record.event !== "FINISH_ONLY_WABA") {
      const named = record.phoneNumberId ? numbers.find((n) => n.id === record.phoneNumberId) : undefined;
      if (record.phoneNumberId && !named) {
        return {
          status: "FAILED",
          final: true,
          error: { reason: "NOT_FOUND", message: `Number ${record.phoneNumberId} is not on WABA ${record.wabaId}.`, retryable: false },
          nextAction: "Check the finish message's phone_number_id.",
        };
      }
      // Coexistence finishes may name no number: the Business app number is the one on the WABA.
      const number = named ?? (numbers.find((n) => n.is_on_biz_app === true) ?? (numbers.length === 1 ? numbers[0] : undefined));
      if (number) {
        record.phoneNumberId = number.id;
        // is_on_biz_app decides, not the event alone.
        record.coexistence = number.is_on_biz_app === true;
      }
    }
    await this.deps.learnToken(record.wabaId, token, record.owner);
    return { status: "DONE" };
  }

  private async subscribe(record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    const customer = (await this.customer(record)).forCall(call);
    const appId = this.deps.config.app.id;
    const subscribed = async () =>
      ((await customer.get(`${record.wabaId}/subscribed_apps`, {})) as { data?: SubscribedAppWire[] }).data?.some((a) => String(a.whatsapp_business_api_data?.id) === appId) ?? false;
    const error = await this.withRecheck("the app subscription", () => wabas.subscribeApp(customer, record.wabaId), subscribed);
    return error ? { status: "FAILED", error, nextAction: "Resume the onboarding; the gateway checks whether the app got subscribed before asking again." } : { status: "DONE" };
  }

  private async shareCredit(record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    const { config } = this.deps;
    const system = this.deps.system.forCall(call);
    const unconfigured = creditLineUnconfigured(config);
    if (unconfigured) return { status: "FAILED", error: { reason: "OTHER", message: "The gateway has no system user or credit line configured.", retryable: false }, nextAction: unconfigured };
    // Shared before (an answer lost, a restart): nothing to send again.
    if (await fundingShows(system, record.wabaId, record.allocationConfigId, call).catch(() => false)) return { status: "DONE" };
    // Step 3a: the partner's system user on the WABA (repeating it is harmless).
    const assigned = await this.withRecheck("assigning the system user", () => signup.assignSystemUser(system, record.wabaId, config.systemUserId as string, call), async () => false);
    if (assigned) return { status: "FAILED", error: assigned, nextAction: "Resume the onboarding; check the system user's permissions on the partner's portfolio." };
    let lineId: string | undefined;
    try {
      lineId = await creditLineOf(system, config, call);
    } catch (e) {
      return { status: "FAILED", error: this.refusal(e, "looking up the credit line"), nextAction: "Resume the onboarding once Meta answers again." };
    }
    if (!lineId) return { status: "FAILED", error: { reason: "NOT_FOUND", message: "The partner's business has no credit line.", retryable: false }, nextAction: "An operator configures GRAPH_API_CREDIT_LINE_ID." };
    const error = await this.withRecheck(
      "sharing the credit line",
      async () => {
        const shared = await signup.shareCreditLine(system, lineId, record.wabaId, record.creditLineCurrency as string, call);
        if (shared.allocation_config_id !== undefined) record.allocationConfigId = String(shared.allocation_config_id);
      },
      () => fundingShows(system, record.wabaId, record.allocationConfigId, call),
    );
    if (error) return { status: "FAILED", error, nextAction: "Resume the onboarding; the gateway checks the WABA's funding before sharing again." };
    // Verified as Meta says to: the allocation's credential is the WABA's primary funding.
    if (!(await fundingShows(system, record.wabaId, record.allocationConfigId, call).catch(() => false))) {
      return {
        status: "FAILED",
        error: { reason: "OTHER", message: `Meta accepted the share (allocation ${record.allocationConfigId ?? "unknown"}), but the WABA's primary funding does not show it yet.`, retryable: true },
        nextAction: "Resume the onboarding in a minute; the gateway checks the funding again before sharing.",
      };
    }
    return { status: "DONE" };
  }

  private async register(record: OnboardingRecord, call: CallOptions): Promise<Outcome> {
    if (!record.phoneNumberId) return { status: "SKIPPED", nextAction: "No number to register (a WABA only)." };
    if (record.coexistence) return { status: "SKIPPED", nextAction: "A WhatsApp Business app number (coexistence) is never registered: sync its contacts and history within 24 hours." };
    if (record.registrationDeadline !== undefined && this.deps.now() > record.registrationDeadline) {
      return {
        status: "FAILED",
        final: true,
        error: { reason: "NOT_VERIFIED", message: "The 14 days to register after Embedded Signup have passed.", retryable: false },
        nextAction: "The customer goes through Embedded Signup again.",
      };
    }
    if (!record.sealedPin) return { status: "WAITING", nextAction: "Resume the onboarding with a 6-digit PIN: it becomes the number's two-step verification PIN." };
    const customer = (await this.customer(record)).forCall(call);
    const id = record.phoneNumberId;
    // Registering before Meta processed the display name fails with 100/2388001 (field reports, [T]): wait for it.
    let name: string | undefined;
    try {
      name = ((await phoneNumbers.get(customer, id, "name_status", call)) as PhoneNumberWire).name_status;
    } catch (e) {
      return { status: "FAILED", error: this.refusal(e, "reading the number's name status"), nextAction: "Resume the onboarding once Meta answers again." };
    }
    if (!nameAllowsRegistration(name)) {
      return {
        status: "FAILED",
        error: { reason: "DISPLAY_NAME_NOT_APPROVED", message: `Meta has not approved the number's display name yet (nameStatus ${name}); registering now would fail with 100/2388001.`, retryable: true },
        nextAction: "Resume the onboarding once the display name is approved (the phoneNumberChanged subscription reports it).",
      };
    }
    const pin = this.deps.cipher.open(record.sealedPin, purpose.pin(record.id));
    const registered = async () => {
      const n = (await phoneNumbers.get(customer, id, "status,platform_type", call)) as PhoneNumberWire;
      return n.status === "CONNECTED" && n.platform_type === "CLOUD_API";
    };
    const error = await this.withRecheck("the registration", () => phoneNumbers.register(customer, id, { pin, dataLocalizationRegion: record.dataLocalizationRegion }), registered);
    if (!error) {
      // The PIN is the number's now; the gateway keeps no copy.
      delete record.sealedPin;
      return { status: "DONE" };
    }
    if (error.reason === "PIN_MISMATCH") {
      delete record.sealedPin;
      return { status: "WAITING", error, nextAction: "The number already has a two-step PIN: resume the onboarding with that PIN (or reset it in WhatsApp Manager first)." };
    }
    if (error.reason === "NUMBER_ON_WHATSAPP_ACCOUNT") {
      return { status: "FAILED", final: true, error: { ...error, retryable: false }, nextAction: "The number is still on a WhatsApp account: the customer deletes that account (or onboards the number as a Business app number), then goes through Embedded Signup again." };
    }
    return { status: "FAILED", error, nextAction: error.retryable ? "Resume the onboarding later." : "See the error; resume once it is mended." };
  }
}
