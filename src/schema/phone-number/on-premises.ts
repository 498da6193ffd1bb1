import { displayDigits } from "../../graph-api/ids.js";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Context } from "../../context.js";
import { GraphApiFailure, toOnPremisesFailure } from "../shared/graph-failures.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { audited } from "../shared/audited.js";
import { OnPremisesNotConfigured } from "../../on-premises/not-configured.js";
import { onPremisesAccount } from "../../on-premises/operations.js";
import { phoneNumbers } from "../../graph-api/phone-number-operations.js";
import { ATTEMPT_WINDOW_SECONDS, MAX_CODE_ATTEMPTS } from "../../on-premises/pending-registration.js";
import type { OnPremisesClient } from "../../on-premises/client.js";
import { builder } from "../builder.js";
import { InputError } from "../shared/input-error.js";
import { codeRule, phoneNumberIdRule, pinRule } from "../shared/input-rules.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { phoneNumberAfterChange, successType, type NumberChanged } from "./type.js";
import { CodeMethod } from "./enums.js";

const SUNSET =
  "Meta sunset the On-Premises API on 2025-10-23: registration now fails with error 1005 (GraphApiError reason DISCONTINUED). Register for Cloud API with registerPhoneNumber.";
const ERRORS = [...MUTATION_ERRORS, OnPremisesNotConfigured];

const OnPremisesRegistrationStatus = builder.enumType("OnPremisesRegistrationStatus", {
  description: "What the On-Premises client did with the registration.",
  values: {
    REGISTERED: { description: "201: the account already exists; nothing more to do." },
    CODE_SENT: { description: "202: a code was sent; finish with verifyOnPremisesAccount." },
  },
});

interface OnPremisesRegistered extends NumberChanged {
  status: "REGISTERED" | "CODE_SENT";
  verifiedName: string | null;
}

const RegisterOnPremisesAccountSuccess = builder.objectRef<OnPremisesRegistered>("RegisterOnPremisesAccountSuccess").implement({
  description: "The On-Premises client accepted the registration.",
  fields: (t) => ({
    status: t.field({
      type: OnPremisesRegistrationStatus,
      description: "REGISTERED (201: already verified, done) or CODE_SENT (202: finish with verifyOnPremisesAccount).",
      resolve: (r) => r.status,
    }),
    verifiedName: t.string({ nullable: true, description: "The display name the certificate carries, when the client returns it.", resolve: (r) => r.verifiedName }),
    phoneNumber: phoneNumberAfterChange(t),
  }),
});

const VerifyOnPremisesAccountSuccess = successType<NumberChanged>("VerifyOnPremisesAccountSuccess", "The On-Premises client verified the code.");

function clientOf(ctx: Context): OnPremisesClient {
  if (!ctx.onPremises) throw new OnPremisesNotConfigured();
  return ctx.onPremises;
}

const attempt = <T>(action: string, call: () => Promise<T>) => callMeta(action, call, toOnPremisesFailure);

/** The certificate to register with: the new one once its name change is approved, else the current one. */
function certificateFor(phone: PhoneNumberWire): string | undefined {
  if (phone.new_name_status === "APPROVED" && phone.new_certificate) return phone.new_certificate;
  return phone.certificate || undefined;
}

/** `+1 631-555-1111` → `{cc: "1", phone_number: "6315551111"}`, by libphonenumber-js (which needs the leading +). */
function splitNumber(display: string | undefined): { cc: string; phone_number: string } | undefined {
  const digits = displayDigits(display);
  const parsed = digits ? parsePhoneNumberFromString(`+${digits}`) : undefined;
  return parsed ? { cc: parsed.countryCallingCode, phone_number: parsed.nationalNumber } : undefined;
}

const RegisterOnPremisesAccountInput = builder.inputType("RegisterOnPremisesAccountInput", {
  description: "Registers a number on the configured On-Premises client.",
  fields: (t) => ({
    phoneNumberId: t.id({ required: true, description: "The phone number's Graph API ID.", validate: { schema: phoneNumberIdRule } }),
    codeMethod: t.field({ type: CodeMethod, required: true, description: "How the client should send the code, if one is needed." }),
    pin: t.string({ required: false, description: "The two-step verification PIN, only if one is set.", validate: { schema: pinRule } }),
  }),
});

