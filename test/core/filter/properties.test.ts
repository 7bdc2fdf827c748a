import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkFilter,
  compile,
  evaluate,
  foldText,
  isEmptyValue,
  normalize,
  type FilterCondition,
  type FilterGroup,
  type FilterV0Group,
  type FilterV0Rule,
} from '../../../src/index.js';
import { FIELDS, fieldOf, filter, record } from './arbitraries.js';

const options = { timeZone: 'Europe/Paris', now: () => Date.UTC(2024, 2, 10, 23, 30), locale: 'en' };

describe('filter properties', () => {
  it('evaluate, evaluate after normalize and compile agree on every record', () => {
    fc.assert(
      fc.property(filter, fc.array(record, { minLength: 1, maxLength: 8 }), (f, records) => {
        const compiled = compile(f, FIELDS, options);
        const normalized = normalize(checkFilter(f, FIELDS).filter);
        for (const r of records) {
          const expected = evaluate(f, r, FIELDS, options);
          expect(evaluate(normalized, r, FIELDS, options), 'normalize').to.equal(expected);
          expect(evaluate(normalize(f), r, FIELDS, options), 'normalize unchecked').to.equal(expected);
          expect(compiled(r), 'compile').to.equal(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('accepts every generated filter unchanged, and a JSON round trip changes nothing', () => {
    fc.assert(
      fc.property(filter, record, (f, r) => {
        const { filter: checked, dropped } = checkFilter(f, FIELDS);
        expect(dropped).to.deep.equal([]);
        const copy = JSON.parse(JSON.stringify(checked));
        expect(copy).to.deep.equal(checked);
        expect(checkFilter(copy, FIELDS).filter).to.deep.equal(checked);
        expect(evaluate(copy, r, FIELDS, options)).to.equal(evaluate(f, r, FIELDS, options));
      }),
    );
  });

  it('normalize is idempotent and leaves no single-child or empty groups', () => {
    fc.assert(
      fc.property(filter, (f) => {
        const once = normalize(f);
        expect(normalize(once)).to.deep.equal(once);
        const walk = (node: FilterGroup | FilterCondition, root: boolean): void => {
          if (node.type !== 'group') return;
          if (!root)
            expect(node.children.length > 1 || (node.not === true && node.children[0].type === 'condition')).to.equal(
              true,
            );
          node.children.forEach((c) => walk(c, false));
        };
        walk(once.root, true);
      }),
    );
  });

  it('never throws on any input, and reports what it drops', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true }), record, (junk, r) => {
        const { filter: checked } = checkFilter(junk, FIELDS);
        expect(checked.version).to.equal(1);
        expect(typeof evaluate(junk, r, FIELDS)).to.equal('boolean');
        expect(typeof compile(junk, FIELDS)(r)).to.equal('boolean');
        expect(
          typeof compile({ version: 1, root: { type: 'group', combinator: 'or', children: [junk] } }, FIELDS)(junk),
        ).to.equal('boolean');
      }),
    );
  });
});

// The version 0 model as older releases meant it, written out directly: values typed as text.
const V0_WORDS = fc.constantFrom('ana', 'Ána', 'li', 'Lí', ' ', '', 'zoë', '<i>');
const v0Rule: fc.Arbitrary<FilterV0Rule> = fc.oneof(
  fc.record({
    field: fc.constantFrom('name', 'city'),
    operator: fc.constantFrom('=', '!=', 'contains', 'doesNotContain', 'beginsWith', 'endsWith', 'null', 'notNull'),
    value: V0_WORDS,
  }),
  fc.record({
    field: fc.constantFrom('amount', 'score'),
    operator: fc.constantFrom('=', '!=', '<', '<=', '>', '>='),
    value: fc.oneof(fc.integer({ min: -3, max: 3 }).map(String), fc.constant('')),
  }),
  fc.record({
    field: fc.constantFrom('amount', 'score'),
    operator: fc.constantFrom('between', 'notBetween'),
    value: fc.constantFrom('1, 2', '-1,3', '2', ''),
  }),
  fc.record({
    field: fc.constant('stage'),
    operator: fc.constantFrom('=', '!=', 'in', 'notIn'),
    value: fc.constantFrom('won', 'lost', 'won, open', 'open,lost'),
  }),
  fc.record({
    field: fc.constant('vip'),
    operator: fc.constantFrom('=', '!='),
    value: fc.constantFrom('true', 'false', true),
  }),
);
const v0Group: fc.Arbitrary<FilterV0Group> = fc.record({
  combinator: fc.constantFrom('and' as const, 'or' as const),
  not: fc.boolean(),
  rules: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: v0Rule },
      {
        weight: 1,
        arbitrary: fc.record({
          combinator: fc.constantFrom('and' as const, 'or' as const),
          rules: fc.array(v0Rule, { maxLength: 3 }),
        }),
      },
    ),
    { maxLength: 4 },
  ),
});

