/** Number → WABA pairs remembered from listings and pages, at most this many (oldest forgotten first). */
const MAX_KNOWN_NUMBERS = 100_000;

/** The ids of the numbers on a page: an edge answer (`data`), or a WABA read with its `phone_numbers` expanded. */
export function numberIdsOn(value: unknown): string[] {
  const page = value as { data?: unknown; phone_numbers?: { data?: unknown } } | undefined;
  const data = page?.data ?? page?.phone_numbers?.data;
  return Array.isArray(data) ? data.map((n: { id?: unknown }) => String(n?.id)) : [];
}

/**
 * Every object id an answer shows: the items of a list page, and the numbers expanded under them or under a WABA
 * node. A cached answer is stale when any of them changes.
 */
export function idsShownBy(value: unknown): string[] {
  const out = numberIdsOn(value);
  const data = (value as { data?: unknown } | undefined)?.data;
  if (Array.isArray(data)) for (const item of data) out.push(...numberIdsOn(item && typeof item === "object" && "phone_numbers" in item ? item : undefined));
  return out.filter((id) => id !== "undefined");
}

/** Which WABA a number belongs to, as far as the gateway has seen (the phone-number node does not say). */
export class NumberIndex {
  private readonly owner = new Map<string, string>();

  learn(wabaId: string, numberIds: Iterable<string>): void {
    for (const id of numberIds) {
      this.owner.delete(id);
      this.owner.set(id, wabaId);
    }
    while (this.owner.size > MAX_KNOWN_NUMBERS) {
      const oldest = this.owner.keys().next().value;
      if (oldest === undefined) break;
      this.owner.delete(oldest);
    }
  }

  wabaOf(numberId: string): string | undefined {
    return this.owner.get(numberId);
  }
}
