import { GraphQLError } from "graphql";

/** What Pothos scope-auth reports about a refused field (its `AuthFailure`, narrowed to what is read here). */
interface Failure {
  kind: string;
  scope?: string;
  failures?: Failure[];
}

/** The scopes that failed, depth first. */
function failedScopes(failure: Failure): string[] {
  if (failure.failures) return failure.failures.flatMap(failedScopes);
  return failure.scope ? [failure.scope] : [];
}

/**
 * A refusal of the caller's access. A GraphQLError (FORBIDDEN in `extensions`) on a query field; on a mutation, a
 * typed `ForbiddenError` in its result union, so that a refused mutation never nulls a sibling's success.
 */
export class Refused extends GraphQLError {
  constructor(
    message: string,
    readonly missingScopes: string[],
  ) {
    super(message, { extensions: { code: "FORBIDDEN", ...(missingScopes.length > 0 ? { missingScopes } : {}) } });
  }
}

/**
 * FORBIDDEN, naming what the caller lacks: a scope of its credential (`read`, `manage`), or the object (a WABA
 * or number outside its WABAs). Never says whether the object exists.
 */
export function refusal(failure: Failure): Refused {
  const scopes = failedScopes(failure);
  const missing = scopes.filter((s) => s === "read" || s === "manage");
  const message =
    missing.length > 0
      ? `This caller's credential lacks the ${missing.map((s) => `'${s}'`).join(" and ")} scope; ask for a key or token that grants it.`
      : scopes.includes("operator")
        ? "Only operator callers may do this (an API key allowed every WABA, wabaIds \"*\", or a JWT with the 'operator' scope)."
        : "This caller may not see or change that object: it is not in the caller's WABAs.";
  return new Refused(message, missing);
}
