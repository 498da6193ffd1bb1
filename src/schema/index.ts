import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import "./shared/date-time.js";
import "./shared/errors.js";
import "./phone-number/type.js";
import "./phone-number/registration.js";
import "./waba/type.js";
import "./phone-number/mutations.js";
import "./phone-number/on-premises.js";
import "./phone-number/changes.js";
import "./business/managed-wabas.js";
import "./waba/subscribed-apps.js";
import "./business/preverified-numbers.js";
import "./business/preverified-mutations.js";
import "./waba/add-phone-number.js";
import "./waba/migration-blockers.js";
import "./phone-number/display-name.js";
import "./phone-number/number-life.js";
import "./onboarding/type.js";
import "./onboarding/credit-lines.js";
import "./onboarding/mutations.js";
import "./onboarding/progress.js";

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as PromiseLike<unknown> | null)?.then === "function";

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** A list whose items are promises becomes a promise of the list, each failed item an Error in its place. */
function settleItems(value: unknown): unknown {
  if (!Array.isArray(value) || !value.some(isThenable)) return value;
  return Promise.all(value.map((item) => (isThenable(item) ? Promise.resolve(item).catch(asError) : item)));
}

/**
 * Every list field resolves to its items settled: a failed item is an Error at its own index, never a rejected
 * promise. graphql-js answers both the same way (null at the item, an error with the item's path), but
 * graphql-jit 0.8 pushes a rejected item's null onto the end of the list, so an item that fails before its
 * siblings resolve moved or dropped an item in compiled answers. Settling first also puts both engines' errors in
 * item order. Applied to the built schema, so every list field is covered, those added later included.
 */
function settleListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        return isThenable(value) ? Promise.resolve(value).then(settleItems) : settleItems(value);
      };
    }
  }
  return schema;
}

builder.mutationType({
  description: "The actions around a phone number (registration, verification codes, two-step PIN, display names) and onboarding (adding numbers, pre-verified numbers, app subscriptions).",
});

/** The whole schema: importing each type's file registers it with the builder. */
export const schema = settleListItems(builder.toSchema({ sortSchema: true }));
