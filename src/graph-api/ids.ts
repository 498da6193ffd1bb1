/** A Graph API object id: digits only (anything else would end up in an upstream URL). */
export const GRAPH_ID = /^\d{1,25}$/;

export const isGraphId = (value: unknown): value is string => typeof value === "string" && GRAPH_ID.test(value);

/** `+1 631-555-1111` → `16315551111`: how webhooks name a number, and what On-Premises registration splits. */
export const displayDigits = (display: string | null | undefined): string => (display ?? "").replace(/\D/g, "");
