import { builder } from "../builder.js";
import { NameStatus } from "./name-status.js";

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
  }),
});

/** Meta omits a certificate it does not have; an empty string counts as none too. */
export function certificateOf(value: string | undefined, nameStatus: string | undefined): CertificateValue | null {
  return value ? { value, nameStatus } : null;
}
