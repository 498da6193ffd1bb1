import { GRAPH_ID } from "../../graph-api/ids.js";
import { z } from "zod";

/** Rules applied to mutation input before any call to Meta; each message names the field. */
export const phoneNumberIdRule = z.string().regex(GRAPH_ID, "phoneNumberId must be a numeric Graph API ID.");
export const pinRule = z.string().regex(/^\d{6}$/, "pin must be exactly six digits.");
export const codeRule = z.string().regex(/^\d{1,12}$/, "code must be digits only.");
/** A locale like `en_US` (or a bare language like `en`, which one of Meta's pages documents). */
export const languageRule = z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "language must be a locale like en_US.");

/** Meta's list of Cloud API local-storage regions (graph-api.md §5). */
export const DATA_LOCALIZATION_REGIONS = ["AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN", "JP", "KR", "SG", "ZA"] as const;
export const regionRule = z.enum(DATA_LOCALIZATION_REGIONS, {
  message: `dataLocalizationRegion must be one of ${DATA_LOCALIZATION_REGIONS.join(", ")}.`,
});
export const wabaIdRule = z.string().regex(GRAPH_ID, "wabaId must be a numeric Graph API ID.");
export const preverifiedIdRule = z.string().regex(GRAPH_ID, "preverifiedPhoneNumberId must be a numeric Graph API ID.");
/** Meta documents no length for display names; 256 characters is the gateway's own bound (no business name is longer). */
/**
 * Characters a display name never holds and that make it read otherwise than it is: controls (NUL included),
 * zero-width and invisible formatting characters, bidirectional overrides, embeddings and isolates, and UTF-16
 * halves without their other half.
 */
const HIDDEN_OR_BROKEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const displayNameRule = z
  .string()
  .trim()
  .min(1, "The display name must not be blank.")
  .max(256, "The display name must be at most 256 characters.")
  .refine((name) => !HIDDEN_OR_BROKEN.test(name), "The display name must not contain control, zero-width, bidirectional-override or broken (lone surrogate) characters.");
