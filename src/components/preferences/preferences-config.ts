// What `<tk-preferences>` makes of its attributes, so plain HTML sets up persistence without script.
// Every function answers a usable value and the problems it found; none of them throws.
import type { TkConfigErrorDetail } from '../../base/config-error.js';
import { ruleDefaults, type Rule } from '../../core/personalize/rules.js';
import type { DefaultsProvider, PersonalizationContext } from '../../core/personalize/types.js';
import type { PreferencesAdapter } from '../../core/prefs/adapter.js';
import { LocalStorageAdapter } from '../../core/prefs/local-storage-adapter.js';
import { MemoryAdapter } from '../../core/prefs/memory-adapter.js';
import { LazyAdapter } from './lazy-adapter.js';

/** Storage `<tk-preferences adapter="…">` can make by itself. */
export type AdapterName = 'local' | 'indexeddb' | 'http' | 'memory';

const ADAPTER_NAMES: readonly AdapterName[] = ['local', 'indexeddb', 'http', 'memory'];

export interface Configured<T> {
  value: T;
  errors: TkConfigErrorDetail[];
}

export interface AdapterAttributes {
  adapter?: string | null;
  namespace?: string | null;
  endpoint?: string | null;
}

const KEPT_IN_MEMORY = 'customizations are kept in memory only and lost on reload';

/**
 * The adapter the attributes describe. Without `adapter`, an `endpoint` means HTTP and nothing means
 * localStorage. A value that cannot be honoured gives an in-memory adapter, never storage the page
 * did not ask for.
 */
export function adapterFromAttributes(attributes: AdapterAttributes, baseUrl: string): Configured<PreferencesAdapter> {
  const { namespace, endpoint } = attributes;
  const errors: TkConfigErrorDetail[] = [];
  const name = attributes.adapter ?? (endpoint != null ? 'http' : 'local');
  const memory = (attribute: string, value: string, message: string): Configured<PreferencesAdapter> => ({
    value: new MemoryAdapter(),
    errors: [...errors, { attribute, value, message: `${message}; ${KEPT_IN_MEMORY}.` }],
  });
  if (!(ADAPTER_NAMES as readonly string[]).includes(name)) {
    return memory('adapter', name, `adapter="${name}" is not one of ${ADAPTER_NAMES.join(', ')}`);
  }
  if (namespace === '') {
    errors.push({ attribute: 'namespace', value: '', message: 'namespace is empty; the default "tailorkit" is used.' });
  }
  if (endpoint != null && name !== 'http') {
    errors.push({
      attribute: 'endpoint',
      value: endpoint,
      message: `endpoint is used only with adapter="http"; adapter="${name}" stores without it.`,
    });
  }
  const label = namespace || undefined;
  switch (name as AdapterName) {
    case 'memory':
      return { value: new MemoryAdapter(), errors };
    case 'indexeddb':
      return {
        value: new LazyAdapter('indexedDB', async () => {
          const { IndexedDbAdapter } = await import('../../core/prefs/indexeddb-adapter.js');
          return new IndexedDbAdapter({ name: label });
        }),
        errors,
      };
    case 'local':
      return { value: new LocalStorageAdapter({ namespace: label }), errors };
    case 'http': {
      if (!endpoint) return memory('endpoint', endpoint ?? '', 'adapter="http" needs an endpoint attribute');
      const url = URL.canParse(endpoint, baseUrl) ? new URL(endpoint, baseUrl) : undefined;
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        return memory('endpoint', endpoint, `endpoint="${endpoint}" is not an http(s) URL`);
      }
      return {
        value: new LazyAdapter('http', async () => {
          const { HttpAdapter } = await import('../../core/prefs/http-adapter.js');
          return new HttpAdapter({ baseUrl: url.href });
        }),
        errors,
      };
    }
  }
}

function parseJson(attribute: string, text: string): Configured<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, errors: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { value: undefined, errors: [{ attribute, value: text, message: `${attribute} is not JSON (${reason})` }] };
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is known about the user: the element's `data-*` attributes (`data-role="sales"` gives
 * `{ role: 'sales' }`, `data-user-id` gives `userId`), with the `context` property or JSON attribute
 * over them. A `context` that is not a JSON object is reported and left out.
 */
export function contextFromAttributes(
  context: PersonalizationContext | string | undefined,
  dataset: DOMStringMap,
): Configured<PersonalizationContext> {
  const fromData: Record<string, string> = {};
  for (const [name, value] of Object.entries(dataset)) if (value !== undefined) fromData[name] = value;
  if (typeof context !== 'string') return { value: { ...fromData, ...context }, errors: [] };
  const parsed = parseJson('context', context);
  if (parsed.errors.length > 0 || isPlainObject(parsed.value)) {
    return { value: { ...fromData, ...(parsed.value as PersonalizationContext | undefined) }, errors: parsed.errors };
  }
  const message = 'context must be a JSON object such as {"role":"sales"}; the data-* attributes alone are used.';
  return { value: fromData, errors: [{ attribute: 'context', value: context, message }] };
}

/**
 * A defaults provider from a rule list given as JSON (`rules` attribute) or as objects. Rules that
 * are not a list, or that `ruleDefaults` refuses, are reported; the store then has no personalized
 * defaults rather than half of them.
 */
export function defaultsFromRules(rules: readonly Rule[] | string): Configured<DefaultsProvider | undefined> {
  const parsed: Configured<unknown> =
    typeof rules === 'string' ? parseJson('rules', rules) : { value: rules, errors: [] };
  if (parsed.errors.length > 0) return { value: undefined, errors: parsed.errors };
  const text = typeof rules === 'string' ? rules : JSON.stringify(rules);
  if (!Array.isArray(parsed.value)) {
    const message = 'rules must be a JSON list of { when, reason, values }; no personalized defaults are used.';
    return { value: undefined, errors: [{ attribute: 'rules', value: text, message }] };
  }
  try {
    return { value: ruleDefaults(parsed.value as Rule[]), errors: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `rules are not valid (${reason}); no personalized defaults are used.`;
    return { value: undefined, errors: [{ attribute: 'rules', value: text, message }] };
  }
}
