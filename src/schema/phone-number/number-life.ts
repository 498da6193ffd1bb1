import { z } from "zod";
import { obaRejectedKey, OBA_WAIT_SECONDS } from "../../fleet/fleet.js";
import { phoneNumbers } from "../../graph-api/phone-number-operations.js";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { builder } from "../builder.js";
import { audited } from "../shared/audited.js";
import { fromGraphTime } from "../shared/date-time.js";
import { GraphApiFailure } from "../shared/graph-failures.js";
import { InputError } from "../shared/input-error.js";
import { phoneNumberIdRule } from "../shared/input-rules.js";
import { callMeta, MUTATION_ERRORS } from "../shared/mutation-errors.js";
import { phoneNumberAfterChange, PhoneNumber, type NumberChanged } from "./type.js";

/**
 * A number's life after onboarding (graph-api.md §13.3–§13.4): a Business app number's one-time syncs, and the
 * Official Business Account.
 */

const CoexistenceSyncKind = builder.enumType("CoexistenceSyncKind", {
  description: "What a coexistence sync brings from the WhatsApp Business app.",
  values: {
    CONTACTS: { description: "sync_type smb_app_state_sync: the Business app's contacts." },
    HISTORY: { description: "sync_type history: up to 180 days of chats." },
  },
});
const SYNC_TYPE = { CONTACTS: "smb_app_state_sync", HISTORY: "history" } as const;
const SYNC_WINDOW_MS = 86_400_000;
/** What the gateway asked, remembered fleet-wide long after Meta's window (a year): Meta never allows it twice. */
const SYNC_MEMORY_SECONDS = 365 * 86_400;

const SyncCoexistenceDataInput = builder.inputType("SyncCoexistenceDataInput", {
  description: "What syncCoexistenceData sends as POST /{phone-number-id}/smb_app_data.",
  fields: (t) => ({
    phoneNumberId: t.id({ required: true, description: "The Business app number.", validate: { schema: phoneNumberIdRule } }),
    kind: t.field({ type: CoexistenceSyncKind, required: true, description: "Contacts or history." }),
  }),
});

const SyncCoexistenceDataSuccess = builder.objectRef<NumberChanged & { requestId: string }>("SyncCoexistenceDataSuccess").implement({
  description: "Meta accepted the sync request (the data then arrives through webhooks: smb_app_state_sync, history).",
  fields: (t) => ({
    requestId: t.id({ description: "Meta's request_id (accepted, not done).", resolve: (s) => s.requestId }),
    phoneNumber: phoneNumberAfterChange(t),
  }),
});

builder.mutationField("syncCoexistenceData", (t) =>
  t.field({
    type: SyncCoexistenceDataSuccess,
    description: "Asks Meta to sync a coexistence number's Business app contacts or chat history (POST /{phone-number-id}/smb_app_data); each kind can be asked once.",
    args: { input: t.arg({ type: SyncCoexistenceDataInput, required: true, description: "The number and what to sync." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, phone: String(args.input.phoneNumberId) } }),
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "SyncCoexistenceDataResult", description: "The request id, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.phoneNumberId);
      const syncType = SYNC_TYPE[input.kind];
      const graph = await ctx.graphFor(id);
      const number = (await callMeta("reading the number", () => phoneNumbers.get(graph, id, "is_on_biz_app,last_onboarded_time"))) as PhoneNumberWire;
      if (number.is_on_biz_app !== true) throw new InputError("Only a WhatsApp Business app number (coexistence, isOnBizApp) has Business app data to sync.", "phoneNumberId");
      const onboarded = fromGraphTime(number.last_onboarded_time);
      if (onboarded && ctx.now() > onboarded.getTime() + SYNC_WINDOW_MS) {
        const closed = new Date(onboarded.getTime() + SYNC_WINDOW_MS).toISOString();
        throw new InputError(`The 24 hours to sync this number's data closed at ${closed}: the customer must offboard and go through Embedded Signup again.`, "phoneNumberId");
      }
      // Asked once, fleet-wide, before Meta is: a second ask is refused without a call.
      const key = `coexistence-sync:${id}:${syncType}`;
      const claimed = await ctx.fleet.claim(key, "pending", SYNC_MEMORY_SECONDS);
      if (claimed === undefined) throw new GraphApiFailure("The fleet's store (Redis) cannot say whether this sync was already asked for; nothing was sent. Try again shortly.", "UPSTREAM_UNAVAILABLE", true);
      if (claimed !== true) {
        throw new GraphApiFailure(`A ${input.kind.toLowerCase()} sync was already asked for this number${claimed === "pending" ? "" : ` (request ${claimed})`}; Meta allows it once.`, "SYNC_ALREADY_REQUESTED", false);
      }
      try {
        const answer = await audited(ctx, "syncCoexistenceData", id, () => callMeta("the sync request", () => phoneNumbers.syncBusinessAppData(graph, id, syncType)));
        const requestId = String(answer.request_id ?? "");
        await ctx.fleet.put(key, requestId || "accepted", SYNC_MEMORY_SECONDS);
        return { phoneNumberId: id, requestId };
      } catch (e) {
        // Meta cleanly refused: nothing was asked, so the kind may be asked again. An unknown outcome stays claimed.
        if (e instanceof GraphApiFailure && e.reason !== "UPSTREAM_TIMEOUT" && e.reason !== "UPSTREAM_UNAVAILABLE") await ctx.fleet.remove(key);
        throw e;
      }
    },
  }),
);

interface ObaWire {
  oba_status?: string;
  status_message?: string;
}

