import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http";

/** After the last operation finishes, idle connections stay this long, answering 503, before they are closed. */
const LINGER_MS = 1_000;

/**
 * Graceful shutdown that answers every request already received. On `drain()` the server stops accepting
 * connections; operations in flight finish (their connections then close); a request that arrives meanwhile on
 * an open keep-alive connection gets 503 with Retry-After before anything is sent upstream, instead of a reset.
 * Node's `close()` would cut idle keep-alive connections at once, resetting a request already on its way on one,
 * so they are kept until the last operation is done, and a moment more.
 */
export class Drain {
  private draining = false;
  private inFlight = 0;
  private onIdle: (() => void) | undefined;

  /** Wraps the gateway's handler. */
  handler(next: RequestListener): RequestListener {
    return (req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) {
        res.writeHead(503, { "content-type": "application/json", "retry-after": "5", connection: "close" });
        res.end(JSON.stringify({ errors: [{ message: "The gateway is shutting down; retry on another instance.", extensions: { code: "SHUTTING_DOWN" } }] }));
        return;
      }
      this.inFlight++;
      res.once("close", () => {
        this.inFlight--;
        // A connection that served an operation during the drain is not kept for another.
        if (this.draining) res.socket?.end();
        if (this.inFlight === 0) this.onIdle?.();
      });
      next(req, res);
    };
  }

  /** Stops accepting, finishes what is in flight, then closes every connection; resolves once the server closed. */
  drain(server: Server): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => {
      server.closeIdleConnections = () => undefined;
      server.close(() => resolve());
    });
    const idle = new Promise<void>((resolve) => {
      this.onIdle = resolve;
      if (this.inFlight === 0) resolve();
    });
    void idle.then(() => setTimeout(() => server.closeAllConnections(), LINGER_MS).unref());
    return closed;
  }
}
