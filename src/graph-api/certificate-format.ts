import { createRequire } from "node:module";
import type protobufType from "protobufjs";

/**
 * What a display-name certificate names, as WhatsApp clients read it (graph-api.md §13.6): a `VerifiedNameCertificate`
 * whose `details` is a serialized `Details` message. Meta does not document the format: decoded as a hint only
 * (signatures are not checked, as the clients that read it do not check them either); `verified_name` stays the truth.
 */
const DEFINITION = {
  nested: {
    VerifiedNameCertificate: {
      fields: { details: { type: "bytes", id: 1 }, signature: { type: "bytes", id: 2 }, serverSignature: { type: "bytes", id: 3 } },
    },
    VerifiedNameDetails: {
      fields: {
        serial: { type: "uint64", id: 1 },
        issuer: { type: "string", id: 2 },
        verifiedName: { type: "string", id: 4 },
        localizedNames: { rule: "repeated", type: "LocalizedName", id: 8 },
        issueTime: { type: "uint64", id: 10 },
      },
    },
    LocalizedName: { fields: { lg: { type: "string", id: 1 }, lc: { type: "string", id: 2 }, verifiedName: { type: "string", id: 3 } } },
  },
};

const load = createRequire(import.meta.url);
let types: { Certificate: protobufType.Type; Details: protobufType.Type } | undefined;
/** protobufjs and the types, made on the first decode: most gateways never read a certificate's details. */
function certificateTypes(): { Certificate: protobufType.Type; Details: protobufType.Type } {
  if (types) return types;
  const protobuf = load("protobufjs") as typeof protobufType;
  const root = protobuf.Root.fromJSON(DEFINITION);
  return (types = { Certificate: root.lookupType("VerifiedNameCertificate"), Details: root.lookupType("VerifiedNameDetails") });
}

export interface CertificateDetails {
  verifiedName: string;
  issuer: string | undefined;
  serial: string | undefined;
  /** Unix seconds. */
  issuedAt: number | undefined;
}

/** The certificate's details, or undefined when the base64 is not such a certificate (it never throws). */
export function decodeCertificate(base64: string): CertificateDetails | undefined {
  const { Certificate, Details } = certificateTypes();
  try {
    const cert = Certificate.toObject(Certificate.decode(Buffer.from(base64, "base64")), { bytes: Buffer }) as { details?: Buffer };
    if (!cert.details || cert.details.length === 0) return undefined;
    const d = Details.toObject(Details.decode(cert.details), { longs: String }) as { serial?: string; issuer?: string; verifiedName?: string; issueTime?: string };
    if (!d.verifiedName) return undefined;
    const issued = d.issueTime === undefined ? undefined : Number(d.issueTime);
    return { verifiedName: d.verifiedName, issuer: d.issuer, serial: d.serial, issuedAt: issued && Number.isFinite(issued) ? issued : undefined };
  } catch {
    return undefined;
  }
}

/** A certificate in that format (the simulator's, so that the gateway's reading of it is tested end to end). */
export function encodeCertificate(details: { verifiedName: string; issuer: string; serial: number; issuedAt: number }): string {
  const { Certificate, Details } = certificateTypes();
  const inner = Details.encode(Details.create({ serial: details.serial, issuer: details.issuer, verifiedName: details.verifiedName, issueTime: details.issuedAt })).finish();
  const outer = Certificate.encode(Certificate.create({ details: inner, signature: Buffer.alloc(64, 7) })).finish();
  return Buffer.from(outer).toString("base64");
}
