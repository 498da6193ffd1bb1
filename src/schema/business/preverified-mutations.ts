import { business, preverifiedNumbers } from "../../graph-api/business-operations.js";
import { createdId } from "../../graph-api/errors.js";
import type { PreverifiedNumberWire } from "../../graph-api/types.js";
import type { Context } from "../../context.js";
import { audited } from "../shared/audited.js";
import { builder } from "../builder.js";
import { RefusedBeforeSending } from "../shared/input-error.js";
import { businessIdOf } from "./business.js";
import { DateTime } from "../shared/date-time.js";
import { ErrorInterface } from "../shared/errors.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import { codeRule, languageRule, preverifiedIdRule } from "../shared/input-rules.js";
import { graphFields, selectedGraphFields } from "../shared/lookahead.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { e164Rule, splitE164 } from "../shared/phone-input.js";
import { PREVERIFIED_FIELDS, PreverifiedPhoneNumber, reverificationOpensAt } from "./preverified-numbers.js";
import { CodeMethod } from "../phone-number/enums.js";

/** Changes to the business's pre-verified numbers (graph-api.md §11.4); operator callers only. */

interface PreverifiedChanged {
  preverifiedId: string;
}

const readFresh = (ctx: Context, id: string, fields: readonly string[]): Promise<PreverifiedNumberWire> =>
  ctx.loaders.freshPreverifiedNumber.load({ id, fields }).catch((e: unknown) => {
    throw toGraphQLError(e, `Pre-verified number ${id}`);
  });

/** `…Success { preverifiedPhoneNumber }`: read again from Meta after the change. */
function successType(name: string, description: string, fieldDescription: string) {
  return builder.objectRef<PreverifiedChanged>(name).implement({
    description,
    fields: (t) => ({
      preverifiedPhoneNumber: t.field({
        type: PreverifiedPhoneNumber,
        nullable: true,
        description: fieldDescription,
        resolve: (s, _args, ctx, info) => readFresh(ctx, s.preverifiedId, selectedGraphFields(info, "PreverifiedPhoneNumber", PREVERIFIED_FIELDS)),
      }),
    }),
  });
}

/** Asked for a code before the re-verification window opened; nothing was sent to Meta. */
export class ReverificationNotOpen extends RefusedBeforeSending {
  override readonly name = "ReverificationNotOpen";
  constructor(readonly opensAt: Date) {
    super(`This number is VERIFIED; Meta lets it be verified again only in the 45 days before its verification expires, from ${opensAt.toISOString().replace(".000Z", "Z")}.`);
  }
}

builder.objectType(ReverificationNotOpen, {
  name: "ReverificationNotOpenError",
  description: "The pre-verified number is VERIFIED and its re-verification window has not opened; nothing was sent to Meta.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ReverificationNotOpen,
  fields: (t) => ({ opensAt: t.field({ type: DateTime, description: "When a code may be requested again (45 days before the verification expires).", resolve: (e) => e.opensAt }) }),
});

const operatorManage = { $all: { manage: true, operator: true } } as const;

const AddPreverifiedPhoneNumberInput = builder.inputType("AddPreverifiedPhoneNumberInput", {
  description: "What addPreverifiedPhoneNumber sends as POST /{business-id}/add_phone_numbers.",
  fields: (t) => ({
    phoneNumber: t.string({ required: true, description: 'The number in E.164 form, e.g. "+16315551234" (Graph `phone_number`).', validate: { schema: e164Rule } }),
  }),
});

builder.mutationField("addPreverifiedPhoneNumber", (t) =>
  t.field({
    type: successType(
      "AddPreverifiedPhoneNumberSuccess",
      "The pre-verified number Meta created (POST /{business-id}/add_phone_numbers returned its ID).",
      "The new pre-verified number (NOT_VERIFIED until its code is verified).",
    ),
    description: "Adds a number to the business's pre-verified numbers (POST /{business-id}/add_phone_numbers); operator callers only.",
    args: { input: t.arg({ type: AddPreverifiedPhoneNumberInput, required: true, description: "The number to pre-verify." }) },
    authScopes: operatorManage,
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "AddPreverifiedPhoneNumberResult", description: "addPreverifiedPhoneNumber's result: the new pre-verified number, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const businessId = businessIdOf(ctx);
      const digits = splitE164(input.phoneNumber)?.digits ?? "";
      const preverifiedId = await audited(ctx, "addPreverifiedPhoneNumber", { objectIds: [businessId] }, () =>
        callMeta("adding the pre-verified number", async () => createdId(await business.addPreverified(ctx.businessGraph(), businessId, digits))),
      );
      return { preverifiedId };
    },
  }),
);

