import { GraphApiFailure, toFailure } from "./mutation-errors.js";
import { OnPremisesError } from "../on-premises/errors.js";

/** Meta's answer to On-Premises registration since the sunset (graph-api.md §5). */
const SUNSET_DETAILS = "biz_link_on_prem_reg_blocked";

/** Maps an On-Premises failure (or a Graph one, for the certificate read) to the typed GraphApiError. */
export function toOnPremisesFailure(e: unknown, action: string): GraphApiFailure | undefined {
  if (!(e instanceof OnPremisesError)) return toFailure(e, action);
  const meta = { code: e.code };
  if (e.code === 1005 && (e.details ?? "").includes(SUNSET_DETAILS)) {
    return new GraphApiFailure(
      "Meta sunset the On-Premises API on 2025-10-23 and no longer registers numbers on it; register the number for Cloud API instead.",
      "DISCONTINUED",
      false,
      meta,
    );
  }
  if (e.status === 401) return new GraphApiFailure("The On-Premises client refused the gateway's credentials.", "ACCESS_TOKEN_INVALID", false, meta);
  if (e.status === 404 && e.code === undefined) {
    return new GraphApiFailure(
      "No On-Premises client answered at ONPREM_BASE_URL (HTTP 404 without the client's error): an operator must check the URL and its path.",
      "NOT_FOUND",
      false,
      meta,
    );
  }
  if (e.status === 404) return new GraphApiFailure("The On-Premises client does not know this number.", "NOT_FOUND", false, meta);
  if (e.code === 1006 && action.includes("verif")) return new GraphApiFailure("The code is wrong or has expired.", "WRONG_CODE", false, meta);
  if (e.status === 400) return new GraphApiFailure(`The On-Premises client refused ${action}.`, "INVALID_PARAMETER", false, meta);
  return new GraphApiFailure(`The On-Premises client refused ${action}.`, "OTHER", false, meta);
}
