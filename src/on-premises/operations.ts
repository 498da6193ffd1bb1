import type { CallOptions } from "../graph-api/call-bounds.js";
import type { OnPremisesAnswer, OnPremisesClient } from "./client.js";

/** The On-Premises client's account calls (graph-api.md §5), as it takes them. */
export const onPremisesAccount = {
  /** `POST /v1/account`: 201 (exists, done) or 202 (a code was sent). */
  register: (client: OnPremisesClient, input: { cc: string; phoneNumber: string; method: "sms" | "voice"; cert: string; pin?: string | null }, call?: CallOptions): Promise<OnPremisesAnswer> =>
    client.post("/v1/account", { cc: input.cc, phone_number: input.phoneNumber, method: input.method, cert: input.cert, ...(input.pin ? { pin: input.pin } : {}) }, call),

  /** `POST /v1/account/verify`: names no number; the client verifies the registration it has pending. */
  verify: (client: OnPremisesClient, code: string, call?: CallOptions): Promise<OnPremisesAnswer> => client.post("/v1/account/verify", { code }, call),
};
