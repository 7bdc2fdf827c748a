/**
 * Helpers for the JSON data preferences are made of. Stored data is untrusted: keys such as
 * `__proto__` or `constructor` are read and written as own data properties only, never through the
 * prototype chain.
 */

export type JsonObject = Record<string, unknown>;

/** Plain objects from any realm (an iframe's objects too), not arrays, dates or class instances. */
export function isPlainObject(value: unknown): value is JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** `object[key]` if it is an own property, so `__proto__` and `constructor` read as data. */
export function own(object: unknown, key: string): unknown {
  return isPlainObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets an own data property, also for `__proto__` (plain assignment would replace the prototype). */
export function define(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Own keys with a defined value (JSON drops `undefined` members, so they do not count). */
export function definedKeys(object: JsonObject): string[] {
  return Object.keys(object).filter((key) => object[key] !== undefined);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!deepEqual(a[index], b[index])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  // Counts defined members instead of collecting keys: this runs on every change of large documents.
  let members = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key) || a[key] === undefined) continue;
    members++;
    if (!Object.hasOwn(b, key) || !deepEqual(a[key], b[key])) return false;
  }
  for (const key in b) if (Object.hasOwn(b, key) && b[key] !== undefined) members--;
  return members === 0;
}

/** A private, JSON-normalized copy (dates become strings, `undefined` members disappear). */
export function toJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Freezes a value and everything in it. Values the engine hands out share structure with the layers
 * they came from, so nobody may mutate them; already frozen subtrees were frozen here and are skipped.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The value without own `__proto__` keys, and where they were. JSON.parse makes such a key an own
 * data property, which is harmless here but not in the host app: `Object.assign` or a `for…in` copy
 * of a value with it replaces the copy's prototype. Unchanged subtrees are shared, not copied.
 */
export function withoutProtoKeys(
  value: unknown,
  at: (string | number)[] = [],
): { value: unknown; dropped: (string | number)[][] } {
  if (value === null || typeof value !== 'object') return { value, dropped: [] };
  const dropped: (string | number)[][] = [];
  let copy: unknown[] | JsonObject | undefined;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value as JsonObject);
  for (const [key, child] of entries) {
    if (key === '__proto__' && !Array.isArray(value)) {
      dropped.push([...at, key]);
      copy ??= { ...(value as JsonObject) };
      delete (copy as JsonObject)[key];
      continue;
    }
    const inner = withoutProtoKeys(child, [...at, key]);
    if (inner.dropped.length === 0) continue;
    dropped.push(...inner.dropped);
    copy ??= Array.isArray(value) ? [...(value as unknown[])] : { ...(value as JsonObject) };
    if (Array.isArray(copy)) copy[key as number] = inner.value;
    else define(copy, String(key), inner.value);
  }
  return { value: copy ?? value, dropped };
}
