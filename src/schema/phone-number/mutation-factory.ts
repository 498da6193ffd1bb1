import type { InputObjectRef } from "@pothos/core";
import { audited } from "../shared/audited.js";
import type { Context } from "../../context.js";
import { builder } from "../builder.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { successType, type NumberChanged } from "./type.js";


interface Spec<I extends { phoneNumberId: string }> {
  name: string;
  description: string;
  input: InputObjectRef<typeof builder.$inferSchemaTypes, I>;
  resultName: string;
  successName: string;
  successDescription: string;
  /** Says what happened when Meta's answer was lost ("the registration", …). */
  action: string;
  run: (ctx: Context, input: I) => Promise<unknown>;
}

/**
 * A mutation on one phone number: one input, a union of its success type and typed errors.
 * It is sent to Meta exactly once: mutations are never retried (duplicate SMS, Meta's 10-per-72-hours limit).
 */
export function numberMutation<I extends { phoneNumberId: string }>(spec: Spec<I>): void {
  const Success = successType<NumberChanged>(spec.successName, spec.successDescription);
  builder.mutationField(spec.name, (t) =>
    t.field({
      type: Success,
      description: spec.description,
      args: { input: t.arg({ type: spec.input, required: true, description: "What to do." }) },
      authScopes: (_root, args) => ({ $all: { manage: true, phone: String((args as { input: I }).input.phoneNumberId) } }),
      errors: {
        types: [...MUTATION_ERRORS],
        directResult: true,
        union: { name: spec.resultName, description: "The success type or one of the typed errors; more error types may be added." },
      },
      resolve: async (_root, args, ctx) => {
        // Pothos cannot narrow a generic input's shape; the arg is required and typed by spec.input.
        const { input } = args as { input: I };
        await audited(ctx, spec.name, input.phoneNumberId, () => callMeta(spec.action, () => spec.run(ctx, input)));
        return { phoneNumberId: input.phoneNumberId };
      },
    }),
  );
}
