/** Weekdays as the hours table names them. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * When someone answers: opening ranges per weekday as 24-hour `HH:MM` pairs, in a time zone.
 * A day without ranges is closed; a range may end at `24:00`.
 *
 * ```ts
 * { timeZone: 'Europe/Riga', days: { mon: [['09:00', '17:00']], sat: [['10:00', '14:00']] } }
 * ```
 */
export interface BusinessHours {
  /** IANA time zone; the visitor's own by default. */
  timeZone?: string;
  days: Partial<Record<Weekday, [string, string][]>>;
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

const minutes = (time: string): number | undefined => {
  const match = TIME.exec(time);
  if (!match) return undefined;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return value <= 24 * 60 ? value : undefined;
};

/** Problems with a business hours value, as sentences; empty when it is valid. */
export function hoursProblems(hours: unknown): string[] {
  if (typeof hours !== 'object' || hours === null) return ['hours must be an object with days'];
  const { timeZone, days } = hours as Record<string, unknown>;
  const problems: string[] = [];
  if (timeZone !== undefined) {
    try {
      if (typeof timeZone !== 'string') throw new TypeError();
      new Intl.DateTimeFormat('en', { timeZone });
    } catch {
      problems.push(`hours.timeZone ${JSON.stringify(timeZone)} is not a time zone`);
    }
  }
  if (typeof days !== 'object' || days === null) return [...problems, 'hours.days must be an object'];
  for (const [day, ranges] of Object.entries(days)) {
    if (!WEEKDAYS.includes(day as Weekday)) problems.push(`hours.days.${day} is not a weekday (mon … sun)`);
    else if (
      !Array.isArray(ranges) ||
      !ranges.every((range) => {
        if (!Array.isArray(range) || range.length !== 2) return false;
        const [from, to] = range.map((t) => (typeof t === 'string' ? minutes(t) : undefined));
        return from !== undefined && to !== undefined && from < to;
      })
    )
      problems.push(`hours.days.${day} must be a list of ["HH:MM", "HH:MM"] ranges`);
  }
  return problems;
}

/** Whether `date` falls in the business hours. Invalid hours count as always open. */
export function isWithinHours(hours: BusinessHours, date: Date): boolean {
  if (hoursProblems(hours).length > 0) return true;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: hours.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').toLowerCase().slice(0, 3) as Weekday;
  const now = Number(part('hour')) * 60 + Number(part('minute'));
  return (hours.days[day] ?? []).some(([from, to]) => minutes(from)! <= now && now < minutes(to)!);
}
