import type { Gateway } from "../../src/gateway.js";

export interface Subscription {
  events: unknown[];
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<unknown>;
  /** The response status (a refused subscription answers with an error). */
  status: number;
  close(): void;
}

/**
 * Subscribes over Server-Sent Events (what Yoga serves) and collects `event: next` payloads: in process
 * (`yoga.fetch`), or over HTTP to a running gateway's origin.
 */
export async function subscribe(target: Gateway | string, query: string, headers: Record<string, string> = {}): Promise<Subscription> {
  const controller = new AbortController();
  const send = typeof target === "string" ? (url: string, init: RequestInit) => fetch(url.replace("http://yoga", target), init) : target.fetch;
  const response = await send("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const events: unknown[] = [];
  const waiters: ((v: unknown) => void)[] = [];
  let buffer = "";
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((l) => l.startsWith("data:"));
          if (!data) continue;
          const event: unknown = JSON.parse(data.slice(5));
          events.push(event);
          waiters.shift()?.(event);
        }
      }
    } catch {
      // aborted
    }
  })();
  let taken = 0;
  return {
    events,
    status: response.status,
    next: (timeoutMs = 2_000) =>
      new Promise((resolve, reject) => {
        if (events.length > taken) return resolve(events[taken++]);
        const timer = setTimeout(() => reject(new Error("no event in time")), timeoutMs);
        waiters.push((e) => {
          clearTimeout(timer);
          taken++;
          resolve(e);
        });
      }),
    close: () => controller.abort(),
  };
}
