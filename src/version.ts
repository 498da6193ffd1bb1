import { readFileSync } from "node:fs";

/** The gateway's version, from package.json; sent upstream as `User-Agent: waba-gateway/<version>`. */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
export const USER_AGENT = `waba-gateway/${VERSION}`;
