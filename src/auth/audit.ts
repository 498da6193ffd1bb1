import type { Context } from "../context.js";
import { GraphApiFailure } from "../graph-api/failure.js";

/**
 * The audit trail: every mutation, with the caller, the WABA (when known), the number, the action and the
 * outcome. Never the input's PIN or code.
 */
export async function audit(ctx: Context, action: string, phoneNumberId: string, outcome: unknown): Promise<void> {
  const wabaId = await ctx.access.wabaOf(phoneNumberId).catch(() => undefined);
  const result = outcome === undefined ? "success" : outcome instanceof GraphApiFailure ? outcome.reason : outcome instanceof Error ? outcome.name : "error";
  ctx.log.info({ audit: true, caller: ctx.access.caller.name, wabaId, phoneNumberId, action, outcome: result }, "mutation");
}

/** Runs a mutation's work and records it in the audit trail, whatever the outcome. */
export async function audited<T>(ctx: Context, action: string, phoneNumberId: string, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // Whatever was read of this number before the change is stale now, on every instance.
    await ctx.fleet.invalidate({ wabaIds: [], phoneIds: [phoneNumberId] });
    await audit(ctx, action, phoneNumberId, undefined);
    return result;
  } catch (e) {
    await audit(ctx, action, phoneNumberId, e);
    throw e;
  }
}
