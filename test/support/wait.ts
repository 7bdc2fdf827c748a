import { waitUntil as poll } from '@open-wc/testing';

/**
 * How long `waitUntil` waits by default. The library's 1 s is the time a quiet machine needs; this
 * suite runs two test pages at once on two cores, where loading a part on first use and rendering
 * it took longer than that now and then. Only a failing test waits this long.
 */
export const WAIT_TIMEOUT_MS = 5000;

/**
 * `waitUntil` from @open-wc/testing with two changes: it waits up to `WAIT_TIMEOUT_MS` by default,
 * and `message` may be a function, called when the time is up, so the error describes the state at
 * the end of the wait rather than at its start.
 */
export async function waitUntil(
  predicate: () => unknown,
  message?: string | (() => string),
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const timeout = options.timeout ?? WAIT_TIMEOUT_MS;
  const marker = `tk-wait-timeout-${Math.random()}`;
  try {
    await poll(predicate, marker, { ...options, timeout });
  } catch (error) {
    if (!(error instanceof Error) || error.message !== `Timeout: ${marker}`) throw error;
    const text = typeof message === 'function' ? message() : message;
    throw new Error(`Timeout after ${timeout} ms${text ? `: ${text}` : ''}`);
  }
}
