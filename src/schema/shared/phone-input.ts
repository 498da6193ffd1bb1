import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

/** `+16315551234` → what Meta takes: the country code and the national part, and all digits. */
export interface SplitNumber {
  cc: string;
  national: string;
  /** Country code first, no `+` (how Meta's pre-verified sample sends it). */
  digits: string;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A number in E.164 form whose length fits its country's plan (libphonenumber-js). Whether the number exists is
 * Meta's to say: libphonenumber's stricter `isValid` refuses Meta's own examples (+1 555 …).
 */
export function splitE164(value: string): SplitNumber | undefined {
  if (!E164.test(value)) return undefined;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed?.isPossible()) return undefined;
  return { cc: parsed.countryCallingCode, national: parsed.nationalNumber, digits: parsed.number.slice(1) };
}

export const e164Rule = z
  .string()
  .refine((v) => splitE164(v) !== undefined, 'phoneNumber must be a number in E.164 form with its country code, e.g. "+16315551234".');
