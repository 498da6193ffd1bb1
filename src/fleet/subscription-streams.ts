import { GraphQLError } from "graphql";

/** Streams one caller may hold open at once (on this instance). */
export const MAX_STREAMS_PER_CALLER = 20;
/** setTimeout's ceiling (about 24.8 days); later expiries are checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Bounds the subscription streams of each caller, and ends a stream when its caller's credentials expire (an
 * error event, then the end), so that a JWT that expired keeps no stream alive.
 */
export class SubscriptionStreams {
  private readonly open = new Map<string, number>();

  constructor(private readonly maxPerCaller = MAX_STREAMS_PER_CALLER) {}

  /** Wraps a stream for a caller, refusing it when the caller already holds the maximum. */
  hold<T>(caller: string, source: AsyncIterable<T>, expiresAt: number | undefined): AsyncIterable<T> {
    const count = this.open.get(caller) ?? 0;
    if (count >= this.maxPerCaller) {
      throw new GraphQLError(`This caller already holds ${this.maxPerCaller} subscriptions; close one before opening another.`, {
        extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
      });
    }
    this.open.set(caller, count + 1);
    return this.bounded(caller, source, expiresAt);
  }

  /**
   * An iterator, not a generator: a client that goes away calls `return()` while a `next()` still waits for an
   * event, and a generator would only run its cleanup at its next yield, which may never come.
   */
  private bounded<T>(caller: string, source: AsyncIterable<T>, expiresAt: number | undefined): AsyncIterableIterator<T> {
    const iterator = source[Symbol.asyncIterator]();
    let timer: NodeJS.Timeout | undefined;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      const left = (this.open.get(caller) ?? 1) - 1;
      if (left > 0) this.open.set(caller, left);
      else this.open.delete(caller);
    };
    const expired = new Promise<"expired">((resolve) => {
      if (expiresAt === undefined) return;
      const arm = () => {
        const left = expiresAt - Date.now();
        if (left <= 0) resolve("expired");
        else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      };
      arm();
    });
    const end = async (): Promise<IteratorReturnResult<undefined>> => {
      release();
      await iterator.return?.();
      return { done: true, value: undefined };
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<T>> {
        if (released) return { done: true, value: undefined };
        const next = await Promise.race([iterator.next(), expired]);
        if (next === "expired") {
          await end();
          throw new GraphQLError("The credentials of this subscription expired (exp claim); subscribe again with a fresh token.", {
            extensions: { code: "UNAUTHENTICATED" },
          });
        }
        if (next.done) release();
        return next;
      },
      return: end,
    };
  }
}
