import { decodeCertificate, type CertificateDetails as Details } from "../../graph-api/certificate-format.js";
import { builder } from "../builder.js";
import { DateTime } from "../shared/date-time.js";
import { NameStatus } from "./name-status.js";

const CertificateDetails = builder.objectRef<Details>("CertificateDetails").implement({
  description: "What a certificate names, as WhatsApp clients decode it (a hint: Meta does not document the format; verifiedName stays the truth).",
  fields: (t) => ({
    verifiedName: t.string({ nullable: true, description: "The display name the certificate was issued for.", resolve: (d) => d.verifiedName }),
    issuer: t.string({ nullable: true, description: "Who issued it, e.g. ent:wa (the API) or smb:wa (the Business app).", resolve: (d) => d.issuer ?? null }),
    serial: t.string({ nullable: true, description: "The certificate's serial number.", resolve: (d) => d.serial ?? null }),
    issuedAt: t.field({ type: DateTime, nullable: true, description: "When it was issued.", resolve: (d) => (d.issuedAt ? new Date(d.issuedAt * 1000) : null) }),
  }),
});

export interface CertificateValue {
  value: string;
  nameStatus: string | undefined;
}

export const Certificate = builder.objectRef<CertificateValue>("Certificate").implement({
  description: "A display-name certificate, as used to register the number.",
  fields: (t) => ({
    value: t.exposeString("value", { description: "The certificate as Meta returns it (base64)." }),
    nameStatus: t.field({
      type: NameStatus.ref,
      nullable: true,
      description: "The review status of the name this certificate belongs to.",
      resolve: (c) => NameStatus.read(c.nameStatus),
    }),
    details: t.field({
      type: CertificateDetails,
      nullable: true,
      description: "What the certificate names, decoded from its base64 (Meta does not document the format: a hint; verifiedName stays the truth); null when it does not decode.",
      resolve: (c) => decodeCertificate(c.value) ?? null,
    }),
  }),
});

/** Meta omits a certificate it does not have; an empty string counts as none too. */
export function certificateOf(value: string | undefined, nameStatus: string | undefined): CertificateValue | null {
  return value ? { value, nameStatus } : null;
}
