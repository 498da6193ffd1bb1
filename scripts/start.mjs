// `npm start`: bundles src/ into dist/ when a source file is newer than the last build (scripts/build.mjs), then
// runs the bundled gateway in this process: plain JavaScript, no TypeScript compiler or loader in the running gateway.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
const mtime = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs ?? 0;

const built = mtime("dist/server.js");
const sources = Math.max(newest(join(root, "src")), mtime("package.json"), mtime("package-lock.json"), mtime("scripts/build.mjs"));
// Loaded only to rebuild: a production install (no esbuild) runs an up-to-date dist/ as it is.
if (sources > built) await (await import("./build.mjs")).buildDist();
// The one-command demo: without a token, outside production, `npm start` asks for demo mode (the simulator's demo
// data) itself. `node dist/server.js` never does: there a missing token stops the gateway.
if (!process.env.GRAPH_API_ACCESS_TOKEN && process.env.NODE_ENV !== "production") process.env.GATEWAY_DEMO ??= "true";
await import(new URL("../dist/server.js", import.meta.url).href);
