import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback port nobody listens on (taken, then freed): every connection to it is refused. */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
