import { readFileSync } from "node:fs";
import { z } from "zod";
import { GRAPH_ID } from "./ids.js";

const schema = z.object({ wabas: z.record(z.string().regex(GRAPH_ID, "WABA ids are numeric"), z.string().min(1)) });

export class TokensFileError extends Error {
  override readonly name = "TokensFileError";
}

/**
 * GRAPH_API_TOKENS_FILE: `{"wabas":{"<waba id>":"<system-user token>"}}` for customers who granted the BSP a
 * system user of their own. Errors name the problem, never a token.
 */
export function loadTokensFile(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new TokensFileError(`GRAPH_API_TOKENS_FILE: cannot read ${path} as JSON`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new TokensFileError(`GRAPH_API_TOKENS_FILE: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return new Map(Object.entries(parsed.data.wabas));
}
