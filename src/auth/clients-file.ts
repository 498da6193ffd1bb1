import { GRAPH_ID } from "../graph-api/ids.js";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseScopes, type Caller } from "./caller.js";

export const clientSchema = z.object({
  name: z.string().min(1).max(100),
  keySha256: z.string().regex(/^[0-9a-f]{64}$/i, "keySha256 must be the hex SHA-256 of the key"),
  wabaIds: z.union([z.literal("*"), z.array(z.string().regex(GRAPH_ID, "WABA ids are numeric"))]),
  scopes: z.array(z.enum(["read", "manage"])).min(1),
  /** Only the persisted operations of GATEWAY_PERSISTED_DOCUMENTS (a frontend's fixed set of documents). */
  persistedOnly: z.boolean().optional(),
});

// Each client's name is its identity for limits and logs: two clients never share one.
const fileSchema = z.object({
  clients: z.array(clientSchema).superRefine((clients, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of clients.entries()) {
      if (seen.has(c.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `the name "${c.name}" is used twice; each client needs its own` });
      seen.add(c.name);
    }
  }),
});

export interface ApiClient {
  caller: Caller;
  /** The key's SHA-256; keys themselves are never stored. */
  keyHash: Buffer;
}

export class ClientsFileError extends Error {
  override readonly name = "ClientsFileError";
}

/** Reads GATEWAY_CLIENTS_FILE: `{"clients":[{"name","keySha256","wabaIds":[…]|"*","scopes":["read","manage"],"persistedOnly"?}]}`. */
export function loadClientsFile(path: string): ApiClient[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ClientsFileError(`GATEWAY_CLIENTS_FILE: cannot read ${path} as JSON (${e instanceof Error ? e.message : "error"})`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ClientsFileError(`GATEWAY_CLIENTS_FILE: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data.clients.map((c) => ({
    keyHash: Buffer.from(c.keySha256.toLowerCase(), "hex"),
    caller: {
      name: c.name,
      kind: "api-key",
      wabaIds: c.wabaIds === "*" ? "all" : new Set(c.wabaIds),
      scopes: parseScopes(c.scopes),
      persistedOnly: c.persistedOnly === true,
    },
  }));
}
