/**
 * What the host knows about the current user, from which personalized defaults are computed.
 * Every attribute is optional; hosts add their own (plan, team, onboarding answers).
 */
export interface PersonalizationContext {
  /** Stable user id: the input of deterministic A/B bucketing. */
  userId?: string;
  role?: string;
  /** Answers to "What are you into?" during onboarding. */
  interests?: readonly string[];
  /** BCP 47 language tag, e.g. `de-CH`. */
  locale?: string;
  /** The moment rules are evaluated at (defaults to now); fixes time-of-day rules in tests and previews. */
  now?: Date | number;
  /** IANA time zone for time-of-day rules (defaults to the machine's). */
  timeZone?: string;
  readonly [attribute: string]: unknown;
}

/** A personalized starting point for one document, always with a human-readable reason. */
export interface PersonalizedDefaults {
  /** A partial of the document's value, merged over the library defaults like the user's layer. */
  value: unknown;
  /** Why the user gets this, shown to them: "Suggested for the Sales role". */
  reason?: string;
  /** The A/B variant (or rule name) this value came from, for analytics. */
  variant?: string;
}

/**
 * Computes personalized defaults for a document (`key`) from the context. May be async. Returning
 * `undefined` means "no personalization for this document". A provider that throws, rejects or
 * answers garbage does not break anything: the document falls back to library defaults and says so.
 */
export type DefaultsProvider = (
  key: string,
  context: PersonalizationContext,
) => PersonalizedDefaults | undefined | PromiseLike<PersonalizedDefaults | undefined>;

/** Documents a rule or variant applies to, with the partial value for each (keyed by document key). */
export type DocumentValues = Readonly<Record<string, unknown>>;
