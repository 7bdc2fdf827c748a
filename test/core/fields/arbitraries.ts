import fc from 'fast-check';
import type { FieldDefinition } from '../../../src/core/fields/index.js';

/** Ids drawn from a small pool, so operations and stored states hit known fields often. */
export const ID_POOL = ['name', 'email', 'phone', 'stage', 'amount', 'owner', 'created', 'vip', 'city', 'notes'];

export const fieldId = fc.constantFrom(...ID_POOL);

/** A definitions array with unique ids from the pool, some required, pinned, default-visible. */
export const fieldDefinitions: fc.Arbitrary<FieldDefinition[]> = fc
  .uniqueArray(fieldId, { minLength: 1, maxLength: ID_POOL.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            label: fc.constant(id[0].toUpperCase() + id.slice(1)),
            type: fc.constantFrom('text', 'number', 'currency', 'date', 'enum', 'boolean'),
            category: fc.constantFrom('Contact', 'Deal', 'Other'),
            required: fc.boolean(),
            pinned: fc.constantFrom<'start' | 'end'>('start', 'end'),
            defaultVisible: fc.boolean(),
          },
          { requiredKeys: ['id', 'label', 'type'] },
        ),
      ),
    ),
  );
