import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { clientSchema, loadClientsFile } from "../src/auth/clients-file.js";

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
// `--add-to clients.json`: the entry goes into that clients file (made when missing), checked as the gateway checks it.
const args = process.argv.slice(2);
const addAt = args.indexOf("--add-to");
const addTo = addAt >= 0 ? args[addAt + 1] : undefined;
if (addAt >= 0) args.splice(addAt, 2);
const [name = "my-service", wabas = "*", scopes = "read"] = args;
const key = `wgk_${randomBytes(32).toString("base64url")}`;
const keySha256 = createHash("sha256").update(key).digest("hex");
const entry = { name, keySha256, wabaIds: wabas === "*" ? "*" : wabas.split(","), scopes: scopes.split(",") };
const checked = clientSchema.safeParse(entry);
if (!checked.success) {
  const problems = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  process.stderr.write(`npm run key: ${problems}\nUsage: npm run key [name] [wabaId,…|*] [read,manage]\n`);
  process.exit(1);
}
if (addTo) {
  const file = existsSync(addTo) ? (JSON.parse(readFileSync(addTo, "utf8")) as { clients?: unknown[] }) : { clients: [] };
  const updated = { ...file, clients: [...(file.clients ?? []), entry] };
  writeFileSync(addTo, `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o600 });
  try {
    loadClientsFile(addTo);
  } catch (e) {
    process.stderr.write(`npm run key: ${addTo} would not load: ${(e as Error).message}\n`);
    writeFileSync(addTo, `${JSON.stringify(file, null, 2)}\n`);
    process.exit(1);
  }
  process.stdout.write(`API key for ${name} (send it as the x-api-key header; shown once):\n  ${key}\n\nAdded to ${addTo}.\n`);
} else {
  process.stdout.write(`API key (send it as the x-api-key header; shown once):\n  ${key}\n\nEntry for GATEWAY_CLIENTS_FILE:\n  ${JSON.stringify(entry)}\n`);
}
