import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES } from "../src/config.js";
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
  it("names every environment variable the gateway reads in its configuration table", () => {
    const table = section("Configuration");
    const missing = ENV_VARIABLES.filter((v) => !table.includes(`\`${v}\``) && !table.includes(`\`${v.toUpperCase()}\``));
    expect(missing).toEqual([]);
  });

  it("lists every extensions.code the gateway sets, and every mutation error reason, in Errors", () => {
    const errors = section("Errors");
    const codes = new Set<string>();
    for (const file of sources(join(root, "src"))) for (const m of readFileSync(file, "utf8").matchAll(/code: "([A-Z][A-Z_]+)"/g)) codes.add(m[1] as string);
    expect(codes.size).toBeGreaterThan(10);
    expect([...codes].filter((c) => !errors.includes(`\`${c}\``))).toEqual([]);
    expect(Object.keys(FAILURE_REASONS).filter((r) => !errors.includes(`| \`${r}\` |`))).toEqual([]);
  });

  it("links each heading from the contents", () => {
    const headings = [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string);
    const anchor = (t: string) => t.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
    const contents = readme.slice(readme.indexOf("**Contents**"), readme.indexOf("\n## "));
    expect(headings.filter((h) => !contents.includes(`](#${anchor(h)})`))).toEqual([]);
  });
});
