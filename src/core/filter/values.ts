/**
 * Values as filters see them: emptiness, and dates as calendar days in a time zone.
 */

/** Empty: `undefined`, `null`, `''`, whitespace-only text or `[]`. `0` and `false` are values. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), without `Date` and its two-digit years. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `[year, month, day]` of a day number (the inverse of `daysFromCivil`). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (month <= 2 ? 1 : 0), month, day];
}

const DAY_MS = 86_400_000;
const ISO =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** A parsed ISO 8601 date: a calendar day as written, or an instant (it had a UTC offset). */
export type IsoDate = { day: number } | { instant: number };

/**
 * Reads an ISO 8601 date (`2024-03-05`) or date-time (`2024-03-05T10:00`, with or without a UTC
 * offset). Without an offset, the date part is the calendar day; with one, it is an instant.
 * Anything else, including impossible dates (`2024-02-30`), gives `undefined`.
 */
export function parseIsoDate(text: string): IsoDate | undefined {
  return parseCommonIso(text) ?? parseAnyIso(text);
}

/** The digit at `at`, or `NaN` (which carries through the sums it is part of). */
const digit = (text: string, at: number): number => {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};
const twoDigits = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/** Days before each month of a common year. */
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Days from 0001-01-01 to 1970-01-01. */
const EPOCH_FROM_YEAR_1 = 719_162;

/**
 * The two forms records hold most, read without a regular expression or an allocation:
 * `2024-03-05` gives its day and `2024-03-05T10:00:00.000Z` (what `Date#toISOString` writes) its
 * instant in milliseconds (the length says which). `NaN` for any other form.
 */
function readCommonIso(text: string): number {
  const { length } = text;
  if (length !== 10 && (length !== 24 || text.charCodeAt(23) !== 90) /* Z */) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const dayOfMonth = twoDigits(text, 8);
  // Comparisons with NaN are false, so a non-digit anywhere above ends here (year 0 is read by the
  // general reader).
  if (!(year >= 1 && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= daysInMonth(year, month))) {
    return Number.NaN;
  }
  const leap = isLeapYear(year);
  const before = year - 1;
  const day =
    before * 365 +
    Math.trunc(before / 4) -
    Math.trunc(before / 100) +
    Math.trunc(before / 400) -
    EPOCH_FROM_YEAR_1 +
    MONTH_STARTS[month - 1] +
    (leap && month > 2 ? 1 : 0) +
    dayOfMonth -
    1;
  if (length === 10) return day;
  if (text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  if (text.charCodeAt(19) !== 46 /* . */) return Number.NaN;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const ms = digit(text, 20) * 100 + twoDigits(text, 21);
  if (!(hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) return Number.NaN;
  return day * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

function parseCommonIso(text: string): IsoDate | undefined {
  const read = readCommonIso(text);
  if (Number.isNaN(read)) return undefined;
  return text.length === 10 ? { day: read } : { instant: read };
}

function parseAnyIso(text: string): IsoDate | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return undefined;
  const day = daysFromCivil(year, month, dayOfMonth);
  if (zone === undefined) return { day };
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5) || 0);
    if (hours > 23 || minutes > 59) return undefined;
    offset = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  const millis = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
  const wall = day * DAY_MS + Number(h) * 3_600_000 + Number(mi) * 60_000 + Number(s ?? 0) * 1000 + millis;
  return { instant: wall - offset };
}

/** Offsets of this many UTC days are kept, each in the slot its day number gives (modulo). */
const SLOTS = 4096;

/** A UTC day that holds one offset change: the offset before `at` (an instant) and from it on. */
interface Transition {
  at: number;
  before: number;
  after: number;
}

/**
 * Calendar days of instants in one time zone. Offsets are looked up through `Intl` once per UTC day
 * (at its first and last second) and reused; for a day that holds an offset change, the second it
 * happens at is found once (by halving the day), and a day with more than one change is looked up
 * instant by instant.
 */
export class ZoneDays {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
  /** The UTC day each slot holds (NaN: none yet) and that day's offset (NaN: it holds a change). */
  readonly #days = new Float64Array(SLOTS).fill(Number.NaN);
  readonly #offsets = new Float64Array(SLOTS);
  readonly #transitions = new Map<number, Transition | null>();

  /** Throws a `RangeError` for a time zone the runtime does not know. */
  constructor(timeZone?: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.timeZone = this.#format.resolvedOptions().timeZone;
  }

  /** The zone's UTC offset in milliseconds at an instant, looked up exactly. */
  #exactOffset(ms: number): number {
    const parts: Record<string, string> = {};
    for (const part of this.#format.formatToParts(ms)) parts[part.type] = part.value;
    const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
    const wall =
      daysFromCivil(year, Number(parts.month), Number(parts.day)) * DAY_MS +
      Number(parts.hour) * 3_600_000 +
      Number(parts.minute) * 60_000 +
      Number(parts.second) * 1000;
    return wall - Math.floor(ms / 1000) * 1000;
  }

  /** The offset change within a UTC day whose first and last seconds have different offsets. */
  #transition(day: number): Transition | null {
    let found = this.#transitions.get(day);
    if (found !== undefined) return found;
    let low = day * DAY_MS;
    let high = low + DAY_MS - 1000;
    const before = this.#exactOffset(low);
    const after = this.#exactOffset(high);
    // `low` has the first offset and `high` does not: halve down to the second the change happens at.
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (this.#exactOffset(middle) === before) low = middle;
      else high = middle;
    }
    found = this.#exactOffset(high) === after ? { at: high, before, after } : null;
    this.#transitions.set(day, found);
    return found;
  }

  offset(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    const slot = day & (SLOTS - 1);
    let offset: number;
    if (this.#days[slot] === day) offset = this.#offsets[slot]!;
    else {
      const start = this.#exactOffset(day * DAY_MS);
      offset = start === this.#exactOffset(day * DAY_MS + DAY_MS - 1000) ? start : Number.NaN;
      this.#days[slot] = day;
      this.#offsets[slot] = offset;
    }
    if (!Number.isNaN(offset)) return offset;
    const transition = this.#transition(day);
    if (!transition) return this.#exactOffset(ms);
    return ms < transition.at ? transition.before : transition.after;
  }

  /** The calendar day (days from 1970-01-01) of an instant in this zone. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY_MS);
  }

  /** The calendar day of a date value: an ISO 8601 string or a valid `Date`; `undefined` for anything else. */
  dayOfValue(value: unknown): number | undefined {
    if (typeof value === 'string') {
      const common = readCommonIso(value);
      if (!Number.isNaN(common)) return value.length === 10 ? common : this.dayOf(common);
      const parsed = parseAnyIso(value);
      if (!parsed) return undefined;
      return 'day' in parsed ? parsed.day : this.dayOf(parsed.instant);
    }
    if (value instanceof Date) {
      const ms = value.getTime();
      return Number.isNaN(ms) ? undefined : this.dayOf(ms);
    }
    return undefined;
  }
}

const zones = new Map<string, ZoneDays>();

/** One `ZoneDays` per time zone for the page (the offset cache is shared). */
export function zoneDays(timeZone?: string): ZoneDays {
  const key = timeZone ?? '';
  let zone = zones.get(key);
  if (!zone) {
    zone = new ZoneDays(timeZone);
    zones.set(key, zone);
  }
  return zone;
}
