import { builder } from "./builder.js";
import "./date-time.js";
import "./errors.js";
import "./phone-number.js";
import "./registration.js";
import "./waba.js";
import "./registration-mutations.js";
import "./on-premises-mutations.js";
import "./phone-number-change.js";

builder.mutationType({ description: "The actions around a phone number: registration, verification codes, two-step PIN." });

/** The whole schema: importing each type's file registers it with the builder. */
export const schema = builder.toSchema({ sortSchema: true });
