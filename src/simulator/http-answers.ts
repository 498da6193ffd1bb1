import type { IncomingMessage, ServerResponse } from "node:http";
import type { Fault } from "./faults.js";
import type { SimResponse } from "./responses.js";
import { errorResponse } from "./responses.js";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function send(res: ServerResponse, r: SimResponse): void {
  const text = JSON.stringify(r.body);
  res.writeHead(r.status, { "content-type": "application/json; charset=UTF-8", "x-fb-trace-id": "sim", ...r.headers });
  res.end(text);
}

/** Plays one fault; true when it produced the whole response. */
export async function applyFault(fault: Fault, res: ServerResponse, req: IncomingMessage): Promise<boolean> {
  switch (fault.kind) {
    case "latency":
      await sleep(fault.ms);
      return false;
    case "hang":
      // Never answer; the socket closes when the client gives up or the simulator stops.
      await new Promise<void>((resolve) => req.socket.once("close", () => resolve()));
      return true;
    case "html500":
      res.writeHead(500, { "content-type": "text/html" });
      res.end("<!DOCTYPE html><html><body><h1>Sorry, something went wrong.</h1></body></html>");
      return true;
    case "graph-error":
      send(res, { ...errorResponse(fault.error), headers: fault.headers });
      return true;
    case "headers":
      return false;
    case "non-json":
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("this is not json");
      return true;
    case "truncated":
      res.writeHead(200, { "content-type": "application/json", "content-length": "200" });
      res.end('{"data":[{"id":"1');
      req.socket.destroy();
      return true;
    case "reset":
      req.socket.destroy();
      return true;
  }
}
