import { nameAllowsRegistration } from "../../graph-api/phone-number-operations.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { builder } from "../builder.js";
import { DateTime, fromGraphTime } from "../shared/date-time.js";
import { PhoneNumber } from "./type.js";

/** After Embedded Signup, a partner has 14 days to register the number (VERIFIED lasts 14 days). */
export const REGISTRATION_WINDOW_MS = 14 * 24 * 3600 * 1000;

export type RegistrationStateValue = "NEEDS_VERIFICATION" | "NAME_NOT_APPROVED" | "NAME_IN_REVIEW" | "READY_TO_REGISTER" | "REGISTERED_CLOUD_API" | "REGISTERED_ON_PREMISES" | "WINDOW_EXPIRED" | "COEXISTENCE";

export interface RegistrationValue {
  state: RegistrationStateValue;
  deadline: Date | null;
  nextAction: string;
}

const day = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Where a number stands, derived from `is_on_biz_app`, `platform_type`, `code_verification_status`, `name_status`
 * and `last_onboarded_time`.
 */
export function deriveRegistration(phone: PhoneNumberWire, now: number): RegistrationValue {
  const onboarded = fromGraphTime(phone.last_onboarded_time);
  const deadline = onboarded ? new Date(onboarded.getTime() + REGISTRATION_WINDOW_MS) : null;
  // A Business app number is connected through the app and must never be registered (graph-api.md §13.3).
  if (phone.is_on_biz_app === true) {
    const syncBy = onboarded ? ` (within 24 hours of onboarding: by ${day(new Date(onboarded.getTime() + 86_400_000))})` : "";
    return {
      state: "COEXISTENCE",
      deadline: null,
      nextAction: `Nothing to do to send messages: a WhatsApp Business app number is connected through the app. Sync its contacts and history once each (syncCoexistenceData)${syncBy}.`,
    };
  }
  if (phone.platform_type === "CLOUD_API") {
    // An approved display-name change takes effect only when the number registers again (graph-api.md §11.5).
    const nextAction =
      phone.new_name_status === "APPROVED"
        ? "Register the number again (registerPhoneNumber) within 14 days of the new display name's approval, or the name goes back to review."
        : "Nothing to do: the number is registered for Cloud API.";
    return { state: "REGISTERED_CLOUD_API", deadline, nextAction };
  }
  if (phone.platform_type === "ON_PREMISE") {
    return {
      state: "REGISTERED_ON_PREMISES",
      deadline,
      nextAction: "Move the number to Cloud API: Meta sunset the On-Premises API on 2025-10-23.",
    };
  }
  if (deadline && now > deadline.getTime()) {
    return {
      state: "WINDOW_EXPIRED",
      deadline,
      nextAction: "The 14 days after Embedded Signup have passed: the customer must go through Embedded Signup again.",
    };
  }
  const by = deadline ? ` before ${day(deadline)}` : "";
  if (phone.code_verification_status === "VERIFIED") {
    // Without an approved name Meta cannot create the certificate, and register fails (the onboarding waits by the same rule).
    if (!nameAllowsRegistration(phone.name_status)) {
      return phone.name_status === "PENDING_REVIEW"
        ? {
            state: "NAME_IN_REVIEW",
            deadline,
            nextAction: `Wait for Meta's review of the display name (phoneNumberChanged reports the decision), then register the number (registerPhoneNumber)${by}: registering before the approval fails.`,
          }
        : {
            state: "NAME_NOT_APPROVED",
            deadline,
            nextAction: `The display name has no approval (nameStatus ${phone.name_status}): ask for a name again (requestDisplayNameChange) and register once it is approved${by}.`,
          };
    }
    return { state: "READY_TO_REGISTER", deadline, nextAction: `Register the number for Cloud API (registerPhoneNumber)${by}.` };
  }
  return {
    state: "NEEDS_VERIFICATION",
    deadline,
    nextAction: `Verify the number: request a code (requestVerificationCode) and enter it (verifyCode)${by}, then register it.`,
  };
}

const RegistrationState = builder.enumType("RegistrationState", {
  description: "Where a number stands in registration.",
  values: {
    NEEDS_VERIFICATION: { description: "The number must pass one-time-code verification before it can be registered." },
    READY_TO_REGISTER: { description: "Verified: register it for Cloud API before the deadline." },
    REGISTERED_CLOUD_API: { description: "Registered for Cloud API." },
    REGISTERED_ON_PREMISES: { description: "Registered on an On-Premises client (sunset by Meta on 2025-10-23)." },
    WINDOW_EXPIRED: { description: "Not registered within 14 days of Embedded Signup: the customer must go through it again." },
    NAME_NOT_APPROVED: { description: "Verified, but its display name was declined, expired or never set: Meta creates no certificate, so it cannot register until a name is approved." },
    NAME_IN_REVIEW: { description: "Verified, but Meta is still reviewing its display name: no certificate yet, so registering fails (100/2388001) until the name is approved." },
    COEXISTENCE: { description: "A WhatsApp Business app number on Cloud API (coexistence): connected through the app, never registered with register." },
  },
});

const Registration = builder.objectRef<RegistrationValue>("Registration").implement({
  description: "Where a number stands on its way to sending messages, derived from Meta's fields.",
  fields: (t) => ({
    state: t.field({ type: RegistrationState, description: "The number's registration state.", resolve: (r) => r.state }),
    deadline: t.field({
      type: DateTime,
      nullable: true,
      description: "Embedded Signup completion (lastOnboardedTime) + 14 days: register before this, or go through Embedded Signup again.",
      resolve: (r) => r.deadline,
    }),
    nextAction: t.exposeString("nextAction", { description: "One sentence telling a person what to do next." }),
  }),
});

builder.objectField(PhoneNumber, "registration", (t) =>
  t.field({
    type: Registration,
    description: "Where the number stands in registration, and what to do next (derived; see Registration).",
    resolve: (phone, _args, ctx) => deriveRegistration(phone, ctx.now()),
  }),
);
