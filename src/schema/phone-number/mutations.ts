import { phoneNumbers } from "../../graph-api/phone-number-operations.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { InputError } from "../shared/input-error.js";
import { builder } from "../builder.js";
import { codeRule, languageRule, phoneNumberIdRule, pinRule, regionRule } from "../shared/input-rules.js";
import { CodeMethod } from "./enums.js";
import { numberMutation } from "./mutation-factory.js";

/** The Cloud API actions around a number (Meta's "Manage Phone Numbers and Certificates" guide). */

const phoneNumberId = (t: PothosInput) => t.id({ required: true, description: "The phone number's Graph API ID.", validate: { schema: phoneNumberIdRule } });
type PothosInput = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const RegisterPhoneNumberInput = builder.inputType("RegisterPhoneNumberInput", {
  description: "Registers a verified number for Cloud API.",
  fields: (t) => ({
    phoneNumberId: phoneNumberId(t),
    pin: t.string({ required: true, description: "The number's six-digit two-step verification PIN (set by this call if none is set).", validate: { schema: pinRule } }),
    dataLocalizationRegion: t.string({
      required: false,
      description: 'Optional local-storage region for Cloud API data at rest (e.g. "IN", "DE").',
      validate: { schema: regionRule },
    }),
  }),
});

numberMutation({
  name: "registerPhoneNumber",
  description: "Registers the number for Cloud API (POST /{phone-number-id}/register). Never retried automatically.",
  input: RegisterPhoneNumberInput,
  resultName: "RegisterPhoneNumberResult",
  successName: "RegisterPhoneNumberSuccess",
  successDescription: "The number was registered for Cloud API.",
  action: "the registration",
  run: async (ctx, input) => phoneNumbers.register(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, input),
});

const DeregisterPhoneNumberInput = builder.inputType("DeregisterPhoneNumberInput", {
  description: "Deregisters a number from Cloud API.",
  fields: (t) => ({ phoneNumberId: phoneNumberId(t) }),
});

numberMutation({
  name: "deregisterPhoneNumber",
  description: "POST /{phone-number-id}/deregister.",
  input: DeregisterPhoneNumberInput,
  resultName: "DeregisterPhoneNumberResult",
  successName: "DeregisterPhoneNumberSuccess",
  successDescription: "The number was deregistered.",
  action: "the deregistration",
  run: async (ctx, input) => {
    const graph = await ctx.graphFor(input.phoneNumberId);
    // Meta refuses /deregister for a Business app number (graph-api.md §13.3); said before anything changes.
    const number = (await phoneNumbers.get(graph, input.phoneNumberId, "is_on_biz_app")) as PhoneNumberWire;
    if (number.is_on_biz_app === true) {
      throw new InputError("A WhatsApp Business app number (coexistence) is never deregistered through the API: its owner disconnects it in the Business app.", "phoneNumberId");
    }
    return phoneNumbers.deregister(graph, input.phoneNumberId);
  },
});

const RequestVerificationCodeInput = builder.inputType("RequestVerificationCodeInput", {
  description: "Asks Meta to send a one-time code to the number.",
  fields: (t) => ({
    phoneNumberId: phoneNumberId(t),
    codeMethod: t.field({ type: CodeMethod, required: true, description: "SMS or voice." }),
    language: t.string({ required: true, description: "The message's language as a locale, e.g. en_US.", validate: { schema: languageRule } }),
  }),
});

numberMutation({
  name: "requestVerificationCode",
  description: "Sends a one-time code by SMS or voice (POST /{phone-number-id}/request_code).",
  input: RequestVerificationCodeInput,
  resultName: "RequestVerificationCodeResult",
  successName: "RequestVerificationCodeSuccess",
  successDescription: "Meta sent the code.",
  action: "the code request (a code may have been sent)",
  run: async (ctx, input) => phoneNumbers.requestCode(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, input),
});

const VerifyCodeInput = builder.inputType("VerifyCodeInput", {
  description: "Checks the one-time code the number received.",
  fields: (t) => ({
    phoneNumberId: phoneNumberId(t),
    code: t.string({ required: true, description: "The code, digits only.", validate: { schema: codeRule } }),
  }),
});

numberMutation({
  name: "verifyCode",
  description: "Checks the one-time code (POST /{phone-number-id}/verify_code).",
  input: VerifyCodeInput,
  resultName: "VerifyCodeResult",
  successName: "VerifyCodeSuccess",
  successDescription: "The code was right: the number is verified for 14 days.",
  action: "the code check",
  run: async (ctx, input) => phoneNumbers.verifyCode(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, input.code),
});

const SetTwoStepVerificationPinInput = builder.inputType("SetTwoStepVerificationPinInput", {
  description: "Sets or changes the number's two-step verification PIN.",
  fields: (t) => ({
    phoneNumberId: phoneNumberId(t),
    pin: t.string({ required: true, description: "The new six-digit PIN.", validate: { schema: pinRule } }),
  }),
});

numberMutation({
  name: "setTwoStepVerificationPin",
  description: "Sets the two-step verification PIN (POST /{phone-number-id} with pin).",
  input: SetTwoStepVerificationPinInput,
  resultName: "SetTwoStepVerificationPinResult",
  successName: "SetTwoStepVerificationPinSuccess",
  successDescription: "The PIN was set.",
  action: "setting the PIN",
  run: async (ctx, input) => phoneNumbers.setPin(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, input.pin),
});
