import { wabas } from "../../graph-api/waba-operations.js";
import type { SubscribedAppWire } from "../../graph-api/types.js";
import { builder } from "../builder.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import { wabaIdRule } from "../shared/input-rules.js";
import { treeOf } from "../shared/lookahead.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { audited } from "../shared/audited.js";
import { readSelectedWaba, Waba, wabaSelection, type WabaParent } from "./type.js";

/** App subscriptions: a WABA's webhooks reach only the apps subscribed to it (graph-api.md §11.6). */

const SubscribedApp = builder.objectRef<SubscribedAppWire>("SubscribedApp").implement({
  description: "An app subscribed to a WABA's webhooks (one `whatsapp_business_api_data` entry of GET /{waba-id}/subscribed_apps).",
  fields: (t) => ({
    id: t.id({ description: "The app's ID (whatsapp_business_api_data.id).", resolve: (a) => String(a.whatsapp_business_api_data?.id ?? "") }),
    name: t.string({ nullable: true, description: "The app's name (whatsapp_business_api_data.name).", resolve: (a) => a.whatsapp_business_api_data?.name ?? null }),
  }),
});

builder.objectField(Waba, "subscribedApps", (t) =>
  t.field({
    type: [SubscribedApp],
    description: "The apps subscribed to this WABA's webhooks (GET /{waba-id}/subscribed_apps); empty: Meta sends this WABA's webhooks to no app.",
    resolve: async (w: WabaParent, _args, ctx) => {
      try {
        const apps = await (w.subscribedApps ?? ctx.loaders.subscribedApps.load(w.node.id));
        // An entry without the app's data names no app.
        return apps.filter((a) => a.whatsapp_business_api_data?.id !== undefined);
      } catch (e) {
        throw toGraphQLError(e, `The subscribed apps of WABA ${w.node.id}`);
      }
    },
  }),
);

const SubscribeAppToWabaInput = builder.inputType("SubscribeAppToWabaInput", {
  description: "What subscribeAppToWaba sends as POST /{waba-id}/subscribed_apps.",
  fields: (t) => ({
    wabaId: t.id({ required: true, description: "The WABA whose webhooks the app should receive (the {waba-id} of the path).", validate: { schema: wabaIdRule } }),
  }),
});

const SubscribeAppToWabaSuccess = builder.objectRef<{ wabaId: string }>("SubscribeAppToWabaSuccess").implement({
  description: "Meta subscribed the app.",
  fields: (t) => ({
    waba: t.field({
      type: Waba,
      nullable: true,
      description: "The WABA as Meta reports it after subscribing (subscribedApps lists the app); read again, not from a cache; needs the read scope.",
      authScopes: { read: true },
      resolve: (s, _args, ctx, info) => readSelectedWaba(ctx, s.wabaId, wabaSelection(ctx, [treeOf(info)]), true),
    }),
  }),
});

builder.mutationField("subscribeAppToWaba", (t) =>
  t.field({
    type: SubscribeAppToWabaSuccess,
    description: "Subscribes the gateway's app to a WABA's webhooks (POST /{waba-id}/subscribed_apps), as needed after Embedded Signup or a migration.",
    args: { input: t.arg({ type: SubscribeAppToWabaInput, required: true, description: "The WABA to subscribe to." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, waba: args.input.wabaId } }),
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "SubscribeAppToWabaResult", description: "subscribeAppToWaba's result: the WABA with its subscriptions, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const { wabaId } = input;
      await audited(ctx, "subscribeAppToWaba", { wabaId }, () => callMeta("the app subscription", async () => wabas.subscribeApp(await ctx.graphFor(wabaId), wabaId)));
      return { wabaId };
    },
  }),
);
