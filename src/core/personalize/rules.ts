import type { DefaultsProvider, DocumentValues, PersonalizationContext, PersonalizedDefaults } from './types.js';

/**
 * A condition on one context attribute. A bare value means "equals".
 * - `{ oneOf: [...] }`: the attribute is one of these values.
 * - `{ includes: x }` / `{ includes: [x, y] }`: the attribute is a list containing x (every listed value).
 * - `{ prefix: 'de' }`: language-tag prefix, `de` matches `de` and `de-CH` (case-insensitive), not `dev`.
 */
export type AttributeCondition =
  | string
  | number
  | boolean
  | null
  | { readonly equals: unknown }
  | { readonly oneOf: readonly unknown[] }
  | { readonly includes: unknown }
  | { readonly prefix: string };

/** A clock range `HH:MM`–`HH:MM` in the context's time zone; `from` inclusive, `to` exclusive, may wrap midnight. */
export interface TimeOfDay {
  from: string;
  to: string;
}

export interface Rule {
  /** Every listed attribute must satisfy its condition. */
  when?: Readonly<Record<string, AttributeCondition>>;
  timeOfDay?: TimeOfDay;
  /** A custom predicate, checked after `when` and `timeOfDay`. */
  test?: (context: PersonalizationContext, key: string) => boolean;
  /** Shown to the user: "Suggested for the Sales role". */
  reason: string;
  /** Reported as the variant of the values this rule gives (e.g. the rule's name in analytics). */
  variant?: string;
  /** The personalized partial per document key. A rule only applies to the documents it names. */
  values: DocumentValues;
}

/**
 * A defaults provider from a rule list: for a document, the first rule that names the document and
 * matches the context wins.
 *
 * ```ts
 * ruleDefaults([
 *   { when: { role: 'sales' }, reason: 'Suggested for the Sales role', values: { 'home-dashboard': salesHome } },
 *   { when: { interests: { includes: 'reporting' } }, reason: 'You said you are into reporting', values: { … } },
 * ])
 * ```
 * Malformed rules throw here, at construction, so mistakes surface in development rather than as
 * silently missing personalization.
 */
export function ruleDefaults(rules: readonly Rule[]): DefaultsProvider {
  const compiled = rules.map(compile);
  return (key, context) => {
    for (const rule of compiled) {
      if (Object.hasOwn(rule.values, key) && rule.matches(context, key)) {
        const answer: PersonalizedDefaults = { value: rule.values[key], reason: rule.reason };
        if (rule.variant !== undefined) answer.variant = rule.variant;
        return answer;
      }
    }
    return undefined;
  };
}

/** Whether a language tag starts with `prefix` on a subtag boundary (`de` matches `de-CH`, not `dev`). */
export function hasTagPrefix(tag: string, prefix: string): boolean {
  const normalized = tag.toLowerCase().replaceAll('_', '-');
  const wanted = prefix.toLowerCase().replaceAll('_', '-');
  return normalized === wanted || normalized.startsWith(`${wanted}-`);
}

interface CompiledRule extends Rule {
  matches(context: PersonalizationContext, key: string): boolean;
}

function compile(rule: Rule, index: number): CompiledRule {
  const where = `ruleDefaults: rule ${index + 1}`;
  if (typeof rule.reason !== 'string' || !rule.reason.trim()) throw new TypeError(`${where} needs a reason`);
  if (!rule.values || typeof rule.values !== 'object') throw new TypeError(`${where} needs values by document key`);
  const conditions = Object.entries(rule.when ?? {}).map(([attribute, condition]) => {
    checkCondition(condition, `${where}, attribute "${attribute}"`);
    return [attribute, condition] as const;
  });
  const hours = rule.timeOfDay && [minutes(rule.timeOfDay.from, where), minutes(rule.timeOfDay.to, where)];
  return {
    ...rule,
    matches(context, key) {
      return (
        conditions.every(([attribute, condition]) => satisfies(context[attribute], condition)) &&
        (!hours || withinHours(minutesOfDay(context), hours[0], hours[1])) &&
        (!rule.test || rule.test(context, key))
      );
    },
  };
}

function checkCondition(condition: AttributeCondition, where: string): void {
  if (condition === null || typeof condition !== 'object') return;
  const kinds = Object.keys(condition);
  const known = kinds.length === 1 && ['equals', 'oneOf', 'includes', 'prefix'].includes(kinds[0]);
  if (!known) throw new TypeError(`${where}: expected a value or one of { equals | oneOf | includes | prefix }`);
  if ('oneOf' in condition && !Array.isArray(condition.oneOf)) throw new TypeError(`${where}: oneOf takes a list`);
  if ('prefix' in condition && typeof condition.prefix !== 'string')
    throw new TypeError(`${where}: prefix takes a string`);
}

function satisfies(actual: unknown, condition: AttributeCondition): boolean {
  if (condition === null || typeof condition !== 'object') return actual === condition;
  if ('equals' in condition) return actual === condition.equals;
  if ('oneOf' in condition) return condition.oneOf.includes(actual);
  if ('includes' in condition) {
    if (!Array.isArray(actual)) return false;
    const wanted: unknown[] = Array.isArray(condition.includes) ? condition.includes : [condition.includes];
    return wanted.every((each) => actual.includes(each));
  }
  return typeof actual === 'string' && hasTagPrefix(actual, condition.prefix);
}

function minutes(clock: string, where: string): number {
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!match) throw new TypeError(`${where}: timeOfDay takes "HH:MM" times, got "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function withinHours(now: number, from: number, to: number): boolean {
  return from <= to ? now >= from && now < to : now >= from || now < to;
}

function minutesOfDay({ now, timeZone }: PersonalizationContext): number {
  const date = new Date(now ?? Date.now());
  if (!timeZone) return date.getHours() * 60 + date.getMinutes();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string): number => Number(parts.find((each) => each.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}
