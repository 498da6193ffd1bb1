import { builder } from "../builder.js";

/**
 * An enum read from Meta whose unknown values read as UNKNOWN instead of failing the response
 * (Meta's own docs disagree on values, and Meta adds new ones).
 */
export function forwardEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const all = { ...values, UNKNOWN: "A value Meta sent that this gateway does not know yet." } as Record<V | "UNKNOWN", string>;
  const ref = builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(all).map(([k, d]) => [k, { description: d as string }])) as Record<V | "UNKNOWN", { description: string }>,
  });
  const known = new Set<string>(Object.keys(values));
  /** Meta's raw value → the enum value; null when Meta sent nothing. */
  const read = (raw: string | undefined | null): V | "UNKNOWN" | null => {
    if (raw === undefined || raw === null) return null;
    const upper = raw.toUpperCase();
    return known.has(upper) ? (upper as V) : "UNKNOWN";
  };
  return { ref, read };
}
