import { GRAPH_ID } from "../graph-api/ids.js";
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
