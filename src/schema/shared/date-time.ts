import { GraphQLError } from "graphql";
import { builder } from "../builder.js";

/** Meta writes `2023-08-22T19:05:53+0000`; clients get ISO-8601 in UTC (`2023-08-22T19:05:53Z`). */
export const DateTime = builder.scalarType("DateTime", {
  description: "An instant in ISO-8601 form, e.g. 2023-08-22T19:05:53Z.",
  serialize: (value) => value.toISOString().replace(".000Z", "Z"),
  parseValue: (value) => {
    const d = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(d.getTime())) throw new GraphQLError("DateTime must be an ISO-8601 string", { extensions: { code: "BAD_USER_INPUT" } });
    return d;
  },
});

/** A Graph timestamp (ISO-8601, or Unix seconds as some of Meta's schemas type it) as a Date; null when absent or unreadable (never fails the response). */
export function fromGraphTime(raw: string | number | undefined): Date | null {
  if (raw === undefined || raw === "") return null;
  const d = typeof raw === "number" || /^\d+$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d;
}
