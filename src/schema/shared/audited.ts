import type { Context } from "../../context.js";
import { GraphApiFailure } from "./graph-failures.js";
import { RefusedBeforeSending } from "./input-error.js";

/** What a mutation acts on: a number (its WABA is looked up), a WABA, or another Graph object. */
export interface AuditSubject {
  phoneNumberId?: string;
  wabaId?: string;
  /** Other objects whose cached views the mutation makes stale (the business, a pre-verified number). */
  objectIds?: string[];
}

/**
 * The audit trail: every mutation, with the caller, the WABA (when known), the number or object, the action and
 * the outcome. Never the input's PIN or code.
 */
export async function audit(ctx: Context, action: string, subject: AuditSubject, outcome: unknown): Promise<void> {
  const result = outcome === undefined ? "success" : outcome instanceof GraphApiFailure ? outcome.reason : outcome instanceof Error ? outcome.name : "error";
  const { phoneNumberId, wabaId, objectIds } = subject;
  ctx.log().info({ audit: true, caller: ctx.access.caller.name, wabaId, phoneNumberId, objectIds, action, outcome: result }, "mutation");
}

/**
 * Nothing changed: the gateway refused before sending, or Meta refused (its answer says so). A timeout or a broken
 * call may have changed the object.
 */
const cleanRefusal = (e: unknown) =>
  e instanceof RefusedBeforeSending || (e instanceof GraphApiFailure && e.reason !== "UPSTREAM_TIMEOUT" && e.reason !== "UPSTREAM_UNAVAILABLE");

/**
 * Runs a mutation's work and records it in the audit trail, whatever the outcome. Unless Meta cleanly refused,
 * every instance drops what it read of the objects (the number and its WABA, …): after a success it is stale, and
 * after an unknown outcome it may be.
 */
export async function audited<T>(ctx: Context, action: string, subject: string | AuditSubject, work: () => Promise<T>): Promise<T> {
  const given: AuditSubject = typeof subject === "string" ? { phoneNumberId: subject } : subject;
  const { phoneNumberId } = given;
  const wabaId = given.wabaId ?? (phoneNumberId ? await ctx.access.wabaOf(phoneNumberId).catch(() => undefined) : undefined);
  const full = { ...given, wabaId };
  let outcome: unknown;
  try {
    return await work();
  } catch (e) {
    outcome = e;
    throw e;
  } finally {
    if (!cleanRefusal(outcome)) {
      await ctx.fleet.invalidate({ wabaIds: wabaId ? [wabaId] : [], phoneIds: phoneNumberId ? [phoneNumberId] : [], objectIds: given.objectIds ?? [] });
    }
    await audit(ctx, action, full, outcome);
  }
}
