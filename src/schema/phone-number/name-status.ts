import { forwardEnum } from "../builder.js";

/** Review status of a display name (`name_status`, `new_name_status`). */
export const NameStatus = forwardEnum("NameStatus", "Review status of a display name, as Meta reports it.", {
  APPROVED: "Meta approved the name; its certificate can be used to register the number.",
  AVAILABLE_WITHOUT_REVIEW: "The name can be used before review.",
  DECLINED: "Meta declined the name.",
  EXPIRED: "The certificate expired (certificates are valid for 7 days); request a new one.",
  PENDING_REVIEW: "Meta is reviewing the name.",
  NONE: "No name review applies.",
});
