import type { OnboardingRecord, OnboardingState } from "./record.js";

/** What a business token is sealed for: its own WABA (a sealed token moved to another WABA's entry does not open). */
export const tokenPurpose = (wabaId: string): string => `token:${wabaId}`;

/**
 * Where onboardings and customers' business tokens live, durably: the fleet's Redis when configured, else an
 * embedded SQLite database (one instance). Tokens are stored sealed (token-cipher.ts), never in the clear.
 */
export interface OnboardingStore {
  /**
   * Stores a new onboarding unless the owner already has one under this idempotency key; either way, the one that
   * stands (and whether it is the one given).
   */
  create(record: OnboardingRecord): Promise<{ record: OnboardingRecord; created: boolean }>;
  get(id: string): Promise<OnboardingRecord | undefined>;
  /** Replaces the record (the lease holder's write). */
  put(record: OnboardingRecord): Promise<void>;
  /** Newest first. */
  list(filter: { state?: OnboardingState; limit: number; before?: number }): Promise<OnboardingRecord[]>;
  /** Takes or renews the right to run the onboarding's steps for `ms`; false while another holder has it. */
  lease(id: string, holder: string, ms: number): Promise<boolean>;
  release(id: string, holder: string): Promise<void>;
  /** A WABA a tenant caller onboarded joins its set (by callerId). */
  grant(owner: string, wabaId: string): Promise<void>;
  grants(): Promise<Map<string, string[]>>;
  /** A customer's business token for a WABA, sealed. */
  putToken(wabaId: string, sealed: string): Promise<void>;
  token(wabaId: string): Promise<string | undefined>;
  tokens(): Promise<Map<string, string>>;
  close(): Promise<void>;
}
