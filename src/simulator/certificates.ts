import { encodeCertificate } from "../graph-api/certificate-format.js";

/**
 * A display-name certificate as Meta issues it for the API (`ent:wa`, graph-api.md §13.6), naming `name`: what the
 * simulator hands out wherever Meta would (an approved name, an approved change), so that reading it is tested.
 */
export function certificateFor(phoneId: string, name: string, issuedAtMs = Date.parse("2023-08-22T19:05:53Z")): string {
  return encodeCertificate({ verifiedName: name, issuer: "ent:wa", serial: Number(phoneId.slice(-9)), issuedAt: Math.floor(issuedAtMs / 1000) });
}
