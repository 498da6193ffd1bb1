import type { InputObjectRef } from "@pothos/core";
import { PHONE_NUMBER_FIELDS } from "../shared/graph-fields.js";
import { GraphApiFailure, toFailure } from "../shared/graph-failures.js";
import { audited } from "../shared/audited.js";
import type { Context } from "../../context.js";
import { builder } from "../builder.js";
import { InputError } from "../shared/input-error.js";
import { Refused } from "../shared/refusal.js";
import { graphFieldsOf, treeOf } from "../shared/lookahead.js";
import { readPhone } from "../shared/reads.js";
import { PhoneNumber } from "./type.js";

export interface NumberChanged {
  phoneNumberId: string;
}

type ObjectFieldBuilder<T> = Parameters<NonNullable<Parameters<ReturnType<typeof builder.objectRef<T>>["implement"]>[0]["fields"]>>[0];

/** The `phoneNumber` field of a success: re-read from Meta after the change, never from a cache. */
export function phoneNumberAfterChange<T extends NumberChanged>(t: ObjectFieldBuilder<T>) {
  return t.field({
    type: PhoneNumber,
    nullable: true,
    description: "The number as Meta reports it after the change (read again, not from a cache); needs the read scope.",
    // A manage-only credential changes numbers but reads nothing through the result either.
    authScopes: { read: true },
    resolve: (s, _args, ctx, info) =>
      readPhone(ctx.loaders.freshPhoneNumber, { id: s.phoneNumberId, fields: graphFieldsOf(treeOf(info), "PhoneNumber", PHONE_NUMBER_FIELDS) }),
  });
}

/** `…Success { phoneNumber }`. */
export function successType<T extends NumberChanged>(name: string, description: string) {
  return builder.objectRef<T>(name).implement({
    description,
    fields: (t) => ({ phoneNumber: phoneNumberAfterChange(t) }),
  });
}

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
