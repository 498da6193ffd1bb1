/** JSON from a source that may send anything (a header, a fleet message): undefined instead of an exception. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
