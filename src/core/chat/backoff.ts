export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. Default 500. */
  base?: number;
  /** Longest delay, in milliseconds. Default 30 000. */
  max?: number;
  /** A number in [0, 1); `Math.random` by default, injectable for tests. */
  random?: () => number;
}

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): exponential growth capped
 * at `max`, with "equal jitter" (half fixed, half random) so that many clients cut off by the same
 * outage do not all come back in the same instant, yet none retries at once in a loop.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { base = 500, max = 30_000, random = Math.random } = options;
  const ceiling = Math.min(max, base * 2 ** Math.min(Math.max(0, attempt), 30));
  return ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1);
}
