import type { Context } from "../../context.js";
import type { NodeKey } from "../../loaders/node.js";
import { pageKey, type PageSpec } from "../../loaders/page-spec.js";
import type { WabaKey, WabaRecord } from "../../loaders/waba.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { toPage, type CursorPage } from "./cursor-page.js";
import { toGraphQLError } from "./graph-failures.js";

/**
 * Reads through the loaders, with Meta's and the transport's errors turned into client-facing GraphQL errors
 * here, in the schema: the loaders hand back what Meta said.
 */
export const readPhone = (loader: Context["loaders"]["phoneNumber"], key: NodeKey): Promise<PhoneNumberWire> =>
  loader.load(key).catch((e: unknown) => {
    throw toGraphQLError(e, `Phone number ${key.id}`);
  });

export const readWaba = (ctx: Context, key: WabaKey, loader = ctx.loaders.waba): Promise<WabaRecord> =>
  loader.load(key).catch((e: unknown) => {
    throw toGraphQLError(e, `WABA ${key.id}`);
  });

/** A page of a WABA's numbers: the one read with the WABA when there is one, else its own edge read. */
export async function pageOfWaba(ctx: Context, waba: WabaRecord, spec: PageSpec): Promise<CursorPage<PhoneNumberWire>> {
  const wire = waba.pages.get(pageKey(spec)) ?? (await ctx.loaders.phoneNumbersOfWaba.load({ wabaId: waba.node.id, spec }).catch((e: Error) => e));
  if (wire instanceof Error) {
    // Only a cursor comes from the caller unchecked: Meta refusing it is the caller's to fix.
    throw toGraphQLError(wire, `WABA ${waba.node.id}`, { callerCursor: spec.after !== undefined ? "after" : spec.before !== undefined ? "before" : undefined });
  }
  return toPage(wire, spec);
}
