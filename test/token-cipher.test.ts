import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TokenCipher } from "../src/onboarding/token-cipher.js";

describe("sealed secrets (AES-256-GCM)", () => {
  const key = randomBytes(32);

  it("opens what it sealed, for the same purpose only, and never leaves the secret readable", () => {
    const cipher = new TokenCipher({ current: key });
    const sealed = cipher.seal("EAAcustomer-token", "token:123");
    expect(sealed).not.toContain("EAAcustomer-token");
    expect(cipher.seal("EAAcustomer-token", "token:123")).not.toBe(sealed);
    expect(cipher.open(sealed, "token:123")).toBe("EAAcustomer-token");
    // Moved to another WABA's record: refused.
    expect(() => cipher.open(sealed, "token:456")).toThrow();
  });

  it("refuses a tampered ciphertext and a key it does not hold, naming neither secret nor key", () => {
    const cipher = new TokenCipher({ current: key });
    const sealed = cipher.seal("secret", "p");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[4] as string, "base64url");
    body[0] = (body[0] as number) ^ 1;
    expect(() => cipher.open([...parts.slice(0, 4), body.toString("base64url")].join("."), "p")).toThrow();
    const other = new TokenCipher({ current: randomBytes(32) });
    expect(() => other.open(sealed, "p")).toThrow(/not configured/);
  });

  it("rotates: a previous key still opens, and reseal moves a secret to the current key", () => {
    const old = new TokenCipher({ current: key });
    const sealed = old.seal("secret", "p");
    const rotated = new TokenCipher({ current: randomBytes(32), previous: [key] });
    expect(rotated.isCurrent(sealed)).toBe(false);
    const resealed = rotated.reseal(sealed, "p");
    expect(rotated.isCurrent(resealed)).toBe(true);
    expect(new TokenCipher({ current: randomBytes(32) }).isCurrent(resealed)).toBe(false);
    expect(rotated.open(resealed, "p")).toBe("secret");
  });
});
