import { createHmac, timingSafeEqual } from "node:crypto";

const SHAPE = /^sha256=([0-9a-f]{64})$/;

/** Meta's `X-Hub-Signature-256`: HMAC-SHA256 of the raw body with the app secret, compared in constant time. */
export function validSignature(header: string | null, body: Buffer, appSecret: string): boolean {
  const match = header ? SHAPE.exec(header.trim()) : null;
  if (!match?.[1]) return false;
  const expected = createHmac("sha256", appSecret).update(body).digest();
  return timingSafeEqual(Buffer.from(match[1], "hex"), expected);
}

export function sign(body: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}
