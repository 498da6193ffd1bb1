/**
 * An onboarding: a customer's way from Embedded Signup's code to a subscribed, (credit-line shared,) registered
 * number, as the store keeps it. Each step runs at most once to success; the record says where it stands, so that
 * any instance can carry on after a failure or a restart.
 */

export const STEP_KINDS = ["EXCHANGE_CODE", "VERIFY_ACCESS", "SUBSCRIBE_APP", "SHARE_CREDIT_LINE", "REGISTER_NUMBER"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export type StepStatus = "PENDING" | "DONE" | "SKIPPED" | "FAILED" | "WAITING";
export type OnboardingState = "IN_PROGRESS" | "NEEDS_ACTION" | "COMPLETED" | "FAILED";
export type SignupEvent = "FINISH" | "FINISH_ONLY_WABA" | "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING";

/** Meta's refusal of a step, as the GraphQL GraphApiError shows it (never Meta's raw text). */
export interface StepError {
  reason: string;
  message: string;
  retryable: boolean;
  code?: number;
  subcode?: number;
  fbtraceId?: string;
  retryAfterSeconds?: number;
}

export interface StepRecord {
  status: StepStatus;
  /** A failure no resume can mend (the code is spent, the WABA was never shared, the window closed). */
  final?: boolean;
  error?: StepError;
  nextAction?: string;
  finishedAt?: number;
}

export interface OnboardingRecord {
  id: string;
  /** Who started it (callerId): with the callers allowed its WABA, who may see it. */
  owner: string;
  idempotencyKey: string;
  event: SignupEvent;
  /** What the finish message said, until VERIFY_ACCESS confirms it. */
  wabaId: string;
  phoneNumberId?: string;
  businessId?: string;
  /** Sealed until used: the code until it is exchanged, the PIN until the number is registered. */
  sealedCode?: string;
  sealedPin?: string;
  creditLineCurrency?: string;
  dataLocalizationRegion?: string;
  /** A WhatsApp Business app number (is_on_biz_app): never registered. */
  coexistence?: boolean;
  allocationConfigId?: string;
  steps: Record<StepKind, StepRecord>;
  state: OnboardingState;
  /** Embedded Signup + 14 days: register before this (graph-api.md §8). */
  registrationDeadline?: number;
  createdAt: number;
  updatedAt: number;
}

export const REGISTRATION_WINDOW_MS = 14 * 86_400_000;

export function newRecord(input: Omit<OnboardingRecord, "steps" | "state" | "createdAt" | "updatedAt">, now: number): OnboardingRecord {
  const steps = Object.fromEntries(STEP_KINDS.map((k) => [k, { status: "PENDING" }])) as Record<StepKind, StepRecord>;
  if (!input.creditLineCurrency) steps.SHARE_CREDIT_LINE = { status: "SKIPPED", nextAction: "No credit line was asked for.", finishedAt: now };
  return { ...input, steps, state: "IN_PROGRESS", createdAt: now, updatedAt: now, registrationDeadline: input.event === "FINISH_ONLY_WABA" ? undefined : now + REGISTRATION_WINDOW_MS };
}

/** The state the steps add up to. */
export function stateOf(record: OnboardingRecord): OnboardingState {
  const steps = STEP_KINDS.map((k) => record.steps[k]);
  if (steps.some((s) => s.status === "FAILED" && s.final)) return "FAILED";
  if (steps.some((s) => s.status === "WAITING" || s.status === "FAILED")) return "NEEDS_ACTION";
  if (steps.every((s) => s.status === "DONE" || s.status === "SKIPPED")) return "COMPLETED";
  return "IN_PROGRESS";
}

/** What Embedded Signup's finish needs from configuration (META_APP_ID, META_APP_SECRET, …). */
export interface SignupConfig {
  app: { id: string; secret: string };
  /** The partner's system user, assigned to each customer WABA before its credit line is shared (step 3a). */
  systemUserId?: string;
  /** The partner's credit line; looked up on the business (extendedcredits) when omitted. */
  creditLineId?: string;
  businessId?: string;
}
