import { z } from "zod";
import { GRAPH_ID } from "../../graph-api/ids.js";
import { signup } from "../../graph-api/signup-operations.js";
import { creditLineOf, creditLineUnconfigured, fundingShows } from "../../onboarding/credit-line.js";
import { builder } from "../builder.js";
import { audited } from "../shared/audited.js";
import { GraphApiFailure } from "../shared/graph-failures.js";
import { InputError } from "../shared/input-error.js";
import { wabaIdRule } from "../shared/input-rules.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { wabaAfterChange } from "../waba/type.js";
import { onboardingsOf } from "./type.js";

/** Credit lines (graph-api.md §13.2): the partner pays for its customers' messages. Operator callers only. */

export const CreditLineCurrency = builder.enumType("CreditLineCurrency", {
  description: "The currencies Meta shares a credit line in (waba_currency); it sets invoicing and pricing, and cannot change later.",
  values: {
    AUD: { description: "Australian dollar." },
    EUR: { description: "Euro." },
    GBP: { description: "Pound sterling." },
    IDR: { description: "Indonesian rupiah." },
    INR: { description: "Indian rupee." },
    USD: { description: "US dollar." },
  },
});

const ShareCreditLineInput = builder.inputType("ShareCreditLineInput", {
  description: "What shareCreditLine sends as POST /{credit-line-id}/whatsapp_credit_sharing_and_attach.",
  fields: (t) => ({
    wabaId: t.id({ required: true, description: "The customer's WABA (waba_id).", validate: { schema: wabaIdRule } }),
    currency: t.field({ type: CreditLineCurrency, required: true, description: "waba_currency." }),
  }),
});

const RevokeCreditLineInput = builder.inputType("RevokeCreditLineInput", {
  description: "What revokeCreditLine sends as DELETE /{allocation-config-id}.",
  fields: (t) => ({
    allocationConfigId: t.id({
      required: true,
      description: "The allocation shareCreditLine returned (it covers every WABA of that client business shared with the partner).",
      validate: { schema: z.string().regex(GRAPH_ID, "allocationConfigId must be a numeric Graph API ID.") },
    }),
  }),
});

const ShareCreditLineSuccess = builder.objectRef<{ allocationConfigId: string; wabaId: string }>("ShareCreditLineSuccess").implement({
  description: "Meta shared the line, and the WABA's primary funding shows it.",
  fields: (t) => ({
    allocationConfigId: t.id({ description: "The allocation (for revokeCreditLine).", resolve: (s) => s.allocationConfigId }),
    waba: wabaAfterChange(t, "The WABA read again after the share (not from a cache); needs the read scope."),
  }),
});

const RevokeCreditLineSuccess = builder.objectRef<{ allocationConfigId: string }>("RevokeCreditLineSuccess").implement({
  description: "Meta revoked the allocation.",
  fields: (t) => ({ allocationConfigId: t.id({ description: "The allocation revoked.", resolve: (s) => s.allocationConfigId }) }),
});

builder.mutationFields((t) => ({
  shareCreditLine: t.field({
    type: ShareCreditLineSuccess,
    description: "Shares the partner's credit line with a WABA (POST /{credit-line-id}/whatsapp_credit_sharing_and_attach); operator callers only.",
    args: { input: t.arg({ type: ShareCreditLineInput, required: true, description: "The WABA and the currency." }) },
    authScopes: { $all: { manage: true, operator: true } },
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "ShareCreditLineResult", description: "The allocation, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const { config } = onboardingsOf(ctx);
      const unconfigured = creditLineUnconfigured(config);
      if (unconfigured) throw new InputError(`The gateway cannot share a credit line: ${unconfigured}`, "wabaId");
      const wabaId = String(input.wabaId);
      const system = ctx.businessGraph();
      const allocationConfigId = await audited(ctx, "shareCreditLine", { wabaId }, async () => {
        // Step 3a of Meta's order: the partner's system user on the WABA, then the share (each sent once).
        await callMeta("assigning the system user", () => signup.assignSystemUser(system, wabaId, config.systemUserId as string, ctx.call));
        const lineId = await callMeta("looking up the credit line", () => creditLineOf(system, config, ctx.call));
        if (!lineId) throw new GraphApiFailure("The partner's business has no credit line; an operator configures GRAPH_API_CREDIT_LINE_ID.", "NOT_FOUND", false);
        const shared = await callMeta("sharing the credit line", () => signup.shareCreditLine(system, lineId, wabaId, input.currency, ctx.call));
        const id = shared.allocation_config_id === undefined ? undefined : String(shared.allocation_config_id);
        if (!id) throw new GraphApiFailure("Meta accepted the share but named no allocation; check the WABA's primary funding before sharing again.", "OTHER", false);
        const shows = await fundingShows(system, wabaId, id, ctx.call).catch(() => false);
        if (!shows) {
          throw new GraphApiFailure(`Meta accepted the share (allocation ${id}), but the WABA's primary funding does not show it yet; check again before sharing again.`, "OTHER", true);
        }
        return id;
      });
      return { allocationConfigId, wabaId };
    },
  }),
  revokeCreditLine: t.field({
    type: RevokeCreditLineSuccess,
    description: "Revokes a credit-line allocation (DELETE /{allocation-config-id}); operator callers only.",
    args: { input: t.arg({ type: RevokeCreditLineInput, required: true, description: "The allocation to revoke." }) },
    authScopes: { $all: { manage: true, operator: true } },
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "RevokeCreditLineResult", description: "The revoked allocation, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      onboardingsOf(ctx);
      const allocationConfigId = String(input.allocationConfigId);
      await audited(ctx, "revokeCreditLine", { objectIds: [allocationConfigId] }, () =>
        callMeta("revoking the credit line", () => signup.revokeCreditLine(ctx.businessGraph(), allocationConfigId, ctx.call)),
      );
      return { allocationConfigId };
    },
  }),
}));
