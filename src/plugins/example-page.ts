import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

export const EXAMPLE_PATH = "/examples/embedded-signup/";
const FILES: Record<string, string> = { "": "index.html", "index.html": "index.html", "signup.js": "signup.js" };
const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8" };

/** The example folder, from src/plugins/ (tsx) or dist/ (the bundle). */
function exampleDir(): string | undefined {
  for (const up of ["../../examples/embedded-signup/", "../examples/embedded-signup/"]) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return undefined;
}

/**
 * Demo mode only: the partner frontend's example page (examples/embedded-signup/) at /examples/embedded-signup/,
 * with a config.js that points it at this gateway and the simulator's stand-in popup. A fixed list of files: no
 * path from the request reaches the file system.
 */
export function examplePage(simulatorUrl: string): Plugin {
  const dir = exampleDir();
  const config = `window.SIGNUP_CONFIG = ${JSON.stringify({ mode: "demo", graphql: "/graphql", headers: {}, simulator: simulatorUrl })};\n`;
  return {
    onRequest({ url, endResponse }) {
      if (!url.pathname.startsWith(EXAMPLE_PATH) || !dir) return;
      const name = url.pathname.slice(EXAMPLE_PATH.length);
      if (name === "config.js") return endResponse(new Response(config, { headers: { "content-type": TYPES.js as string } }));
      const file = FILES[name];
      if (!file) return endResponse(new Response("Not found", { status: 404 }));
      endResponse(new Response(readFileSync(`${dir}${file}`), { headers: { "content-type": TYPES[file.split(".").pop() ?? ""] ?? "text/plain" } }));
    },
  };
}
