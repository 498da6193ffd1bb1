/** Graph `fields=` lists as Meta reads them: merged, and with an edge expanded. */

/** Merges several field lists (from different keys of one batch) into one sorted list. */
export function mergeFields(lists: Iterable<readonly string[]>): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const f of list) out.add(f);
  return [...out].sort();
}

/** `phone_numbers.limit(10){id,name_status}`: Graph field expansion of an edge. */
export function expansion(edge: string, limit: number, fields: readonly string[]): string {
  return `${edge}.limit(${limit}){${fields.join(",")}}`;
}
