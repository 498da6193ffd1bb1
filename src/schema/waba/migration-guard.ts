import { business, type WabaRelation } from "../../graph-api/business-operations.js";
import { isOperator } from "../../auth/caller.js";
import type { Context } from "../../context.js";
import { GraphApiFailure } from "../shared/graph-failures.js";

/** Pages of the business's WABAs read to know every WABA the gateway serves (100 each). */
const MAX_PAGES_PER_RELATION = 10;

/**
 * What a tenant hears whenever a migration cannot go ahead: the gateway's own refusal (the number is on another
 * tenant's WABA) and Meta's two refusals (no WABA holds it: 100; a requirement unmet: 200000) read alike, so that
 * the answer never tells a tenant whether some WABA holds a number it may not see.
 */
export const migrationRefused = () =>
  new GraphApiFailure(
    "This number cannot be migrated into this WABA: no WABA this caller may migrate from holds it, or a migration requirement is unmet (two-step verification on, name not approved or a name change pending). Check the number on its current WABA.",
    "CANNOT_ADD_NUMBER",
    false,
  );

/** The business portfolio's WABAs (client and owned), when the gateway knows its business. */
async function businessWabas(ctx: Context): Promise<string[]> {
  const businessId = ctx.businessId;
  if (!businessId) return [];
  const ids: string[] = [];
  for (const relation of ["CLIENT", "OWNED"] as WabaRelation[]) {
    for await (const id of business.wabaIds(ctx.loaders.reader, businessId, relation, MAX_PAGES_PER_RELATION)) ids.push(id);
  }
  return ids;
}

/**
 * Before a tenant's migration is sent: a number on a WABA the gateway serves but the caller may not see is
 * refused, with nothing sent to Meta (Meta would move it, and text its owner a code). Operators may migrate
 * any number. A number on no WABA the gateway serves (another BSP's, the usual migration) goes to Meta.
 */
export async function refuseCrossTenantMigration(ctx: Context, digits: string): Promise<void> {
  if (isOperator(ctx.access.caller)) return;
  if (await ctx.access.heldByAnother(digits, await businessWabas(ctx))) throw migrationRefused();
}

/** Meta's refusals of a tenant's migration, answered as the gateway's own (see migrationRefused). */
export function uniformForTenants(ctx: Context, e: unknown): unknown {
  if (isOperator(ctx.access.caller)) return e;
  return e instanceof GraphApiFailure && (e.reason === "INVALID_PARAMETER" || e.reason === "CANNOT_ADD_NUMBER") ? migrationRefused() : e;
}
