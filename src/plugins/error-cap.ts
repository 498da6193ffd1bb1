import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Errors one answer carries at most; the rest are summed up in one more. */
export const MAX_ERRORS = 50;

/** Bounds an answer's `errors`: a request that fails a thousand ways gets fifty of them and a count. */
export function errorCap(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in Object(result)) return;
          const { errors } = result as { errors?: readonly GraphQLError[] };
          if (!errors || errors.length <= MAX_ERRORS) return;
          const more = new GraphQLError(`${errors.length - MAX_ERRORS} more errors were left out of this answer.`, { extensions: { code: "TOO_MANY_ERRORS" } });
          setResult({ ...(result as object), errors: [...errors.slice(0, MAX_ERRORS), more] } as typeof result);
        },
      };
    },
  };
}