builder.mutationField("registerOnPremisesAccount", (t) =>
  t.field({
    type: RegisterOnPremisesAccountSuccess,
    description: "Registers the number on the configured On-Premises client (POST /v1/account), sending the number's certificate.",
    deprecationReason: SUNSET,
    args: { input: t.arg({ type: RegisterOnPremisesAccountInput, required: true, description: "What to register." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, phone: args.input.phoneNumberId } }),
    errors: { types: ERRORS, directResult: true, union: { name: "RegisterOnPremisesAccountResult", description: "The success type or one of the typed errors." } },
    resolve: (_root, { input }, ctx): Promise<OnPremisesRegistered> =>
      audited(ctx, "registerOnPremisesAccount", input.phoneNumberId, async () => {
        const client = clientOf(ctx);
        const phone = (await attempt("reading the number's certificate", async () =>
          phoneNumbers.get(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, "id,display_phone_number,certificate,new_certificate,new_name_status"),
        )) as PhoneNumberWire;
        const cert = certificateFor(phone);
        if (!cert) throw new InputError("The number has no display-name certificate yet; wait for Meta to approve its name.", "phoneNumberId");
        const number = splitNumber(phone.display_phone_number);
        if (!number) throw new InputError("Meta's display number could not be split into country code and number.", "phoneNumberId");
        const answer = await attempt("the On-Premises registration", () =>
          onPremisesAccount.register(client, { cc: number.cc, phoneNumber: number.phone_number, method: input.codeMethod === "VOICE" ? "voice" : "sms", cert, pin: input.pin }, ctx.call),
        );
        const vname = (answer.body.account as { vname?: string }[] | undefined)?.[0]?.vname ?? null;
        const codeSent = answer.status === 202;
        // The client's verify call names no number: remember whose registration now waits for its code.
        if (codeSent) await ctx.onPremisesPending.started(input.phoneNumberId);
        else await ctx.onPremisesPending.finished(input.phoneNumberId);
        return { phoneNumberId: input.phoneNumberId, status: codeSent ? "CODE_SENT" : "REGISTERED", verifiedName: vname };
      }),
  }),
);

const VerifyOnPremisesAccountInput = builder.inputType("VerifyOnPremisesAccountInput", {
  description: "Completes an On-Premises registration that sent a code.",
  fields: (t) => ({
    phoneNumberId: t.id({ required: true, description: "The phone number's Graph API ID.", validate: { schema: phoneNumberIdRule } }),
    code: t.string({ required: true, description: "The code the number received, digits only.", validate: { schema: codeRule } }),
  }),
});

builder.mutationField("verifyOnPremisesAccount", (t) =>
  t.field({
    type: VerifyOnPremisesAccountSuccess,
    description: "Completes an On-Premises registration that sent a code (POST /v1/account/verify).",
    deprecationReason: SUNSET,
    args: { input: t.arg({ type: VerifyOnPremisesAccountInput, required: true, description: "The code to check." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, phone: args.input.phoneNumberId } }),
    errors: { types: ERRORS, directResult: true, union: { name: "VerifyOnPremisesAccountResult", description: "The success type or one of the typed errors." } },
    resolve: (_root, { input }, ctx) =>
      audited(ctx, "verifyOnPremisesAccount", input.phoneNumberId, async () => {
        const client = clientOf(ctx);
        // The client checks the code against whatever registration it has pending: only that number's caller may.
        if (!(await ctx.onPremisesPending.isPendingFor(input.phoneNumberId))) {
          throw new InputError(
            "No On-Premises registration of this number is waiting for a code: call registerOnPremisesAccount for it first.",
            "phoneNumberId",
          );
        }
        const mayTry = await ctx.onPremisesPending.mayTry(input.phoneNumberId);
        if (mayTry === "unknown") {
          throw new GraphApiFailure(
            "The fleet's count of code attempts (Redis) cannot be reached, so no code is checked now; nothing was sent. Try again shortly.",
            "UPSTREAM_UNAVAILABLE",
            true,
          );
        }
        if (mayTry === "no") {
          throw new GraphApiFailure(
            `Too many code attempts for this number (at most ${MAX_CODE_ATTEMPTS} an hour); nothing was sent. Wait, then try again.`,
            "RATE_LIMITED",
            true,
            { retryAfterSeconds: ATTEMPT_WINDOW_SECONDS },
          );
        }
        await attempt("the On-Premises verification", () => onPremisesAccount.verify(client, input.code, ctx.call));
        await ctx.onPremisesPending.finished(input.phoneNumberId);
        return { phoneNumberId: input.phoneNumberId };
      }),
  }),
);
