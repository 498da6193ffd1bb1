/** Deeper than any payload Meta documents (about 6 levels); refused before parsing. */
export const MAX_DEPTH = 64;

/**
 * How deeply a JSON text nests arrays and objects, counted on the raw bytes (strings skipped), stopping as soon
 * as it passes `limit`: a delivery nested 100k deep is refused without ever reaching JSON.parse's recursion.
 */
export function nestingExceeds(bytes: Uint8Array, limit = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** JSON.parse into null-prototype objects: keys such as `__proto__` or `constructor` are plain data. */
export function parseWithoutPrototypes(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? Object.assign(Object.create(null) as object, value) : value,
  );
}
