import type { DefaultsProvider, PersonalizationContext } from './types.js';

/** The outcome of asking a provider, never an exception. */
export interface Resolution {
  /** The personalized partial, absent when there is none (or the provider failed). */
  value?: unknown;
  reason?: string;
  variant?: string;
  /** Set when the provider failed; `reason` then says that library defaults are shown. */
  error?: string;
}

/** Reason given to a personalized value whose provider did not name one. */
export const UNEXPLAINED_REASON = 'Personalized for you';

/**
 * Asks `provider` for the defaults of `key`, turning every failure (a throw, a rejection, a malformed
 * answer, no answer within `timeoutMs`) into a resolution without a value and with an explanation.
 */
export async function resolveDefaults(
  provider: DefaultsProvider | undefined,
  key: string,
  context: PersonalizationContext,
  timeoutMs = 3000,
): Promise<Resolution> {
  if (!provider) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer: unknown = await Promise.race([
      Promise.resolve().then(() => provider(key, context)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    if (answer === undefined || answer === null) return {};
    if (typeof answer !== 'object' || !('value' in answer)) {
      throw new TypeError('a defaults provider must return { value, reason?, variant? } or undefined');
    }
    const { value, reason, variant } = answer as Record<string, unknown>;
    if (value === undefined) return {};
    return {
      value,
      reason: typeof reason === 'string' && reason ? reason : UNEXPLAINED_REASON,
      ...(typeof variant === 'string' ? { variant } : {}),
    };
  } catch (cause) {
    const error = cause instanceof Error ? cause.message : String(cause);
    return { error, reason: `Personalized defaults are unavailable (${error}); showing the standard defaults` };
  } finally {
    clearTimeout(timer);
  }
}
