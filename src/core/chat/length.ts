const LENGTH = /^(?:0|\d{1,3}(?:\.\d+)?(?:px|rem|em))$/;

/** A length for `input` (a number of pixels, alone or as text, or with `px`, `rem`, `em`), or `undefined`: never an expression. */
export function cssLength(input: unknown): string | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 && input <= 999 ? `${input}px` : undefined;
  if (typeof input !== 'string') return undefined;
  const value = input.trim();
  if (/^\d{1,3}(?:\.\d+)?$/.test(value)) return `${value}px`;
  return LENGTH.test(value) ? value : undefined;
}
