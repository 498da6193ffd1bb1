/**
 * Parses Graph API `fields=` strings, including field expansion with modifiers:
 * `id,name,phone_numbers.limit(10){id,name_status}`.
 */
export interface FieldSelection {
  name: string;
  modifiers: Record<string, string>;
  children: FieldSelection[] | undefined;
}

export class FieldSyntaxError extends Error {}

export function parseFields(text: string): FieldSelection[] {
  let pos = 0;
  const peek = () => text[pos];

  function readName(): string {
    const start = pos;
    while (pos < text.length && /[A-Za-z0-9_]/.test(text[pos] ?? "")) pos++;
    if (start === pos) throw new FieldSyntaxError(`Syntax error in fields at character ${pos}`);
    return text.slice(start, pos);
  }

  function readList(closing: string | undefined): FieldSelection[] {
    const out: FieldSelection[] = [];
    for (;;) {
      const name = readName();
      const modifiers: Record<string, string> = {};
      while (peek() === ".") {
        pos++;
        const modifier = readName();
        if (peek() !== "(") throw new FieldSyntaxError(`Expected ( after .${modifier}`);
        const end = text.indexOf(")", pos);
        if (end < 0) throw new FieldSyntaxError("Unclosed modifier");
        modifiers[modifier] = text.slice(pos + 1, end);
        pos = end + 1;
      }
      let children: FieldSelection[] | undefined;
      if (peek() === "{") {
        pos++;
        children = readList("}");
      }
      out.push({ name, modifiers, children });
      if (peek() === ",") {
        pos++;
        continue;
      }
      if (closing !== undefined) {
        if (peek() !== closing) throw new FieldSyntaxError(`Expected ${closing} at character ${pos}`);
        pos++;
      }
      return out;
    }
  }

  const list = readList(undefined);
  if (pos !== text.length) throw new FieldSyntaxError(`Unexpected character at ${pos}`);
  return list;
}
