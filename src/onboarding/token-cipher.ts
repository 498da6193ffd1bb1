import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Secrets at rest (customers' business tokens, a PIN until registration, a code until it is exchanged):
 * AES-256-GCM from node:crypto, a fresh 12-byte IV each time, the key's id and the record's purpose bound in as
 * additional data (a ciphertext moved to another record or field does not decrypt).
 *
 * Rotation: GATEWAY_TOKEN_KEY encrypts; keys in GATEWAY_TOKEN_KEYS_PREVIOUS still decrypt, and what they
 * decrypt is written again under the current key (`reseal`).
 */
export interface KeyRing {
  current: Buffer;
  previous?: readonly Buffer[];
}

const VERSION = "v1";
const keyId = (key: Buffer): string => createHash("sha256").update(key).digest("hex").slice(0, 8);

/** A 32-byte key from its base64 (or base64url) form; anything else is refused with the reason. */
export function parseKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32) throw new Error("must be 32 bytes, base64-encoded (npm run key -- --aes)");
  return key;
}

export class TokenCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentId: string;

  constructor(ring: KeyRing) {
    this.currentId = keyId(ring.current);
    this.keys.set(this.currentId, ring.current);
    for (const k of ring.previous ?? []) this.keys.set(keyId(k), k);
  }

  /** `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts); `purpose` must be given again to open it. */
  seal(plain: string, purpose: string): string {
    const key = this.keys.get(this.currentId) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(`${this.currentId}:${purpose}`));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return [VERSION, this.currentId, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
  }

  /** The plain text, or an error naming why not (unknown key, tampered, another purpose); never the secret. */
  open(sealed: string, purpose: string): string {
    const [version, id, iv, tag, body] = sealed.split(".");
    if (version !== VERSION || !id || iv === undefined || tag === undefined || body === undefined) throw new Error("not a sealed secret");
    const key = this.keys.get(id);
    if (!key) throw new Error(`sealed under key ${id}, which is not configured (GATEWAY_TOKEN_KEY, GATEWAY_TOKEN_KEYS_PREVIOUS)`);
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`${id}:${purpose}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  }

  /** Sealed under the current key already. */
  isCurrent(sealed: string): boolean {
    return sealed.split(".")[1] === this.currentId;
  }

  /** The same secret sealed under the current key (for rotation). */
  reseal(sealed: string, purpose: string): string {
    return this.isCurrent(sealed) ? sealed : this.seal(this.open(sealed, purpose), purpose);
  }
}
