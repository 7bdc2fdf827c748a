import { hash53 } from './hash.js';
import type { DefaultsProvider, DocumentValues, PersonalizationContext, PersonalizedDefaults } from './types.js';

/**
 * Deterministic A/B assignment: the same user gets the same variant of an experiment on every
 * reload and every machine, and different experiments split users independently. Weights are
 * relative (`{ control: 1, compact: 1 }` is 50/50) and must be finite, non-negative, not all zero.
 */
export function bucket<V extends string>(userId: string, experiment: string, weights: Readonly<Record<V, number>>): V {
  const entries = Object.entries(weights) as [V, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (entries.some(([, weight]) => !Number.isFinite(weight) || weight < 0) || !(total > 0)) {
    throw new RangeError(`bucket: weights for "${experiment}" must be finite, non-negative and not all zero`);
  }
  // 53 bits of hash mapped onto [0, total): the ranges of the variants partition it by weight.
  const point = (hash53(`${experiment}\u0000${userId}`) / 2 ** 53) * total;
  let upper = 0;
  for (const [variant, weight] of entries) {
    upper += weight;
    if (point < upper && weight > 0) return variant;
  }
  return entries.findLast(([, weight]) => weight > 0)![0];
}

export interface ExperimentVariant {
  /** Relative share of users. */
  weight: number;
  /** Shown to the user; defaults to naming the experiment and variant. */
  reason?: string;
  /** The personalized partial per document key; a control variant usually has none. */
  values?: DocumentValues;
}

export interface ExperimentOptions {
  experiment: string;
  variants: Readonly<Record<string, ExperimentVariant>>;
}

/**
 * A defaults provider for an A/B test: buckets `context.userId` with {@link bucket} and answers the
 * chosen variant's values, with the variant name and a reason. Without a `userId` nobody is bucketed.
 */
export function experimentDefaults({ experiment, variants }: ExperimentOptions): DefaultsProvider {
  const weights = Object.fromEntries(Object.entries(variants).map(([name, variant]) => [name, variant.weight]));
  bucket('', experiment, weights); // validates the weights now, so a bad experiment fails at setup
  return (key: string, context: PersonalizationContext) => {
    if (typeof context.userId !== 'string' || !context.userId) return undefined;
    const variant = bucket(context.userId, experiment, weights);
    const values = variants[variant].values;
    if (!values || !Object.hasOwn(values, key)) return undefined;
    const reason = variants[variant].reason ?? `Part of the "${experiment}" trial (variant ${variant})`;
    return { value: values[key], variant, reason } satisfies PersonalizedDefaults;
  };
}
