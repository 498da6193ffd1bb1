import { graphFields } from "../shared/lookahead.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import type { ChangeEvent } from "../../fleet/fleet.js";
import { CHANGE_TOPIC, RECENT_CHANGES, recentChangesKey } from "../../fleet/fleet.js";
import { parseJsonOrUndefined } from "../../graph-api/json.js";
import { callerId } from "../../auth/caller.js";
import { builder } from "../builder.js";
import { checkId } from "../shared/ids.js";
import { DateTime } from "../shared/date-time.js";
import { PHONE_NUMBER_FIELDS, PhoneNumber, readPhone } from "./type.js";

const PhoneNumberChangeKind = builder.enumType("PhoneNumberChangeKind", {
  description: "Which WABA webhook reported the change.",
  values: {
    NAME_UPDATE: { description: "phone_number_name_update: a display name was reviewed." },
    QUALITY_UPDATE: { description: "phone_number_quality_update: throughput or messaging limit changed." },
    ACCOUNT_UPDATE: { description: "account_update: the WABA changed (restriction, ban, partner, …)." },
    ACCOUNT_REVIEW_UPDATE: { description: "account_review_update: Meta reviewed the WABA." },
    CAPABILITY_UPDATE: { description: "business_capability_update: the portfolio's messaging limits or capabilities changed." },
    ACCOUNT_ALERT: { description: "account_alerts, e.g. OBA_APPROVED, OBA_REJECTED." },
    SECURITY: { description: "security: PIN_CHANGED, PIN_RESET_REQUEST." },
  },
});

/** Every Graph field a subscriber may select on the number: one read per event serves every subscriber. */
const EVENT_FIELDS = graphFields(PHONE_NUMBER_FIELDS, Object.keys(PHONE_NUMBER_FIELDS));
/** The event object is the same for every subscriber on this instance (the pub/sub dispatches one copy). */
const readsOfEvent = new WeakMap<ChangeEvent, Promise<PhoneNumberWire>>();
/** Changes read back from the fleet's store rather than pushed now. */
const storedChanges = new WeakSet<ChangeEvent>();

const PhoneNumberChange = builder.objectRef<ChangeEvent>("PhoneNumberChange").implement({
  description: "A change Meta reported for a WABA's number (or the WABA itself) through a webhook.",
  fields: (t) => ({
    kind: t.field({ type: PhoneNumberChangeKind, description: "Which webhook reported it.", resolve: (c) => c.kind }),
    wabaId: t.id({ description: "The WABA the change concerns.", resolve: (c) => c.wabaId }),
    displayPhoneNumber: t.string({
      nullable: true,
      description: "The number's display digits as Meta sent them; null when the change concerns the whole WABA.",
      resolve: (c) => c.displayPhoneNumber,
    }),
    event: t.string({ nullable: true, description: "Meta's decision or event, e.g. APPROVED, REJECTED, DISABLED_UPDATE.", resolve: (c) => c.event }),
    phoneNumber: t.field({
      type: PhoneNumber,
      nullable: true,
      description: "The number re-read after the change (not from a cache); null when it cannot be resolved.",
      // A stream lives long: each event reads Meta now, with loaders of its own, once for all its subscribers.
      resolve: (c, _args, ctx) => {
        if (!c.phoneNumberId) return null;
        // A stored change (recentChanges) reads the number as it is now, once per request for all of them.
        if (storedChanges.has(c)) return readPhone(ctx.loaders.phoneNumber, { id: c.phoneNumberId, fields: EVENT_FIELDS });
        let read = readsOfEvent.get(c);
        if (!read) {
          read = readPhone(ctx.newLoaders().freshPhoneNumber, { id: c.phoneNumberId, fields: EVENT_FIELDS });
          readsOfEvent.set(c, read);
        }
        return read;
      },
    }),
    receivedAt: t.field({ type: DateTime, description: "When the gateway received the webhook.", resolve: (c) => new Date(c.receivedAt) }),
    rejectionReason: t.string({
      nullable: true,
      description: "A declined name's reason (phone_number_name_update rejection_reason), as Meta sent it.",
      resolve: (c) => c.rejectionReason ?? null,
    }),
    requestedVerifiedName: t.string({ nullable: true, description: "The name the decision was about (requested_verified_name).", resolve: (c) => c.requestedVerifiedName ?? null }),
    details: t.string({
      nullable: true,
      description: "Everything else Meta sent in the change's value (limits, restriction_info, ban_info, alert_info, …), as JSON text.",
      resolve: (c) => c.details ?? null,
    }),
  }),
});

builder.objectField(PhoneNumber, "recentChanges", (t) =>
  t.field({
    type: [PhoneNumberChange],
    // The operation-cost bound counts it as the 20 items it can render.
    extensions: { maxItems: RECENT_CHANGES },
    description: "The latest changes Meta reported for this number (up to 20, newest first, kept 30 days fleet-wide): why a name was declined, even to a dashboard that was offline.",
    resolve: async (p, _args, ctx) =>
      (await ctx.fleet.recentOf(recentChangesKey(p.id))).flatMap((text) => {
        const parsed = parseJsonOrUndefined(text) as ChangeEvent | undefined;
        if (!parsed || typeof parsed !== "object" || typeof parsed.kind !== "string") return [];
        storedChanges.add(parsed);
        return [parsed];
      }),
  }),
);

builder.subscriptionType({ description: "Changes pushed as Meta reports them (Server-Sent Events)." });

builder.subscriptionField("phoneNumberChanged", (t) =>
  t.field({
    type: PhoneNumberChange,
    description: "Changes to a WABA's phone numbers as Meta reports them (webhooks), each with the number re-read from Meta.",
    args: { wabaId: t.arg.id({ required: true, description: "The WABA to follow." }) },
    authScopes: (_root, args) => ({ $all: { read: true, waba: String(args.wabaId) } }),
    // At most so many streams per caller, each ending when the caller's credentials expire.
    // An id that is not a Graph id (" 123", "12a") would open a stream no webhook ever reaches: refused instead.
    subscribe: (_root, args, ctx) => {
      const bad = checkId(String(args.wabaId), "wabaId");
      if (bad) throw bad;
      return ctx.streams.hold(callerId(ctx.access.caller), ctx.fleet.pubSub.subscribe(CHANGE_TOPIC, String(args.wabaId)), ctx.access.caller.expiresAt);
    },
    resolve: (change) => change,
  }),
);
