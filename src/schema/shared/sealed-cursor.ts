import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Cursors a tenant may hold without learning what they point at. A tenant's page of the business's WABAs resumes
 * at positions in Meta's list, and Meta's cursors (and the gateway's middle cursors around them) name the WABA at
 * that position, often another tenant's: sealed with AES-256-GCM under a key the fleet shares, a cursor is
 * opaque, cannot be forged, and works on every instance.
 */
const PREFIX = "gws.";

export function sealCursor(key: Buffer, cursor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(cursor, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The cursor inside, or undefined for anything this gateway (fleet) did not seal. */
export function openCursor(key: Buffer, sealed: string): string | undefined {
  if (!sealed.startsWith(PREFIX)) return undefined;
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  if (raw.length < 29) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}
