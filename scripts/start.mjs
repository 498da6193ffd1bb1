// `npm start`: compiles src/ to dist/ when a source file is newer than the last build, then runs the compiled
// gateway in this process: plain JavaScript, no TypeScript compiler or loader in the running gateway.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
const mtime = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs ?? 0;

const built = mtime("dist/.tsbuildinfo");
const sources = Math.max(newest(join(root, "src")), mtime("tsconfig.json"), mtime("tsconfig.build.json"), mtime("package.json"));
if (sources > built) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
}
await import(new URL("../dist/server.js", import.meta.url).href);
