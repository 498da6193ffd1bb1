import type { TokenDirectory } from "../graph-api/token-directory.js";
import { createPhoneNumberLoader, type PhoneNumberLoader } from "./phone-number.js";
import { createPhoneNumbersOfWabaLoader, type PhoneNumbersOfWabaLoader } from "./phone-numbers-of-waba.js";
import { createDirectReader } from "./direct-reader.js";
import { createBatchedReader } from "./read-batcher.js";
import type { ReadScope } from "./throttle-guard.js";
import { createWabaLoader, type WabaLoader } from "./waba.js";

export interface Loaders {
  /** Whether resolvers may look ahead and batch (off: the naive gateway, one call per resolver). */
  batching: boolean;
  phoneNumber: PhoneNumberLoader;
  /** Reads that must come from Meta now (after a mutation): batched, never cached. */
  freshPhoneNumber: PhoneNumberLoader;
  waba: WabaLoader;
  phoneNumbersOfWaba: PhoneNumbersOfWabaLoader;
}

/** A fresh set per request: nothing read for one caller is ever served to another. */
export function createLoaders(directory: TokenDirectory, batching: boolean, scope: ReadScope = { call: {} }): Loaders {
  const reader = batching ? createBatchedReader(directory, scope) : createDirectReader(directory, scope);
  const phoneNumbersOfWaba = createPhoneNumbersOfWabaLoader(reader, batching);
  return {
    batching,
    phoneNumber: createPhoneNumberLoader(reader, batching),
    freshPhoneNumber: createPhoneNumberLoader(reader, batching, false),
    waba: createWabaLoader(reader, phoneNumbersOfWaba, batching),
    phoneNumbersOfWaba,
  };
}
