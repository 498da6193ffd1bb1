import { builder } from "./builder.js";
import "./date-time.js";
import "./phone-number.js";
import "./waba.js";

/** The whole schema: importing each type's file registers it with the builder. */
export const schema = builder.toSchema({ sortSchema: true });
