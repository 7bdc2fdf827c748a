/** Where the browser has no idle callbacks (Safari), a short timer stands in: after the first frames. */
const NO_IDLE_DELAY_MS = 200;

/**
 * Runs `run` in the browser's next idle moment, or after `timeout` ms on a page that stays busy, so
 * work a user will soon need starts without competing with the first frames. Returns what cancels it
 * (a host that disconnects first).
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, Math.min(timeout, NO_IDLE_DELAY_MS));
  return () => clearTimeout(handle);
}
