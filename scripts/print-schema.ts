import { readFileSync, writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../src/schema/index.js";

/** `npm run schema:print` writes schema.graphql; `--check` fails when the checked-in file has drifted. */
const path = new URL("../schema.graphql", import.meta.url);
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // missing counts as drift
  }
  if (current !== printed) {
    process.stderr.write("schema.graphql is out of date with the code: run `npm run schema:print` and commit it.\n");
    process.exit(1);
  }
  process.stdout.write("schema.graphql is up to date.\n");
} else {
  writeFileSync(path, printed);
  process.stdout.write("wrote schema.graphql\n");
}
