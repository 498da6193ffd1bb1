/** One HTTP request the simulator received, as tests and the benchmark inspect it. */
export interface LoggedRequest {
  method: string;
  /** Path without the query string, e.g. `/v23.0/102290129340398/phone_numbers`. */
  path: string;
  endpoint: string;
  query: Record<string, string>;
  headers: { authorization?: string; userAgent?: string; contentType?: string };
  body: Record<string, unknown> | undefined;
  /** For the batch endpoint: each slot as sent. */
  batch?: LoggedSlot[];
}

export interface LoggedSlot {
  method: string;
  path: string;
  endpoint: string;
  query: Record<string, string>;
  body: Record<string, string> | undefined;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Upstream round trips since the last clear. */
  get count(): number {
    return this.entries.length;
  }
}
