import { builder } from "./builder.js";
import "./date-time.js";
import "./errors.js";
import "./phone-number.js";
import "./registration.js";
import "./waba.js";
import "./registration-mutations.js";
import "./on-premises-mutations.js";
import "./phone-number-change.js";
import "./managed-wabas.js";
import "./subscribed-apps.js";
import "./preverified-numbers.js";
import "./preverified-mutations.js";
import "./add-phone-number.js";
import "./migration-blockers.js";
import "./display-name.js";
import { settleListItems } from "./settled-lists.js";

builder.mutationType({
  description: "The actions around a phone number (registration, verification codes, two-step PIN, display names) and onboarding (adding numbers, pre-verified numbers, app subscriptions).",
});

/** The whole schema: importing each type's file registers it with the builder. */
export const schema = settleListItems(builder.toSchema({ sortSchema: true }));
