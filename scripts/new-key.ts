import { createHash, randomBytes } from "node:crypto";
import { clientSchema } from "../src/auth/clients-file.js";

/**
 * `npm run key [name] [wabaId,…|*] [read,manage]`: a new API key for an internal service, and the entry for
 * GATEWAY_CLIENTS_FILE. The gateway stores only the hash; give the key to the service and keep no copy.
 * The entry is checked by the same rules the gateway applies when it reads the file.
 */
// `npm run key -- --aes`: a GATEWAY_TOKEN_KEY (32 random bytes, base64) to seal customers' business tokens.
if (process.argv.includes("--aes")) {
  process.stdout.write(`GATEWAY_TOKEN_KEY=${randomBytes(32).toString("base64")}\n`);
  process.exit(0);
}
const [name = "my-service", wabas = "*", scopes = "read"] = process.argv.slice(2);
const key = `wgk_${randomBytes(32).toString("base64url")}`;
const keySha256 = createHash("sha256").update(key).digest("hex");
const entry = { name, keySha256, wabaIds: wabas === "*" ? "*" : wabas.split(","), scopes: scopes.split(",") };
const checked = clientSchema.safeParse(entry);
if (!checked.success) {
  const problems = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  process.stderr.write(`npm run key: ${problems}\nUsage: npm run key [name] [wabaId,…|*] [read,manage]\n`);
  process.exit(1);
}
process.stdout.write(`API key (send it as the x-api-key header; shown once):\n  ${key}\n\nEntry for GATEWAY_CLIENTS_FILE:\n  ${JSON.stringify(entry)}\n`);
