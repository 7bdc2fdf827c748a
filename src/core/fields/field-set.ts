import { foldTextWithMap, type FoldedText } from './fold.js';
import type { FieldDefinition, FieldOption, FieldProblem, FieldType } from './types.js';

const TYPES: ReadonlySet<string> = new Set<FieldType>(['text', 'number', 'currency', 'date', 'enum', 'boolean']);

/** The category key of fields that name none. */
export const UNCATEGORIZED = '';

/** Folded search text of one field, computed on first search. */
export interface FieldSearchText {
  label: FoldedText;
  category: FoldedText;
  id: FoldedText;
  synonyms: FoldedText[];
  /** Every folded text above joined, to rule a field out with one look per word. */
  all: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readOptions(raw: unknown): FieldOption[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const options: FieldOption[] = [];
  const seen = new Set<unknown>();
  for (const option of raw) {
    if (!isRecord(option)) continue;
    const { value, label } = option;
    const usable = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!usable || seen.has(value)) continue;
    seen.add(value);
    options.push({ value, label: typeof label === 'string' ? label : String(value) });
  }
  return options;
}

/** A copy of one definition with only well-typed properties, and what had to be corrected. */
function readDefinition(
  raw: Record<string, unknown>,
  id: string,
  index: number,
  problems: FieldProblem[],
): FieldDefinition {
  const invalid = (property: string) => problems.push({ code: 'invalid-value', index, id, property });
  const type = TYPES.has(raw.type as string) ? (raw.type as FieldType) : (invalid('type'), 'text');
  const definition: FieldDefinition = {
    id,
    label: typeof raw.label === 'string' ? raw.label : (invalid('label'), id),
    type,
  };
  const optionalString = (key: 'category' | 'description') => {
    const value = raw[key];
    if (value === undefined) return;
    if (typeof value === 'string') definition[key] = value;
    else invalid(key);
  };
  optionalString('category');
  optionalString('description');
  if (raw.synonyms !== undefined) {
    const synonyms = Array.isArray(raw.synonyms) ? raw.synonyms.filter((s): s is string => typeof s === 'string') : [];
    if (Array.isArray(raw.synonyms)) definition.synonyms = synonyms;
    if (!Array.isArray(raw.synonyms) || synonyms.length !== raw.synonyms.length) invalid('synonyms');
  }
  if (raw.options !== undefined || type === 'enum') {
    const options = readOptions(raw.options);
    if (options) definition.options = options;
    if (!options || options.length !== (raw.options as unknown[]).length) invalid('options');
  }
  for (const key of ['required', 'defaultVisible'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') definition[key] = value;
    else invalid(key);
  }
  if (raw.pinned !== undefined) {
    if (raw.pinned === 'start' || raw.pinned === 'end') definition.pinned = raw.pinned;
    else invalid('pinned');
  }
  return definition;
}

/**
 * An indexed, validated set of field definitions: the first argument of every picker operation.
 *
 * Definitions are read, never trusted: entries without a usable `id` and repeats of an id are left
 * out, wrong-typed properties corrected, and each case reported in `problems` (nothing throws).
 * Build one per `fields` array and reuse it; it caches lookups and search text.
 */
export class FieldSet {
  /** The usable definitions, in the order given. */
  readonly fields: readonly FieldDefinition[];
  /** What was wrong with the definitions given, and how it was corrected. */
  readonly problems: readonly FieldProblem[];
  /** Category keys in order of first appearance (`UNCATEGORIZED` for fields without one). */
  readonly categories: readonly string[];
  readonly #byId = new Map<string, FieldDefinition>();
  readonly #position = new Map<string, number>();
  readonly #byCategory = new Map<string, FieldDefinition[]>();
  readonly #search = new Map<string, FieldSearchText>();
  #searchLocale?: string;

  constructor(definitions: unknown) {
    const problems: FieldProblem[] = [];
    const fields: FieldDefinition[] = [];
    const list = Array.isArray(definitions) ? (definitions as unknown[]) : [];
    list.forEach((raw, index) => {
      if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') {
        problems.push({ code: 'invalid-definition', index });
        return;
      }
      if (this.#byId.has(raw.id)) {
        problems.push({ code: 'duplicate-id', index, id: raw.id });
        return;
      }
      const definition = readDefinition(raw, raw.id, index, problems);
      this.#byId.set(definition.id, definition);
      this.#position.set(definition.id, fields.length);
      fields.push(definition);
      const category = definition.category ?? UNCATEGORIZED;
      const members = this.#byCategory.get(category);
      if (members) members.push(definition);
      else this.#byCategory.set(category, [definition]);
    });
    this.fields = fields;
    this.problems = problems;
    this.categories = [...this.#byCategory.keys()];
  }

  get size(): number {
    return this.fields.length;
  }

  has(id: unknown): boolean {
    return typeof id === 'string' && this.#byId.has(id);
  }

  get(id: string): FieldDefinition | undefined {
    return this.#byId.get(id);
  }

  /** Position of the field in the definitions, or -1. */
  indexOf(id: string): number {
    return this.#position.get(id) ?? -1;
  }

  /** The fields of one category, in definition order (empty for an unknown category). */
  inCategory(category: string): readonly FieldDefinition[] {
    return this.#byCategory.get(category) ?? [];
  }

  /** The folded search text of a field, computed once per locale. */
  searchText(field: FieldDefinition, locale?: string): FieldSearchText {
    if (locale !== this.#searchLocale) {
      this.#search.clear();
      this.#searchLocale = locale;
    }
    let text = this.#search.get(field.id);
    if (!text) {
      const label = foldTextWithMap(field.label, locale);
      const category = foldTextWithMap(field.category ?? '', locale);
      const id = foldTextWithMap(field.id, locale);
      const synonyms = (field.synonyms ?? []).map((synonym) => foldTextWithMap(synonym, locale));
      const all = [label, category, id, ...synonyms].map((folded) => folded.text).join('\u0000');
      text = { label, category, id, synonyms, all };
      this.#search.set(field.id, text);
    }
    return text;
  }
}

/** A `FieldSet` as is, or one built from an array of definitions. */
export function toFieldSet(fields: FieldSet | readonly unknown[]): FieldSet {
  return fields instanceof FieldSet ? fields : new FieldSet(fields);
}
