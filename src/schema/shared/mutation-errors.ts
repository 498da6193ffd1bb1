import { GraphApiFailure, toFailure } from "./graph-failures.js";
import { InputError } from "./input-error.js";
import { Refused } from "./refusal.js";

/** Turns an upstream failure into the typed GraphApiError; anything else (a bug) stays masked. */
export async function callMeta<T>(action: string, call: () => Promise<T>, toTyped: typeof toFailure = toFailure): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toTyped(e, action) ?? e;
  }
}

/** The typed errors of every mutation: Meta's refusal, a refused input, a refused caller. */
export const MUTATION_ERRORS = [GraphApiFailure, InputError, Refused] as const;
