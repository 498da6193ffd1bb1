import { wabas } from "../../graph-api/waba-operations.js";
import type { SubscribedAppWire } from "../../graph-api/types.js";
import { z } from "zod";
import { builder } from "../builder.js";
import { GraphApiFailure, toGraphQLError } from "../shared/graph-failures.js";
import { wabaIdRule } from "../shared/input-rules.js";
import { InputError } from "../shared/input-error.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { audited } from "../shared/audited.js";
import { Waba, wabaAfterChange, type WabaParent } from "./type.js";

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

/** Meta takes at most 200 characters (graph-api.md §11.6); only HTTPS can receive webhooks. */
const callbackUriRule = z
  .string()
  .max(200, "overrideCallbackUri must be at most 200 characters.")
  .refine((uri) => URL.canParse(uri) && new URL(uri).protocol === "https:", "overrideCallbackUri must be an https:// URL.");
/** The gateway's own bound: Meta echoes it in the handshake's query string. */
const verifyTokenRule = z.string().min(1, "verifyToken must not be empty.").max(200, "verifyToken must be at most 200 characters.");

const SubscribeAppToWabaInput = builder.inputType("SubscribeAppToWabaInput", {
  description: "What subscribeAppToWaba sends as POST /{waba-id}/subscribed_apps.",
  fields: (t) => ({
    wabaId: t.id({ required: true, description: "The WABA whose webhooks the app should receive (the {waba-id} of the path).", validate: { schema: wabaIdRule } }),
    overrideCallbackUri: t.string({
      required: false,
      description: "Deliver this WABA's webhooks to this HTTPS address instead of the app's (override_callback_uri); the gateway subscribes plainly first, as Meta requires.",
      validate: { schema: callbackUriRule },
    }),
    verifyToken: t.string({ required: false, description: "The verify token Meta sends to overrideCallbackUri's handshake; required with it.", validate: { schema: verifyTokenRule } }),
  }),
});

/** A success that hands back the WABA, read again after the change (not from a cache; needs the read scope). */
const successWithWaba = (name: string, description: string, wabaDescription: string) =>
  builder.objectRef<{ wabaId: string }>(name).implement({
    description,
    fields: (t) => ({ waba: wabaAfterChange(t, `${wabaDescription}; read again, not from a cache; needs the read scope.`) }),
  });

const SubscribeAppToWabaSuccess = successWithWaba("SubscribeAppToWabaSuccess", "Meta subscribed the app.", "The WABA as Meta reports it after subscribing (subscribedApps lists the app)");

builder.mutationField("subscribeAppToWaba", (t) =>
  t.field({
    type: SubscribeAppToWabaSuccess,
    description: "Subscribes the gateway's app to a WABA's webhooks (POST /{waba-id}/subscribed_apps), as needed after Embedded Signup or a migration.",
    args: { input: t.arg({ type: SubscribeAppToWabaInput, required: true, description: "The WABA to subscribe to." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, waba: args.input.wabaId } }),
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "SubscribeAppToWabaResult", description: "subscribeAppToWaba's result: the WABA with its subscriptions, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const { wabaId, overrideCallbackUri, verifyToken } = input;
      if ((overrideCallbackUri == null) !== (verifyToken == null)) throw new InputError("Pass overrideCallbackUri and verifyToken together.", overrideCallbackUri == null ? "overrideCallbackUri" : "verifyToken");
      await audited(ctx, "subscribeAppToWaba", { wabaId }, async () => {
        const graph = await ctx.graphFor(wabaId);
        // Meta takes an override only from an app already subscribed plainly (graph-api.md §13.1).
        await callMeta("the app subscription", () => wabas.subscribeApp(graph, wabaId));
        if (overrideCallbackUri && verifyToken) {
          await callMeta("the callback override", () => wabas.overrideCallback(graph, wabaId, overrideCallbackUri, verifyToken)).catch((e: unknown) => {
            // The plain subscription reached Meta: the answer says so beside the override's refusal.
            throw e instanceof GraphApiFailure
              ? new GraphApiFailure(`The app is subscribed (its webhooks go to the app's own address), but the override failed: ${e.message}`, e.reason, e.retryable, e.meta)
              : e;
          });
        }
      });
      return { wabaId };
    },
  }),
);

const UnsubscribeAppFromWabaInput = builder.inputType("UnsubscribeAppFromWabaInput", {
  description: "What unsubscribeAppFromWaba sends as DELETE /{waba-id}/subscribed_apps.",
  fields: (t) => ({
    wabaId: t.id({ required: true, description: "The WABA whose webhooks the app should stop receiving (the {waba-id} of the path).", validate: { schema: wabaIdRule } }),
  }),
});

const UnsubscribeAppFromWabaSuccess = successWithWaba(
  "UnsubscribeAppFromWabaSuccess",
  "Meta unsubscribed the app.",
  "The WABA as Meta reports it after unsubscribing (subscribedApps no longer lists the app)",
);

builder.mutationField("unsubscribeAppFromWaba", (t) =>
  t.field({
    type: UnsubscribeAppFromWabaSuccess,
    description: "Stops the app receiving a WABA's webhooks (DELETE /{waba-id}/subscribed_apps).",
    args: { input: t.arg({ type: UnsubscribeAppFromWabaInput, required: true, description: "The WABA to unsubscribe from." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, waba: args.input.wabaId } }),
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "UnsubscribeAppFromWabaResult", description: "unsubscribeAppFromWaba's result: the WABA with its subscriptions, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const { wabaId } = input;
      await audited(ctx, "unsubscribeAppFromWaba", { wabaId }, () => callMeta("the app unsubscription", async () => wabas.unsubscribeApp(await ctx.graphFor(wabaId), wabaId)));
      return { wabaId };
    },
  }),
);
