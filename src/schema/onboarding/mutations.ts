import { z } from "zod";
import { callerId } from "../../auth/caller.js";
import { GRAPH_ID } from "../../graph-api/ids.js";
import type { OnboardingRecord } from "../../onboarding/record.js";
import { builder } from "../builder.js";
import { audit } from "../shared/audited.js";
import { InputError } from "../shared/input-error.js";
import { pinRule, regionRule, wabaIdRule } from "../shared/input-rules.js";
import { MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { CreditLineCurrency } from "./credit-lines.js";
import { EmbeddedSignupEvent, Onboarding, ONBOARDING_ID, onboardingsOf, storeUnavailable, visibleTo } from "./type.js";

/** completeEmbeddedSignup and resumeOnboarding (graph-api.md §13.1): the onboarding runs as far as it can now. */

/** Meta's codes are opaque; the gateway's own bound keeps a hostile one small. */
const codeRule = z.string().min(1, "code must not be empty.").max(1024, "code must be at most 1024 characters.");
const idempotencyKeyRule = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, "idempotencyKey must be 1–128 letters, digits or . _ : -.");
const optionalIdRule = (field: string) => z.string().regex(GRAPH_ID, `${field} must be a numeric Graph API ID.`);

const CompleteEmbeddedSignupInput = builder.inputType("CompleteEmbeddedSignupInput", {
  description: "Embedded Signup's code and finish message, as the partner's page received them.",
  fields: (t) => ({
    code: t.string({ required: true, description: "The code from FB.login's authResponse: single use, valid for about 30 seconds.", validate: { schema: codeRule } }),
    event: t.field({ type: EmbeddedSignupEvent, required: true, description: "The finish message's event." }),
    wabaId: t.id({ required: true, description: "The finish message's data.waba_id: checked against what the code's token can reach, never trusted alone.", validate: { schema: wabaIdRule } }),
    phoneNumberId: t.id({
      required: false,
      description: "The finish message's data.phone_number_id; absent for FINISH_ONLY_WABA (and, at times, for coexistence).",
      validate: { schema: optionalIdRule("phoneNumberId") },
    }),
    businessId: t.id({ required: false, description: "The finish message's data.business_id, when sent.", validate: { schema: optionalIdRule("businessId") } }),
    pin: t.string({
      required: false,
      description: "The 6-digit PIN to register the number with (it becomes the number's two-step PIN); kept encrypted until registration is done.",
      validate: { schema: pinRule },
    }),
    creditLineCurrency: t.field({ type: CreditLineCurrency, required: false, description: "Share the partner's credit line with the WABA in this currency; omit to not share." }),
    dataLocalizationRegion: t.string({
      required: false,
      description: "register's data_localization_region (ISO 3166 alpha-2), when the customer's data must stay in a region.",
      validate: { schema: regionRule },
    }),
    idempotencyKey: t.string({
      required: true,
      description: "Chosen by the caller: the same key again returns the same onboarding instead of spending the code twice.",
      validate: { schema: idempotencyKeyRule },
    }),
  }),
});

const ResumeOnboardingInput = builder.inputType("ResumeOnboardingInput", {
  description: "Which onboarding to run again, and a PIN when it waits for one.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The onboarding's id.", validate: { schema: z.string().regex(ONBOARDING_ID, "id must be an onboarding's id.") } }),
    pin: t.string({ required: false, description: "A PIN, when the onboarding waits for one (e.g. the number already had a different two-step PIN).", validate: { schema: pinRule } }),
  }),
});

const successWithOnboarding = (name: string, description: string) =>
  builder.objectRef<{ onboarding: OnboardingRecord }>(name).implement({
    description,
    fields: (t) => ({ onboarding: t.field({ type: Onboarding, description: "The onboarding, however far its steps went.", resolve: (s) => s.onboarding }) }),
  });

const CompleteEmbeddedSignupSuccess = successWithOnboarding("CompleteEmbeddedSignupSuccess", "The onboarding, however far its steps went (a failed step is in steps, not an error here).");
const ResumeOnboardingSuccess = successWithOnboarding("ResumeOnboardingSuccess", "The onboarding after running its remaining steps.");

builder.mutationFields((t) => ({
  completeEmbeddedSignup: t.field({
    type: CompleteEmbeddedSignupSuccess,
    description: "Starts an onboarding from Embedded Signup's code and finish message, and runs its steps as far as they go.",
    args: { input: t.arg({ type: CompleteEmbeddedSignupInput, required: true, description: "The code and the finish message." }) },
    authScopes: { manage: true },
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "CompleteEmbeddedSignupResult", description: "The onboarding, or why it could not start." } },
    resolve: async (_root, { input }, ctx) => {
      const { runner } = onboardingsOf(ctx);
      if (input.event === "FINISH_ONLY_WABA" && input.phoneNumberId) throw new InputError("FINISH_ONLY_WABA names no number: leave phoneNumberId out.", "phoneNumberId");
      const onboarding = await runner
        .start(
          {
            code: input.code,
            event: input.event,
            wabaId: String(input.wabaId),
            phoneNumberId: input.phoneNumberId ? String(input.phoneNumberId) : undefined,
            businessId: input.businessId ? String(input.businessId) : undefined,
            pin: input.pin ?? undefined,
            creditLineCurrency: input.creditLineCurrency ?? undefined,
            dataLocalizationRegion: input.dataLocalizationRegion ?? undefined,
            idempotencyKey: input.idempotencyKey,
          },
          callerId(ctx.access.caller),
          ctx.call,
        )
        .catch((e: unknown) => Promise.reject(storeUnavailable(ctx, e)));
      await audit(ctx, "completeEmbeddedSignup", { wabaId: onboarding.wabaId, phoneNumberId: onboarding.phoneNumberId, objectIds: [onboarding.id] }, undefined);
      return { onboarding };
    },
  }),
  resumeOnboarding: t.field({
    type: ResumeOnboardingSuccess,
    description: "Runs an onboarding's remaining steps again; a step that succeeded is never repeated.",
    args: { input: t.arg({ type: ResumeOnboardingInput, required: true, description: "The onboarding, and a PIN when it waits for one." }) },
    authScopes: { manage: true },
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "ResumeOnboardingResult", description: "The onboarding, or why it could not run." } },
    resolve: async (_root, { input }, ctx) => {
      const { runner, store } = onboardingsOf(ctx);
      const id = String(input.id);
      const known = await store.get(id).catch((e: unknown) => Promise.reject(storeUnavailable(ctx, e)));
      // Another caller's onboarding reads as unknown: its existence is not the caller's to learn.
      if (!known || !visibleTo(ctx, known)) throw new InputError("No onboarding with this id is visible to this caller.", "id");
      const onboarding = await runner.run(id, ctx.call, input.pin ?? undefined).catch((e: unknown) => Promise.reject(storeUnavailable(ctx, e)));
      await audit(ctx, "resumeOnboarding", { wabaId: onboarding.wabaId, phoneNumberId: onboarding.phoneNumberId, objectIds: [onboarding.id] }, undefined);
      return { onboarding };
    },
  }),
}));
