// Writes the generated references (docs/configuration.md from the configuration schema, docs/errors.md from the
// error-code table and schema.graphql); `--check` fails when either drifts.
import { readFileSync, writeFileSync } from "node:fs";
import { configurationReference } from "../src/config-reference.js";
import { errorReference } from "../src/error-reference.js";

const file = (name: string) => new URL(`../${name}`, import.meta.url);
const generated: [string, string][] = [
  ["docs/configuration.md", configurationReference()],
  ["docs/errors.md", errorReference(readFileSync(file("schema.graphql"), "utf8"))],
];
let stale = false;
for (const [name, text] of generated) {
  if (!process.argv.includes("--check")) writeFileSync(file(name), text);
  else if (readFileSync(file(name), "utf8") !== text) {
    console.error(`${name} is out of date: run npm run docs`);
    stale = true;
  }
}
if (stale) process.exit(1);