const OfficialBusinessAccount = builder.objectRef<ObaWire>("OfficialBusinessAccount").implement({
  description: "The number's Official Business Account status (Graph official_business_account).",
  fields: (t) => ({
    status: t.string({ description: "Meta's oba_status as sent, e.g. NOT_STARTED, PENDING, APPROVED, REJECTED.", resolve: (o) => o.oba_status ?? "UNKNOWN" }),
    statusMessage: t.string({ nullable: true, description: "Meta's status_message, when it sends one.", resolve: (o) => o.status_message ?? null }),
  }),
});

builder.objectField(PhoneNumber, "officialBusinessAccount", (t) =>
  t.field({
    type: OfficialBusinessAccount,
    nullable: true,
    description: "Official Business Account status (official_business_account); null when Meta sends none.",
    resolve: (p) => (p.official_business_account && typeof p.official_business_account === "object" ? p.official_business_account : null),
  }),
);

const httpsUrl = (field: string) =>
  z
    .string()
    .max(2048, `${field} must be at most 2048 characters.`)
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), `${field} must be an http(s) URL.`);

const RequestOfficialBusinessAccountInput = builder.inputType("RequestOfficialBusinessAccountInput", {
  description: "What requestOfficialBusinessAccount sends as POST /{phone-number-id}/official_business_account.",
  fields: (t) => ({
    phoneNumberId: t.id({ required: true, description: "The number (the name it carries is what Meta assesses).", validate: { schema: phoneNumberIdRule } }),
    businessWebsiteUrl: t.string({ required: true, description: "business_website_url.", validate: { schema: httpsUrl("businessWebsiteUrl") } }),
    primaryCountryOfOperation: t.string({
      required: true,
      description: "primary_country_of_operation: an ISO 3166-1 alpha-2 code, e.g. US.",
      validate: { schema: z.string().regex(/^[A-Z]{2}$/, "primaryCountryOfOperation must be an ISO 3166-1 alpha-2 code, e.g. US.") },
    }),
    primaryLanguage: t.string({
      required: true,
      description: "primary_language: an ISO 639-1 code, optionally with a region, e.g. en or en_US.",
      validate: { schema: z.string().regex(/^[a-z]{2}(_[A-Z]{2})?$/, "primaryLanguage must be an ISO 639-1 code like en or en_US.") },
    }),
    parentBusinessOrBrand: t.string({ required: false, description: "parent_business_or_brand.", validate: { schema: z.string().min(1).max(256) } }),
    additionalSupportingInformation: t.string({ required: false, description: "additional_supporting_information.", validate: { schema: z.string().min(1).max(4096) } }),
    supportingLinks: t.stringList({
      required: false,
      description: "supporting_links: press or other notable coverage (not paid listings). At most 5.",
      validate: { schema: z.array(httpsUrl("supportingLinks")).max(5, "supportingLinks: at most 5.") },
    }),
  }),
});

const RequestOfficialBusinessAccountSuccess = builder.objectRef<NumberChanged>("RequestOfficialBusinessAccountSuccess").implement({
  description: "Meta took the request (submitted, not approved: the outcome arrives as account_alerts OBA_APPROVED or OBA_REJECTED).",
  fields: (t) => ({ phoneNumber: phoneNumberAfterChange(t) }),
});

builder.mutationField("requestOfficialBusinessAccount", (t) =>
  t.field({
    type: RequestOfficialBusinessAccountSuccess,
    description: "Asks Meta to make the number an Official Business Account (POST /{phone-number-id}/official_business_account).",
    args: { input: t.arg({ type: RequestOfficialBusinessAccountInput, required: true, description: "The number and the application." }) },
    authScopes: (_root, args) => ({ $all: { manage: true, phone: String(args.input.phoneNumberId) } }),
    errors: { types: [...MUTATION_ERRORS], directResult: true, union: { name: "RequestOfficialBusinessAccountResult", description: "The number, or why not." } },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.phoneNumberId);
      const graph = await ctx.graphFor(id);
      const number = (await callMeta("reading the number", () => phoneNumbers.get(graph, id, "is_on_biz_app,is_pin_enabled"))) as PhoneNumberWire;
      // Meta's eligibility rules the gateway can see (graph-api.md §13.4), said before anything is sent.
      if (number.is_on_biz_app === true) throw new InputError("WhatsApp Business app numbers cannot become Official Business Accounts.", "phoneNumberId");
      if (number.is_pin_enabled !== true) throw new InputError("Turn on two-step verification (setTwoStepVerificationPin) first: Meta requires it for an Official Business Account.", "phoneNumberId");
      // A rejection the gateway heard of (account_alerts OBA_REJECTED): Meta takes no new request for 30 days.
      const rejectedAt = await ctx.fleet.read(obaRejectedKey(id));
      if (rejectedAt && Number.isFinite(Date.parse(rejectedAt))) {
        const opens = new Date(Date.parse(rejectedAt) + OBA_WAIT_SECONDS * 1000).toISOString();
        throw new InputError(`Meta rejected this number's last Official Business Account request on ${rejectedAt}; it takes a new one from ${opens}, with no appeal.`, "phoneNumberId");
      }
      const request = {
        business_website_url: input.businessWebsiteUrl,
        primary_country_of_operation: input.primaryCountryOfOperation,
        primary_language: input.primaryLanguage,
        ...(input.parentBusinessOrBrand ? { parent_business_or_brand: input.parentBusinessOrBrand } : {}),
        ...(input.additionalSupportingInformation ? { additional_supporting_information: input.additionalSupportingInformation } : {}),
        ...(input.supportingLinks ? { supporting_links: input.supportingLinks } : {}),
      };
      await audited(ctx, "requestOfficialBusinessAccount", id, () => callMeta("the Official Business Account request", () => phoneNumbers.requestOfficialBusinessAccount(graph, id, request)));
      return { phoneNumberId: id };
    },
  }),
);
