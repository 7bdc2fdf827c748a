// The filter engine on 100,000 records with a 20-condition, 3-level filter over every field type:
//   compile+run   compile the filter, then run the predicate over every record (what a view does
//                 when the filter changes)
//   evaluate      the interpreted evaluate(filter, record) over every record, for comparison
// One JSON line per figure; `matched` is printed so both runs are seen to agree.
import { compile, evaluate, type FieldDefinition, type Filter, type FilterCondition } from '../src/index.js';
import { percentile, sample } from './support.js';

const RECORDS = 100_000;
const STAGES = ['lead', 'qualified', 'proposal', 'won', 'lost'];
const CITIES = ['Paris', 'Zürich', 'São Paulo', 'Kraków', 'Tokyo', 'Lagos', 'Montréal', 'Oslo'];

const fields: FieldDefinition[] = [
  { id: 'name', label: 'Name', type: 'text' },
  { id: 'city', label: 'City', type: 'text' },
  { id: 'email', label: 'Email', type: 'text' },
  { id: 'amount', label: 'Amount', type: 'currency' },
  { id: 'score', label: 'Score', type: 'number' },
  { id: 'created', label: 'Created', type: 'date' },
  { id: 'closed', label: 'Closed', type: 'date' },
  { id: 'stage', label: 'Stage', type: 'enum', options: STAGES.map((s) => ({ value: s, label: s })) },
  { id: 'vip', label: 'VIP', type: 'boolean' },
];

let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const records = Array.from({ length: RECORDS }, (_, i) => ({
  name: `Client ${i} ${pick(['Ana', 'Émile', 'Li', 'Zoë', 'Björn'])}`,
  city: pick(CITIES),
  email: i % 7 === 0 ? '' : `client${i}@example.com`,
  amount: Math.round(random() * 100_000) / 100,
  score: Math.floor(random() * 100),
  created: new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 365 * 86_400_000)).toISOString(),
  closed: i % 3 === 0 ? null : `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  stage: pick(STAGES),
  vip: i % 5 === 0,
}));

const c = (field: string, operator: FilterCondition['operator'], value?: unknown): FilterCondition =>
  value === undefined ? { type: 'condition', field, operator } : { type: 'condition', field, operator, value };

// 20 conditions, 3 levels (root, groups, sub-groups).
const filter: Filter = {
  version: 1,
  root: {
    type: 'group',
    combinator: 'and',
    children: [
      c('stage', 'noneOf', ['lost']),
      c('amount', 'between', [10, 900]),
      {
        type: 'group',
        combinator: 'or',
        children: [
          c('city', 'contains', 'paul'),
          c('city', 'equals', 'zurich'),
          c('name', 'startsWith', 'client 1'),
          {
            type: 'group',
            combinator: 'and',
            not: true,
            children: [c('vip', 'isTrue'), c('score', 'lt', 20), c('email', 'isEmpty')],
          },
        ],
      },
      {
        type: 'group',
        combinator: 'or',
        children: [
          c('created', 'after', '2024-02-01'),
          c('created', 'inLast', 30),
          c('closed', 'before', '2024-06-01'),
          { type: 'group', combinator: 'and', children: [c('closed', 'isNotEmpty'), c('closed', 'on', '2024-03-03')] },
        ],
      },
      {
        type: 'group',
        combinator: 'or',
        children: [
          c('score', 'gte', 10),
          c('name', 'notContains', 'zoe'),
          c('email', 'endsWith', '.com'),
          {
            type: 'group',
            combinator: 'or',
            children: [c('amount', 'gt', 5), c('stage', 'anyOf', ['won', 'proposal'])],
          },
        ],
      },
    ],
  },
};

const options = { timeZone: 'Europe/Paris', now: Date.UTC(2024, 11, 1), locale: 'en' };

function run(label: string, runs: number, once: () => number): void {
  once();
  const samples: number[] = [];
  let matched = 0;
  for (let i = 0; i < runs; i++) samples.push(sample(label, () => void (matched = once())));
  console.log(
    JSON.stringify({
      bench: 'filter',
      name: label,
      n: RECORDS,
      conditions: 20,
      levels: 3,
      runs,
      matched,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
    }),
  );
}

// Let the page finish loading before the long synchronous runs.
await new Promise((resolve) => setTimeout(resolve, 50));
run('compile+run', 30, () => {
  const match = compile(filter, fields, options);
  let n = 0;
  for (const record of records) if (match(record)) n++;
  return n;
});
run('evaluate', 5, () => {
  let n = 0;
  for (const record of records) if (evaluate(filter, record, fields, options)) n++;
  return n;
});
console.log(JSON.stringify({ bench: 'done' }));
