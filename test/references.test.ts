import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES } from "../src/config.js";
import { configurationReference } from "../src/config-reference.js";
import { ERROR_CODES, errorReference } from "../src/error-reference.js";
import { FAILURE_REASONS } from "../src/graph-api/errors.js";

// The README's references may not drift from the code (issue 26, item 6).
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = (title: string) => {
  const start = readme.indexOf(`\n## ${title}`);
  return readme.slice(start, readme.indexOf("\n## ", start + 5));
};
const root = new URL("..", import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? (f === "simulator" ? [] : sources(join(dir, f))) : f.endsWith(".ts") ? [join(dir, f)] : []));

describe("the README's references", () => {
  it("documents every environment variable the gateway reads in docs/configuration.md, generated from the schema", () => {
    const reference = readFileSync(join(root, "docs/configuration.md"), "utf8");
    expect(reference, "docs/configuration.md is out of date: npm run docs:config").toBe(configurationReference());
    const rows = new Set([...reference.matchAll(/^\| `([A-Za-z_]+)` \| /gm)].map((m) => m[1]));
    expect(ENV_VARIABLES.filter((v) => !rows.has(v))).toEqual([]);
    expect(ENV_VARIABLES.length).toBeGreaterThan(60);
    // config.ts is the only reader of the environment, so nothing read escapes the schema.
    const readers = sources(join(root, "src")).filter((f) => /process\.env\b/.test(readFileSync(f, "utf8")));
    expect(readers.map((f) => f.slice(root.length))).toEqual(["src/config.ts"]);
    expect(section("Configuration")).toContain("](docs/configuration.md)");
  });

  it("lists every extensions.code the gateway sets, and every mutation error reason, in docs/errors.md, generated from the code and the schema", () => {
    const reference = readFileSync(join(root, "docs/errors.md"), "utf8");
    expect(reference, "docs/errors.md is out of date: npm run docs").toBe(errorReference(readFileSync(join(root, "schema.graphql"), "utf8")));
    const codes = new Set<string>();
    for (const file of [...sources(join(root, "src")), join(root, "client/index.ts")]) {
      for (const m of readFileSync(file, "utf8").matchAll(/code: "([A-Z][A-Z_]+)"/g)) codes.add(m[1] as string);
    }
    expect(codes.size).toBeGreaterThan(10);
    expect([...codes].filter((c) => !(c in ERROR_CODES))).toEqual([]);
    // Yoga's own codes, which no gateway file spells.
    for (const c of ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "OPERATION_RESOLUTION_FAILURE"]) expect(ERROR_CODES).toHaveProperty(c);
    expect(Object.keys(FAILURE_REASONS).filter((r) => !reference.includes(`| \`${r}\` |`))).toEqual([]);
    expect(readme).toContain("](docs/errors.md)");
  });

  it("links each heading from the contents", () => {
    const headings = [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string);
    const anchor = (t: string) => t.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
    const contents = readme.slice(readme.indexOf("**Contents**"), readme.indexOf("\n## "));
    expect(headings.filter((h) => !contents.includes(`](#${anchor(h)})`))).toEqual([]);
  });
});
