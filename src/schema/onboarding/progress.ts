import { GraphQLError } from "graphql";
import { Repeater } from "graphql-yoga";
import { callerId } from "../../auth/caller.js";
import { ONBOARDING_TOPIC } from "../../fleet/fleet.js";
import type { OnboardingRecord } from "../../onboarding/record.js";
import { builder } from "../builder.js";
import { Onboarding, ONBOARDING_ID, onboardingsOf, storeUnavailable, visibleTo } from "./type.js";

const finished = (record: OnboardingRecord) => record.state === "COMPLETED" || record.state === "FAILED";

/**
 * `onboardingProgress`: the onboarding as it stands when the stream opens, then once per step outcome from any
 * instance (the fleet's pub/sub names the onboarding; the record is read from the shared store), until it completes
 * or fails.
 */
builder.subscriptionField("onboardingProgress", (t) =>
  t.field({
    type: Onboarding,
    description: "An onboarding as it moves, one event per step outcome, until it completes or fails.",
    args: { id: t.arg.id({ required: true, description: "The onboarding to follow." }) },
    authScopes: { read: true },
    subscribe: async (_root, args, ctx) => {
      const { store } = onboardingsOf(ctx);
      const id = String(args.id);
      if (!ONBOARDING_ID.test(id)) throw new GraphQLError("id must be an onboarding's id.", { extensions: { code: "BAD_USER_INPUT", argument: "id" } });
      const first = await store.get(id).catch((e: unknown) => Promise.reject(storeUnavailable(ctx, e)));
      if (!first || !visibleTo(ctx, first)) throw new GraphQLError("No onboarding with this id is visible to this caller.", { extensions: { code: "NOT_FOUND", argument: "id" } });
      const events = ctx.fleet.pubSub.subscribe(ONBOARDING_TOPIC, id)[Symbol.asyncIterator]();
      const stream = new Repeater<OnboardingRecord>(async (push, stop) => {
        void stop.then(() => events.return?.());
        await push(first);
        let last = first;
        while (!finished(last)) {
          const next = await Promise.race([events.next(), stop.then(() => ({ done: true as const, value: undefined }))]);
          if (next.done) break;
          const record = await store.get(id).catch(() => undefined);
          // Events can arrive after a later state was already pushed: only a newer record goes out.
          if (!record || record.updatedAt < last.updatedAt) continue;
          last = record;
          await push(record);
        }
        stop();
      });
      return ctx.streams.hold(callerId(ctx.access.caller), stream, ctx.access.caller.expiresAt);
    },
    resolve: (record) => record,
  }),
);
