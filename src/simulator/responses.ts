import { randomBytes } from "node:crypto";

/** What a simulated Graph call answers: an HTTP status and a JSON body, plus optional headers. */
export interface SimResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface GraphErrorSpec {
  code: number;
  message: string;
  subcode?: number;
  type?: string;
  status?: number;
  isTransient?: boolean;
  userTitle?: string;
  userMsg?: string;
  details?: string;
}

/** Thrown inside handlers; turned into Graph's error envelope. */
export class SimGraphError extends Error {
  constructor(readonly spec: GraphErrorSpec) {
    super(spec.message);
  }
}

export function fbtraceId(): string {
  return randomBytes(8).toString("base64url");
}

export function errorResponse(spec: GraphErrorSpec): SimResponse {
  const error: Record<string, unknown> = {
    message: spec.message,
    type: spec.type ?? "OAuthException",
    code: spec.code,
    fbtrace_id: fbtraceId(),
  };
  if (spec.subcode !== undefined) error.error_subcode = spec.subcode;
  if (spec.isTransient !== undefined) error.is_transient = spec.isTransient;
  if (spec.userTitle) error.error_user_title = spec.userTitle;
  if (spec.userMsg) error.error_user_msg = spec.userMsg;
  if (spec.details) error.error_data = { messaging_product: "whatsapp", details: spec.details };
  return { status: spec.status ?? 400, body: { error } };
}

export const ok = (body: unknown): SimResponse => ({ status: 200, body });

export const unknownObject = (id: string) =>
  new SimGraphError({
    code: 100,
    subcode: 33,
    type: "GraphMethodException",
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  });

export const invalidParameter = (message: string) => new SimGraphError({ code: 100, message: `(#100) ${message}` });
