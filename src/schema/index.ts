import { builder } from "./builder.js";
import "./shared/date-time.js";
import "./shared/errors.js";
import "./phone-number/type.js";
import "./phone-number/registration.js";
import "./waba/type.js";
import "./phone-number/mutations.js";
import "./phone-number/on-premises.js";
import "./phone-number/changes.js";
import "./business/managed-wabas.js";
import "./waba/subscribed-apps.js";
import "./business/preverified-numbers.js";
import "./business/preverified-mutations.js";
import "./waba/add-phone-number.js";
import "./waba/migration-blockers.js";
import "./phone-number/display-name.js";
import { settleListItems } from "./shared/settled-lists.js";

builder.mutationType({
  description: "The actions around a phone number (registration, verification codes, two-step PIN, display names) and onboarding (adding numbers, pre-verified numbers, app subscriptions).",
});

/** The whole schema: importing each type's file registers it with the builder. */
export const schema = settleListItems(builder.toSchema({ sortSchema: true }));