const preverifiedId = { required: true, description: "The pre-verified number (the {preverified-id} of the path).", validate: { schema: preverifiedIdRule } } as const;

const RequestPreverifiedVerificationCodeInput = builder.inputType("RequestPreverifiedVerificationCodeInput", {
  description: "What requestPreverifiedVerificationCode sends as POST /{preverified-id}/request_code.",
  fields: (t) => ({
    preverifiedPhoneNumberId: t.id(preverifiedId),
    codeMethod: t.field({ type: CodeMethod, required: true, description: "SMS or voice call (Graph `code_method`)." }),
    language: t.string({ required: true, description: 'The locale of the message, e.g. "en_US" (Graph `language`).', validate: { schema: languageRule } }),
  }),
});

builder.mutationField("requestPreverifiedVerificationCode", (t) =>
  t.field({
    type: successType("RequestPreverifiedVerificationCodeSuccess", "Meta sent the one-time code.", "The pre-verified number the code was sent to."),
    description:
      "Sends a one-time code to a pre-verified number (POST /{preverified-id}/request_code); operator callers only. A VERIFIED number is refused, unsent, before its re-verification window opens.",
    args: { input: t.arg({ type: RequestPreverifiedVerificationCodeInput, required: true, description: "The pre-verified number and how to send the code." }) },
    authScopes: operatorManage,
    errors: {
      types: [...MUTATION_ERRORS, ReverificationNotOpen],
      directResult: true,
      union: { name: "RequestPreverifiedVerificationCodeResult", description: "requestPreverifiedVerificationCode's result: the pre-verified number, or why no code was sent." },
    },
    resolve: async (_root, { input }, ctx) => {
      const id = input.preverifiedPhoneNumberId;
      const businessId = businessIdOf(ctx);
      return audited(ctx, "requestPreverifiedVerificationCode", { objectIds: [businessId, id] }, async () => {
        // Meta's window (graph-api.md §11.4): checked on a fresh read, so that an early request sends nothing.
        const current = await callMeta("reading the pre-verified number", () =>
          ctx.loaders.freshPreverifiedNumber.load({ id, fields: graphFields(PREVERIFIED_FIELDS, ["reverificationOpensAt"]) }),
        );
        const opensAt = reverificationOpensAt(current, ctx.now());
        if (opensAt) throw new ReverificationNotOpen(opensAt);
        await callMeta("the code request (a code may have been sent)", () => preverifiedNumbers.requestCode(ctx.businessGraph(), id, input));
        return { preverifiedId: id };
      });
    },
  }),
);

const VerifyPreverifiedCodeInput = builder.inputType("VerifyPreverifiedCodeInput", {
  description: "What verifyPreverifiedCode sends as POST /{preverified-id}/verify_code.",
  fields: (t) => ({
    preverifiedPhoneNumberId: t.id(preverifiedId),
    code: t.string({ required: true, description: "The code received, digits only (Graph `code`).", validate: { schema: codeRule } }),
  }),
});

builder.mutationField("verifyPreverifiedCode", (t) =>
  t.field({
    type: successType(
      "VerifyPreverifiedCodeSuccess",
      "Meta accepted the code.",
      "The pre-verified number as Meta reports it after verification (VERIFIED, with its expiry time).",
    ),
    description: "Checks a pre-verified number's one-time code (POST /{preverified-id}/verify_code); operator callers only.",
    args: { input: t.arg({ type: VerifyPreverifiedCodeInput, required: true, description: "The pre-verified number and the code received." }) },
    authScopes: operatorManage,
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "VerifyPreverifiedCodeResult", description: "verifyPreverifiedCode's result: the verified number, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const id = input.preverifiedPhoneNumberId;
      await audited(ctx, "verifyPreverifiedCode", { objectIds: [businessIdOf(ctx), id] }, () =>
        callMeta("the code check", () => preverifiedNumbers.verifyCode(ctx.businessGraph(), id, input.code)),
      );
      return { preverifiedId: id };
    },
  }),
);
