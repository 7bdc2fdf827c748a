// The compiled filter's fast paths, each held to the plain definition it shortcuts: text read as
// ASCII without folding, folds and collations remembered per text, cheap conditions tested first,
// ISO dates read without a regular expression, and zone offsets kept per day with the second of
// each change found once.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compile,
  evaluate,
  foldText,
  parseIsoDate,
  ZoneDays,
  type FieldDefinition,
  type Filter,
  type FilterOperator,
} from '../../../src/index.js';

const FIELDS: FieldDefinition[] = [{ id: 'name', label: 'Name', type: 'text' }];
const TEXT_OPERATORS: FilterOperator[] = ['contains', 'notContains', 'equals', 'notEquals', 'startsWith', 'endsWith'];
const LOCALES = ['en', 'de', 'sv', 'tr', 'az', 'lt', 'fr-CA'];

/** Code units that fold or collate in every way that matters: case, marks, digits, expansions, non-Latin. */
const UNITS = [
  ...'aAbBiIzZ09 .-_@',
  ...'éÉëÆæøØßẞİıΣσςÅå',
  '\u0301', // combining acute accent
  '\u0307', // combining dot above (Turkish and Lithuanian casing)
  '한', // folds to three jamo (NFD)
  '日',
  'ﬁ',
  '\u0000',
  '\t',
  '😀',
  '\ud800', // a lone surrogate
];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 });
/** A query: any text, or a piece of `value` with its case changed, so that matches are common. */
const queryFor = (value: string) =>
  fc.oneof(
    text,
    fc
      .tuple(fc.nat(value.length), fc.nat(value.length))
      .map(([a, b]) => value.slice(Math.min(a, b), Math.max(a, b)))
      .chain((piece) => fc.constantFrom(piece, piece.toUpperCase(), piece.toLowerCase(), ` ${piece} `)),
  );

/** The definition of each text operator, written directly. */
function expected(operator: FilterOperator, value: string, query: string, locale: string): boolean {
  const q = query.trim();
  const blank = value.trim() === '';
  const folded = blank ? undefined : foldText(value, locale);
  const fq = foldText(q, locale);
  switch (operator) {
    case 'equals':
    case 'notEquals': {
      const equal = !blank && new Intl.Collator(locale, { sensitivity: 'base' }).compare(value, q) === 0;
      return operator === 'equals' ? equal : !equal;
    }
    case 'startsWith':
      return folded?.startsWith(fq) ?? false;
    case 'endsWith':
      return folded?.endsWith(fq) ?? false;
    case 'contains':
      return folded?.includes(fq) ?? false;
    default:
      return !(folded?.includes(fq) ?? false);
  }
}

const one = (operator: FilterOperator, value: string): Filter => ({
  version: 1,
  root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'name', operator, value }] },
});

describe('compiled filter fast paths', () => {
  it('text conditions agree with folding and the collator on any text, in any locale (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXT_OPERATORS),
        fc.constantFrom(...LOCALES),
        text.chain((value) => fc.tuple(fc.constant(value), queryFor(value))),
        (operator, locale, [value, query]) => {
          if (query.trim() === '') return; // an inactive condition: covered by the semantics tests
          const filter = one(operator, query);
          const want = expected(operator, value, query, locale);
          const label = `${operator} ${JSON.stringify(query)} on ${JSON.stringify(value)} in ${locale}`;
          expect(compile(filter, FIELDS, { locale })({ name: value }), label).to.equal(want);
          expect(evaluate(filter, { name: value }, FIELDS, { locale }), label).to.equal(want);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('one compiled filter answers alike for many texts, past what it remembers', () => {
    const values = Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? `Zoë ${i}` : i % 3 === 1 ? `zoe ${i % 50}` : '',
    );
    for (const operator of TEXT_OPERATORS) {
      const query = operator.endsWith('quals') ? 'ZOE 7' : 'zoe 1';
      const match = compile(one(operator, query), FIELDS);
      // Twice over, so the second pass reads what the first remembered.
      for (const step of [1, 7]) {
        for (let i = 0; i < values.length; i += step) {
          expect(match({ name: values[i] }), `${operator} ${values[i]}`).to.equal(
            expected(operator, values[i], query, 'en'),
          );
        }
      }
    }
  });

  it('reads ISO dates of the common forms as the general reader does (property)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        // Century and leap years, and the ends of months, come up often.
        fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 4, 1900, 2000, 2023, 2024, 2100, 2400)),
        fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2)),
        fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 31 })),
        fc.integer({ min: 0, max: 86_399_999 }),
        fc.boolean(),
        (year, month, day, ms, withTime) => {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          // The same day through Date, which knows the calendar.
          const reference = new Date(0);
          reference.setUTCFullYear(year, month - 1, day);
          const real =
            month >= 1 &&
            month <= 12 &&
            reference.getUTCFullYear() === year &&
            reference.getUTCMonth() === month - 1 &&
            reference.getUTCDate() === day;
          const days = Math.floor(reference.getTime() / 86_400_000);
          if (!withTime) {
            expect(parseIsoDate(date), date).to.deep.equal(real ? { day: days } : undefined);
            return;
          }
          const iso = `${date}T${new Date(ms).toISOString().slice(11)}`;
          expect(parseIsoDate(iso), iso).to.deep.equal(real ? { instant: days * 86_400_000 + ms } : undefined);
          // The general reader (another offset form) agrees on the instant.
          if (real) expect(parseIsoDate(iso.replace('Z', '+00:00')), iso).to.deep.equal(parseIsoDate(iso));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives each instant its calendar day in the zone, around offset changes too (property)', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Tehran', 'UTC'];
    /** The zone's calendar day of an instant, asked of Intl directly. */
    const exactDay = (timeZone: string, ms: number): number => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
          .formatToParts(ms)
          .map((part) => [part.type, part.value]),
      );
      return Math.floor(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / 86_400_000);
    };
    // Instants near the changes of 2000 to 2030 (March/April and September to November) and anywhere.
    const near = fc
      .tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.constantFrom(2, 3, 8, 9, 10),
        fc.integer({ min: 0, max: 45 * 86_400_000 }),
      )
      .map(([year, month, offset]) => Date.UTC(year, month, 1) + offset);
    const anywhere = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.oneof(near, anywhere), { minLength: 1, maxLength: 20 }),
        (zone, instants) => {
          const days = new ZoneDays(zone);
          for (const ms of instants) {
            expect(days.dayOf(ms), `${new Date(ms).toISOString()} in ${zone}`).to.equal(exactDay(zone, ms));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
