import type { DefaultsProvider } from './types.js';

/**
 * Combines providers: for each document, the first provider with an answer wins (e.g. role rules
 * first, then an A/B test). A provider that fails makes the combination fail, which the store turns
 * into library defaults with an explanation.
 */
export function firstDefaults(...providers: readonly DefaultsProvider[]): DefaultsProvider {
  return async (key, context) => {
    for (const provider of providers) {
      const answer = await provider(key, context);
      if (answer !== undefined) return answer;
    }
    return undefined;
  };
}
