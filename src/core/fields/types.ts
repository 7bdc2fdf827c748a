/**
 * Types shared by the field picker, the filter builder and record views.
 */

/** The kind of value a field holds; it decides the filter operators and the value editor. */
export type FieldType = 'text' | 'number' | 'currency' | 'date' | 'enum' | 'boolean';

/** One choice of an `enum` field. Filters and records hold `value`; users read `label`. */
export interface FieldOption {
  value: string | number;
  label: string;
}

/** Which end of the visible list a pinned field stays in. */
export type FieldPin = 'start' | 'end';

/** An attribute of a record that a user can show, hide, order and filter on. */
export interface FieldDefinition {
  /** Unique among the fields; what states and filters store. */
  id: string;
  /** What users read. */
  label: string;
  type: FieldType;
  /** The group the field is listed under; fields without one share an uncategorized group. */
  category?: string;
  description?: string;
  /** Other words a user may search for ("e-mail" for Email). */
  synonyms?: string[];
  /** The choices of an `enum` field. */
  options?: FieldOption[];
  /** Always visible: it can be neither hidden nor dropped from a state. */
  required?: boolean;
  /** Kept in that zone of the visible list: before (`start`) or after (`end`) every unpinned field. */
  pinned?: FieldPin;
  /** Visible when nothing else says what to show. */
  defaultVisible?: boolean;
}

/** The state of a field picker: the ids of the visible fields, in display order. */
export type VisibleFields = string[];

/** Why `FieldSet` left out a definition, or part of one. */
export type FieldProblemCode =
  /** Not an object, or no usable (non-empty string) `id`: left out. */
  | 'invalid-definition'
  /** A later definition repeats an earlier `id`: the first one wins, the later one is left out. */
  | 'duplicate-id'
  /** A property had the wrong type or an unknown value: it was corrected (for `type`, to `text`). */
  | 'invalid-value';

/** One problem found in the field definitions. */
export interface FieldProblem {
  code: FieldProblemCode;
  /** Position in the definitions given. */
  index: number;
  /** The id, where there is a usable one. */
  id?: string;
  /** The property at fault, for `invalid-value`. */
  property?: string;
}

/** Why an id was dropped from a visible-fields state. */
export type DroppedIdReason =
  /** No definition knows it (say, a field renamed since the state was stored). */
  | 'unknown'
  /** It was listed more than once: the first place wins. */
  | 'duplicate'
  /** Not a string. */
  | 'invalid';

/** An entry dropped from a visible-fields state, reported rather than thrown. */
export interface DroppedId {
  /** The entry as found (a string for `unknown` and `duplicate`). */
  id: unknown;
  reason: DroppedIdReason;
}

/** A visible-fields state made to hold every invariant, with what had to be dropped from it. */
export interface SanitizedVisible {
  value: VisibleFields;
  dropped: DroppedId[];
}
