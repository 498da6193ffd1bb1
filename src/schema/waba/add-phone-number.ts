import { createdId } from "../../graph-api/errors.js";
import { wabas } from "../../graph-api/waba-operations.js";
import type { Context } from "../../context.js";
import { audited } from "../shared/audited.js";
import { builder } from "../builder.js";
import { InputError } from "../shared/input-error.js";
import { displayNameRule, preverifiedIdRule, wabaIdRule } from "../shared/input-rules.js";
import { blocker, MigrationBlocked } from "./migration-blockers.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { successType, type NumberChanged } from "../phone-number/type.js";
import { e164Rule, splitE164 } from "../shared/phone-input.js";
import { refuseCrossTenantMigration, uniformForTenants } from "./migration-guard.js";

/** Adding a number to a WABA, migrating one in, or claiming a pre-verified one (graph-api.md §11.2–§11.4). */

const AddPhoneNumberInput = builder.inputType("AddPhoneNumberInput", {
  description: "What addPhoneNumber sends as POST /{waba-id}/phone_numbers.",
  fields: (t) => ({
    wabaId: t.id({ required: true, description: "The WABA that gets the number (the {waba-id} of the path).", validate: { schema: wabaIdRule } }),
    phoneNumber: t.string({
      required: true,
      description: 'The number in E.164 form, e.g. "+16315551234"; sent split as cc ("1") and phone_number ("6315551234").',
      validate: { schema: e164Rule },
    }),
    verifiedName: t.string({
      required: true,
      description: "The display name submitted for review (Graph `verified_name`); for a migration, the number's current name.",
      validate: { schema: displayNameRule },
    }),
    migrate: t.boolean({
      required: false,
      defaultValue: false,
      description: "Move a number registered on another WABA to this one (Graph `migrate_phone_number`); then request and verify a code, and register.",
    }),
    preverifiedPhoneNumberId: t.id({
      required: false,
      description: "Add a VERIFIED pre-verified number with the same digits (Graph `preverified_id`); it arrives verified, ready to register. Operator callers only.",
      validate: { schema: preverifiedIdRule },
    }),
  }),
});

/**
 * A migration Meta will certainly refuse is refused here, with nothing sent: the destination WABA has no
 * subscribed app (read fresh). The number's own blockers (PIN, name) are on a WABA usually out of the gateway's
 * reach; they show on PhoneNumber.migrationBlockers where it can read the number. A failed read blocks nothing.
 */
async function refuseCertainMigrationBlockers(ctx: Context, wabaId: string): Promise<void> {
  const apps = await ctx.loaders.freshSubscribedApps.load(wabaId).catch(() => undefined);
  if (apps && apps.length === 0) throw new MigrationBlocked([blocker("NO_APP_SUBSCRIBED")]);
}

builder.mutationField("addPhoneNumber", (t) =>
  t.field({
    type: successType<NumberChanged>("AddPhoneNumberSuccess", "The number Meta created (POST /{waba-id}/phone_numbers returned its ID)."),
    description:
      "Adds a number to a WABA (POST /{waba-id}/phone_numbers with cc, phone_number, verified_name; migrate_phone_number or preverified_id when asked). Never retried automatically.",
    args: { input: t.arg({ type: AddPhoneNumberInput, required: true, description: "The WABA, the number and how to add it." }) },
    // Claiming a pre-verified number changes the business's pool: operators only, like the pool itself.
    authScopes: (_root, { input }) =>
      input.preverifiedPhoneNumberId == null ? { $all: { manage: true, waba: input.wabaId } } : { $all: { manage: true, waba: input.wabaId, operator: true } },
    errors: {
      types: [...MUTATION_ERRORS, MigrationBlocked],
      directResult: true,
      union: { name: "AddPhoneNumberResult", description: "addPhoneNumber's result: the new number, or why not." },
    },
    resolve: async (_root, { input }, ctx) => {
      const { wabaId } = input;
      const migrate = input.migrate === true;
      const preverifiedId = input.preverifiedPhoneNumberId ?? undefined;
      if (migrate && preverifiedId) throw new InputError("Pass migrate or preverifiedPhoneNumberId, not both: a pre-verified number is on no WABA to migrate from.", "preverifiedPhoneNumberId");
      const number = splitE164(input.phoneNumber);
      if (!number) throw new InputError("phoneNumber must be a number in E.164 form.", "phoneNumber");
      const phoneNumberId = await audited(ctx, "addPhoneNumber", { wabaId }, async () => {
        if (migrate) {
          await refuseCrossTenantMigration(ctx, number.digits);
          await refuseCertainMigrationBlockers(ctx, wabaId);
        }
        const add = callMeta(migrate ? "the migration" : "adding the number", async () =>
          createdId(
            await wabas.addNumber(await ctx.graphFor(wabaId), wabaId, {
              cc: number.cc,
              phoneNumber: number.national,
              verifiedName: input.verifiedName.trim(),
              migrate,
              preverifiedId,
            }),
          ),
        );
        return migrate ? add.catch((e: unknown) => Promise.reject(uniformForTenants(ctx, e))) : add;
      });
      // Read at once with the WABA's own token; the WABA's number list is listed again on next use (audited dropped it).
      ctx.learnNumber(wabaId, phoneNumberId);
      return { phoneNumberId };
    },
  }),
);
