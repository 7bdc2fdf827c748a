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
/** Offsets are looked up once per UTC day; a day that holds a transition is looked up instant by instant. */
const BUCKET_MS = DAY_MS;
const ISO =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
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

const digits = (text: string, at: number, count: number): number => {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
};

/**
 * The two forms records hold most, read without a regular expression: `2024-03-05` and
 * `2024-03-05T10:00:00.000Z` (what `Date#toISOString` writes). `undefined` for any other form.
 */
function parseCommonIso(text: string): IsoDate | undefined {
  if (text.length !== 10 && (text.length !== 24 || text.charCodeAt(23) !== 90) /* Z */) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const dayOfMonth = digits(text, 8, 2);
  if (!(month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= daysInMonth(year, month))) return undefined;
  const day = daysFromCivil(year, month, dayOfMonth);
  if (text.length === 10) return { day };
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.') return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  if (!(hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) return undefined;
  return { instant: day * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms };
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

/**
 * Calendar days of instants in one time zone. Offsets are looked up through `Intl` once per UTC day
 * (at its first and last second) and reused; a day that holds a transition is looked up instant by
 * instant.
 */
export class ZoneDays {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #offsets = new Map<number, number>();

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

  offset(ms: number): number {
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = this.#offsets.get(bucket);
    if (offset === undefined) {
      const start = this.#exactOffset(bucket * BUCKET_MS);
      offset = start === this.#exactOffset(bucket * BUCKET_MS + BUCKET_MS - 1000) ? start : Number.NaN;
      if (this.#offsets.size > 50_000) this.#offsets.clear();
      this.#offsets.set(bucket, offset);
    }
    return Number.isNaN(offset) ? this.#exactOffset(ms) : offset;
  }

  /** The calendar day (days from 1970-01-01) of an instant in this zone. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY_MS);
  }

  /** The calendar day of a date value: an ISO 8601 string or a valid `Date`; `undefined` for anything else. */
  dayOfValue(value: unknown): number | undefined {
    if (typeof value === 'string') {
      const parsed = parseIsoDate(value);
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