const list = (v: unknown) =>
  String(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? foldText(v) : undefined);

/** `undefined`: the rule takes no part (nothing typed yet). */
function v0Rule_(rule: FilterV0Rule, r: Record<string, unknown>): boolean | undefined {
  const v = r[rule.field];
  const q = typeof rule.value === 'string' ? rule.value.trim() : JSON.stringify(rule.value ?? '');
  if (rule.operator === 'null') return isEmptyValue(v);
  if (rule.operator === 'notNull') return !isEmptyValue(v);
  const type = fieldOf(rule.field).type;
  if (type === 'boolean') {
    const want = rule.value === true || rule.value === 'true';
    return rule.operator === '=' ? v === want : v !== want;
  }
  if (type === 'enum') {
    const set = list(rule.value);
    const any = Array.isArray(v) ? v.some((x) => set.includes(x)) : typeof v === 'string' && set.includes(v);
    return rule.operator === '=' || rule.operator === 'in' ? any : !any;
  }
  if (q === '') return undefined;
  if (type === 'text') {
    const s = str(v);
    const fq = foldText(q);
    switch (rule.operator) {
      case '=':
        return s === fq;
      case '!=':
        return s !== fq;
      case 'contains':
        return s?.includes(fq) ?? false;
      case 'doesNotContain':
        return !(s?.includes(fq) ?? false);
      case 'beginsWith':
        return s?.startsWith(fq) ?? false;
      default:
        return s?.endsWith(fq) ?? false;
    }
  }
  const n = num(v);
  if (rule.operator === 'between' || rule.operator === 'notBetween') {
    const [lo = -Infinity, hi = Infinity] = list(rule.value).map(Number);
    const inside = n !== undefined && n >= lo && n <= hi;
    return rule.operator === 'between' ? inside : !inside;
  }
  const x = Number(q);
  switch (rule.operator) {
    case '=':
      return n === x;
    case '!=':
      return n !== x;
    case '<':
      return n !== undefined && n < x;
    case '<=':
      return n !== undefined && n <= x;
    case '>':
      return n !== undefined && n > x;
    default:
      return n !== undefined && n >= x;
  }
}

function v0Group_(group: FilterV0Group, r: Record<string, unknown>): boolean | undefined {
  const outcomes = group.rules
    .map((rule) => ('rules' in rule ? v0Group_(rule, r) : v0Rule_(rule, r)))
    .filter((o): o is boolean => o !== undefined);
  if (outcomes.length === 0) return undefined;
  const result = group.combinator === 'and' ? outcomes.every(Boolean) : outcomes.some(Boolean);
  return group.not ? !result : result;
}

describe('filter migration', () => {
  it('a version 0 filter evaluates the same after migration', () => {
    fc.assert(
      fc.property(v0Group, fc.array(record, { minLength: 1, maxLength: 6 }), (old, records) => {
        const { filter: migrated, dropped } = checkFilter(old, FIELDS);
        expect(dropped).to.deep.equal([]);
        expect(migrated.version).to.equal(1);
        const compiled = compile(old, FIELDS);
        for (const r of records) {
          const expected = v0Group_(old, r) ?? true;
          expect(evaluate(old, r, FIELDS)).to.equal(expected);
          expect(evaluate(migrated, r, FIELDS)).to.equal(expected);
          expect(compiled(r)).to.equal(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
