import { isGraphId } from "../graph-api/ids.js";
import { createHash } from "node:crypto";
import type { ChangeEvent } from "../fleet/fleet.js";

/** The WABA webhook fields this gateway acts on, and the change kind each becomes. */
const KINDS: Record<string, ChangeEvent["kind"]> = {
  phone_number_name_update: "NAME_UPDATE",
  phone_number_quality_update: "QUALITY_UPDATE",
  account_update: "ACCOUNT_UPDATE",
  account_review_update: "ACCOUNT_REVIEW_UPDATE",
  business_capability_update: "CAPABILITY_UPDATE",
  account_alerts: "ACCOUNT_ALERT",
  security: "SECURITY",
};

/** The keys a change's typed fields come from; the rest of its value travels as `details`. */
const TYPED_KEYS = new Set(["display_phone_number", "phone_number", "decision", "event", "rejection_reason", "requested_verified_name"]);
/** `details` is what Meta sent, bounded: a value this large was never one of Meta's lifecycle payloads. */
const MAX_DETAILS_CHARS = 16_384;

/** The value without its typed keys, as JSON text; null when nothing else was sent, or when it is too large. */
function detailsOf(value: Obj): string | null {
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !TYPED_KEYS.has(k)));
  if (Object.keys(rest).length === 0) return null;
  const text = JSON.stringify(rest);
  return text.length <= MAX_DETAILS_CHARS ? text : JSON.stringify({ truncated: true, keys: Object.keys(rest).slice(0, 50) });
}

/** What the change is, in Meta's words: a decision, an event, or an alert's type (account_alerts). */
const eventOf = (value: Obj): string | null => str(value.decision) ?? str(value.event) ?? str(obj(value.alert_info).alert_type) ?? null;

export interface ParsedChange {
  /** Identifies the delivery across retries and instances (Meta's payloads carry no event id). */
  hash: string;
  kind: ChangeEvent["kind"];
  wabaId: string;
  displayPhoneNumber: string | null;
  /** account_alerts name the number by id (entity_type PHONE_NUMBER). */
  phoneNumberId: string | null;
  event: string | null;
  rejectionReason: string | null;
  requestedVerifiedName: string | null;
  details: string | null;
}

export interface ParsedDelivery {
  changes: ParsedChange[];
  /** Fields this gateway does not handle, to count. */
  unknownFields: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : null);

/** Every `entry` and every `change` of a delivery (Meta batches up to 1,000); unknown keys are ignored. */
export function parseDelivery(body: unknown): ParsedDelivery {
  const out: ParsedDelivery = { changes: [], unknownFields: [] };
  const entries = Array.isArray(obj(body).entry) ? (obj(body).entry as unknown[]) : [];
  for (const rawEntry of entries) {
    const entry = obj(rawEntry);
    const changes = Array.isArray(entry.changes) ? (entry.changes as unknown[]) : [];
    for (const rawChange of changes) {
      const change = obj(rawChange);
      const field = str(change.field) ?? "unknown";
      // Own keys only: `constructor` or `__proto__` must not find Object's prototype.
      const kind = Object.hasOwn(KINDS, field) ? KINDS[field] : undefined;
      if (!kind) {
        // A metric label: bounded to names that look like Meta's fields.
        out.unknownFields.push(/^[a-z][a-z0-9_]{0,63}$/.test(field) ? field : "other");
        continue;
      }
      const value = obj(change.value);
      // PARTNER_ADDED and friends name the WABA in waba_info; entry.id may be a business portfolio there.
      const wabaId = str(obj(value.waba_info).waba_id) ?? str(entry.id);
      if (!isGraphId(wabaId)) continue;
      const digits = str(value.display_phone_number) ?? str(value.phone_number);
      const entityId = str(value.entity_id);
      out.changes.push({
        hash: createHash("sha256").update(JSON.stringify([entry.id, field, value, entry.time ?? null])).digest("hex"),
        kind,
        wabaId,
        displayPhoneNumber: digits,
        phoneNumberId: str(value.entity_type) === "PHONE_NUMBER" && isGraphId(entityId) ? entityId : null,
        event: eventOf(value),
        rejectionReason: str(value.rejection_reason),
        requestedVerifiedName: str(value.requested_verified_name),
        details: detailsOf(value),
      });
    }
  }
  return out;
}
