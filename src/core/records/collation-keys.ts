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

/** Per collator: each ASCII code's weight (`''` when ignorable; the digit-group mark at `'0'`), or null. */
const tables = new WeakMap<Intl.Collator, string[] | null>();

function table(collator: Intl.Collator): string[] | null {
  let found = tables.get(collator);
  if (found !== undefined) return found;
  const chars = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter(
    (char) => !/[0-9]/.test(char) && collator.compare(char, '') !== 0,
  );
  chars.sort(collator.compare);
  const weights = Array.from({ length: 128 }, () => '');
  let weight = 0;
  chars.forEach((char, index) => {
    if (index > 0 && collator.compare(chars[index - 1], char) !== 0) weight++;
    weights[char.charCodeAt(0)] = String.fromCharCode(0x100 + weight * 2);
  });
  // The digit group sits where "0" sorts among the other characters.
  const zeroAfter = chars.filter((char) => collator.compare(char, '0') < 0).length;
  const digitMark = zeroAfter === 0 ? 0x100 - 1 : weights[chars[zeroAfter - 1].charCodeAt(0)].charCodeAt(0) + 1;
  weights[0x30] = String.fromCharCode(digitMark);
  // Two-letter sequences the locale treats as one letter would break a per-character table.
  const pairsBehave = ['ch', 'll', 'cs', 'aa', 'ij', 'ny'].every(
    (pair) => Math.sign(collator.compare(pair, `${pair[0]}z`)) === -1,
  );
  found = pairsBehave ? weights : null;
  tables.set(collator, found);
  return found;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The key of `text`, or `undefined` when it is not ASCII or the collator has no table. */
export function asciiCollationKey(text: string, collator: Intl.Collator): string | undefined {
  const weights = table(collator);
  if (!weights) return undefined;
  const digitMark = weights[0x30];
  let key = '';
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return undefined;
    if (!isDigit(code)) {
      key += weights[code];
      index++;
      continue;
    }
    // A digit run: its leading zeros dropped (one zero kept), then its length and its digits.
    let start = index;
    while (start + 1 < text.length && text.charCodeAt(start) === 0x30 && isDigit(text.charCodeAt(start + 1))) start++;
    let end = start + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    key += digitMark + String.fromCharCode(0x1000 + end - start) + text.slice(start, end);
    index = end;
  }
  return key;
}
