/**
 * Set by the library build: `false` for `dist/` (so every `if (DEV)` block is removed from it),
 * `true` for `dist/development/`, which bundlers pick under the `development` export condition
 * (Vite's dev server does by default). Undefined in the sources, so tests and the catalog see the
 * warnings too.
 */
declare const __TK_DEV__: boolean | undefined;

/** Whether this build carries the warnings for integrators' mistakes. */
export const DEV: boolean = typeof __TK_DEV__ === 'undefined' || __TK_DEV__;

const warned = new Set<string>();

/**
 * A warning for the integrator, in development builds only, once per `key` per page. Each says what
 * went wrong and the one thing to do about it.
 */
export function devWarn(key: string, message: string): void {
  if (!DEV || warned.has(key)) return;
  warned.add(key);
  console.warn(`[tailorkit] ${message} (This warning appears in development builds only.)`);
}

/** Whether `value` has the shape of a preferences store (what `createPreferences()` returns). */
export function looksLikeStore(value: unknown): boolean {
  const store = value as Record<string, unknown> | null;
  return (
    typeof store === 'object' &&
    store !== null &&
    ['open', 'setContext', 'subscribe', 'onError', 'dispose'].every((name) => typeof store[name] === 'function')
  );
}

/**
 * What `<tk-preferences>` is given from script, checked in development builds: objects of the wrong
 * kind (an adapter without `read`, a rule list passed as `defaults`) otherwise fail later and far away.
 */
export function checkProviderShapes({
  preferences,
  adapter,
  defaults,
}: {
  preferences?: unknown;
  adapter?: unknown;
  defaults?: unknown;
}): void {
  if (!DEV) return;
  if (preferences !== undefined && !looksLikeStore(preferences)) {
    devWarn(
      'shape:preferences',
      '<tk-preferences>.preferences is not a preferences store; make it with createPreferences({ adapter, defaults, context }).',
    );
  }
  const store = adapter as Partial<Record<string, unknown>> | null | undefined;
  if (
    typeof store === 'object' &&
    store !== null &&
    (typeof store.read !== 'function' || typeof store.write !== 'function')
  ) {
    devWarn(
      'shape:adapter',
      '<tk-preferences>.adapter is an object without read() and write(); pass an adapter such as new LocalStorageAdapter(), or a name such as "local".',
    );
  }
  if (defaults !== undefined && typeof defaults !== 'function') {
    devWarn(
      'shape:defaults',
      '<tk-preferences>.defaults must be a function (key, context) => defaults; for a rule list use ruleDefaults(rules) or the rules attribute.',
    );
  }
}
