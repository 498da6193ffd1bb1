import type { ZodError } from "zod";

/** The gateway refused a mutation before sending anything to Meta: nothing changed upstream. */
export class RefusedBeforeSending extends Error {}

/** The input was refused before any call to Meta (GraphQL type `ValidationError`). */
export class InputError extends RefusedBeforeSending {
  override readonly name = "InputError";
  constructor(
    message: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

/** The first zod issue, named by its input field (`input.pin` → `pin`). */
export function fromZodError(error: ZodError): InputError {
  const issue = error.issues[0];
  const field = issue?.path.filter((p): p is string => typeof p === "string").filter((p) => p !== "input").pop() ?? null;
  return new InputError(issue?.message ?? "Invalid input.", field);
}
