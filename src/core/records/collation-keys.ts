/**
 * Sort keys for plain ASCII text that order exactly as a record view's collator does
 * (`Intl.Collator(locale, { sensitivity: 'base', numeric: true })`), so most business text sorts
 * by cheap string comparison instead of a collator call per comparison.
 *
 * The table of character weights is read from the collator itself: each ASCII character's place
 * among the others, characters it calls equal ("a" and "A") sharing one, ignorable ones (control
 * characters) left out. Digit runs become one digit-group mark, their length without leading zeros
 * and their digits, which orders them by value as numeric collation does. A locale whose collator
 * orders ASCII another way (contractions such as Czech "ch") gets no table, and its text is compared
 * by the collator.
 */

const DIGITS = /[0-9]+/y;
const tables = new WeakMap<Intl.Collator, Map<number, string> | null>();

function table(collator: Intl.Collator): Map<number, string> | null {
  let found = tables.get(collator);
  if (found !== undefined) return found;
  const chars = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter(
    (char) => !/[0-9]/.test(char) && collator.compare(char, '') !== 0,
  );
  chars.sort(collator.compare);
  const weights = new Map<number, string>();
  let weight = 0;
  chars.forEach((char, index) => {
    if (index > 0 && collator.compare(chars[index - 1], char) !== 0) weight++;
    weights.set(char.charCodeAt(0), String.fromCharCode(0x100 + weight * 2));
  });
  // The digit group sits where "0" sorts among the other characters.
  const zeroAfter = chars.filter((char) => collator.compare(char, '0') < 0).length;
  const digitMark = zeroAfter === 0 ? 0x100 - 1 : weights.get(chars[zeroAfter - 1].charCodeAt(0))!.charCodeAt(0) + 1;
  weights.set(0x30, String.fromCharCode(digitMark));
  // Two-letter sequences the locale treats as one letter would break a per-character table.
  const pairsBehave = ['ch', 'll', 'cs', 'aa', 'ij', 'ny'].every(
    (pair) => Math.sign(collator.compare(pair, `${pair[0]}z`)) === -1,
  );
  found = pairsBehave ? weights : null;
  tables.set(collator, found);
  return found;
}

// eslint-disable-next-line no-control-regex -- ASCII is exactly U+0000 to U+007F.
const ASCII = /^[\x00-\x7f]*$/;

/** The key of `text`, or `undefined` when it is not ASCII or the collator has no table. */
export function asciiCollationKey(text: string, collator: Intl.Collator): string | undefined {
  if (!ASCII.test(text)) return undefined;
  const weights = table(collator);
  if (!weights) return undefined;
  const digitMark = weights.get(0x30)!;
  let key = '';
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) {
      DIGITS.lastIndex = index;
      const run = DIGITS.exec(text)![0];
      index += run.length;
      const value = run.replace(/^0+(?=\d)/, '');
      key += digitMark + String.fromCharCode(0x1000 + value.length) + value;
      continue;
    }
    key += weights.get(code) ?? '';
    index++;
  }
  return key;
}
