import { phoneNumbers } from "../../graph-api/phone-number-operations.js";
import { builder } from "../builder.js";
import { displayNameRule, phoneNumberIdRule } from "../shared/input-rules.js";
import { numberMutation } from "./mutation-factory.js";
import { PhoneNumber } from "./type.js";

/**
 * Display-name changes (graph-api.md §11.5): the new name goes to review (new_name_status PENDING_REVIEW); Meta's
 * decision arrives as a phone_number_name_update webhook, and an approved name takes effect when the number
 * registers again.
 */

builder.objectField(PhoneNumber, "newDisplayName", (t) =>
  t.string({
    nullable: true,
    description: "The display name asked for by the latest display-name change (Graph `new_display_name`); null when none.",
    resolve: (p) => p.new_display_name ?? null,
  }),
);

const RequestDisplayNameChangeInput = builder.inputType("RequestDisplayNameChangeInput", {
  description: "What requestDisplayNameChange sends as POST /{phone-number-id}.",
  fields: (t) => ({
    phoneNumberId: t.id({ required: true, description: "The number whose display name changes (the {phone-number-id} of the path).", validate: { schema: phoneNumberIdRule } }),
    newDisplayName: t.string({
      required: true,
      description: "The display name asked for (Graph `new_display_name`); Meta allows 10 changes in 30 days.",
      validate: { schema: displayNameRule },
    }),
  }),
});

numberMutation({
  name: "requestDisplayNameChange",
  description: "Asks Meta to review a new display name (POST /{phone-number-id} with new_display_name); register the number again once it is approved.",
  input: RequestDisplayNameChangeInput,
  resultName: "RequestDisplayNameChangeResult",
  successName: "RequestDisplayNameChangeSuccess",
  successDescription: "The display-name change Meta accepted for review.",
  action: "the display-name change request",
  run: async (ctx, input) => phoneNumbers.requestDisplayNameChange(await ctx.graphFor(input.phoneNumberId), input.phoneNumberId, input.newDisplayName.trim()),
});
