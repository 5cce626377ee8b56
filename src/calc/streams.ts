/**
 * Streaming custom functions (`@streaming`, such as AR.CONTRACT) answer through
 * `invocation.setResult`, often later than the call. HyperFormula evaluates synchronously, so a
 * call that has not answered yet shows #BUSY! (as in Excel while it waits); the async calculation
 * waits for the first answer of every pending call and recalculates with the values received.
 * Every invocation is cancelled (its `onCanceled` runs) when the calculation ends, so no
 * subscription outlives it.
 */

export const BUSY_MESSAGE = "Waiting for the streaming function's first result";

interface Stream {
  received: boolean;
  value: unknown;
  readonly invocation: { onCanceled?: () => void };
}

export class StreamResults {
  private readonly streams = new Map<string, Stream>();
  private wake: (() => void) | undefined;

  /** The value a call has streamed so far, if any. */
  latest(key: string): { value: unknown } | undefined {
    const stream = this.streams.get(key);
    return stream?.received ? { value: stream.value } : undefined;
  }

  /** Whether the call was started already (answered or not): it is never started twice. */
  started(key: string): boolean {
    return this.streams.has(key);
  }

  /** Start a call: the invocation object handed to the function, recording what it streams. */
  open(key: string, address: string, functionName: string): CustomFunctions.StreamingInvocation<unknown> {
    const invocation = { address, functionName } as CustomFunctions.StreamingInvocation<unknown>;
    const stream: Stream = { received: false, value: undefined, invocation };
    invocation.setResult = (value: unknown) => {
      stream.received = true;
      stream.value = value;
      this.wake?.();
    };
    this.streams.set(key, stream);
    return invocation;
  }

  /** Calls still waiting for their first value. */
  pending(): number {
    let n = 0;
    for (const s of this.streams.values()) if (!s.received) n++;
    return n;
  }

  /** Resolves when no call is waiting any more, or after `timeoutMs` (then some may still wait). */
  async settled(timeoutMs: number): Promise<void> {
    if (this.pending() === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      this.wake = () => {
        if (this.pending() === 0) done();
      };
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
    this.wake = undefined;
  }

  /** Cancel every call, as Excel does when the formula goes away. */
  cancelAll(): void {
    for (const s of this.streams.values()) {
      try {
        s.invocation.onCanceled?.();
      } catch {
        // a failing cancel handler must not hide the results
      }
    }
    this.streams.clear();
  }
}

let active: StreamResults | undefined;

export function activeStreams(): StreamResults | undefined {
  return active;
}

export function withStreams<T>(streams: StreamResults, run: () => T): T {
  const previous = active;
  active = streams;
  try {
    return run();
  } finally {
    active = previous;
  }
}
