import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FieldSearch,
  FieldSet,
  findFields,
  foldText,
  foldTextWithMap,
  hideFields,
  sanitizeVisible,
  SearchSession,
  searchFields,
  showFields,
} from '../../../src/core/fields/index.js';
import { fieldDefinitions, fieldId } from './arbitraries.js';

const set = new FieldSet([
  { id: 'notes', label: 'Internal notes', type: 'text', category: 'Other' },
  { id: 'email', label: 'Email', type: 'text', category: 'Contact', synonyms: ['e-mail', 'Courriel'] },
  { id: 'emile', label: 'Émile’s score', type: 'number', category: 'Scores' },
  { id: 'owner', label: 'Deal owner', type: 'text', category: 'Deal' },
  { id: 'strasse', label: 'Straße', type: 'text', category: 'Adresse' },
]);

const ids = (query: string) => searchFields(set, query).map((m) => m.field.id);

describe('field search', () => {
  it('ignores case and diacritics', () => {
    expect(ids('EMILE')).to.deep.equal(['emile']);
    expect(ids('émile')).to.deep.equal(['emile']);
    expect(foldText('Ça ÉTÉ')).to.equal('ca ete');
  });

  it('ranks prefix matches first, then word starts, then anywhere', () => {
    const matches = searchFields(set, 'e');
    expect(matches.map((m) => m.field.id)).to.deep.equal(['email', 'emile', 'notes', 'owner', 'strasse']);
    expect(matches.map((m) => m.rank)).to.deep.equal([0, 0, 3, 3, 3]);
    expect(searchFields(set, 'contact')[0].rank).to.equal(2);
    expect(ids('no')).to.deep.equal(['notes']);
    expect(searchFields(set, 'no').map((m) => m.rank)).to.deep.equal([1]);
    expect(ids('owner')).to.deep.equal(['owner']);
    expect(searchFields(set, 'owner')[0].rank).to.equal(1);
  });

  it('searches category, id and synonyms, and every word of the query must be found', () => {
    expect(ids('contact')).to.deep.equal(['email']);
    expect(ids('courriel')).to.deep.equal(['email']);
    expect(searchFields(set, 'courriel')[0].synonym).to.deep.equal({ text: 'Courriel', ranges: [[0, 8]] });
    expect(ids('deal own')).to.deep.equal(['owner']);
    expect(ids('deal xyz')).to.deep.equal([]);
  });

  it('returns highlight ranges in the original text', () => {
    const [emile] = searchFields(set, 'mile');
    expect(emile.label).to.deep.equal([[1, 5]]);
    expect('Émile’s score'.slice(1, 5)).to.equal('mile');
    expect(searchFields(set, 'straß')[0].label).to.deep.equal([[0, 5]]);
  });

  it('highlights only text that folds to a word of the query', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
        (label, query) => {
          const one = new FieldSet([{ id: 'x', label, type: 'text' }]);
          for (const match of searchFields(one, query)) {
            for (const [start, end] of match.label) {
              expect(start).to.be.within(0, label.length);
              expect(end).to.be.within(start, label.length);
              const words = foldText(query.trim()).split(/\s+/u);
              expect(words.some((w) => foldText(label.slice(start, end)).includes(w))).to.equal(true);
            }
          }
        },
      ),
    );
  });

  it('folds text the same in one pass as code point by code point', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 16 }),
        fc.constantFrom(undefined, 'en', 'tr', 'el'),
        (text, locale) => {
          expect(foldText(text, locale)).to.equal(foldTextWithMap(text, locale).text);
        },
      ),
    );
    expect(foldText('ΣΟΦΟΣ Ñandú İstanbul')).to.equal('σοφοσ nandu istanbul');
  });

  it('lists every field for a blank query', () => {
    expect(ids('   ')).to.deep.equal(['notes', 'email', 'emile', 'owner', 'strasse']);
  });

  it('searching then clearing is the identity', () => {
    fc.assert(
      fc.property(
        fieldDefinitions,
        fc.array(fieldId),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 6 }),
        (defs, start, queries) => {
          const fields = new FieldSet(defs);
          const visible = sanitizeVisible(fields, start).value;
          const before = JSON.stringify(visible);
          const session = new SearchSession<{ scrollTop: number; expanded: string[]; focus: string }>();
          const view = { scrollTop: 120, expanded: ['Contact'], focus: 'email' };
          let current = view;
          for (const query of queries) {
            session.update(query, () => current);
            searchFields(fields, query);
            // Results replace the list (scrolled to the top, categories opened) only while a query is typed.
            if (query.trim() !== '') current = { scrollTop: 0, expanded: ['Contact', 'Deal'], focus: 'search' };
          }
          const restored = session.clear();
          if (queries.some((q) => q.trim() !== '')) expect(restored).to.equal(view);
          else expect(restored).to.equal(undefined);
          expect(JSON.stringify(visible)).to.equal(before);
          expect(session.active).to.equal(false);
        },
      ),
    );
  });

  it('finds the same fields typed one key at a time (narrowing the last result) as searched afresh', () => {
    const words = ['e', 'em', 'mail', 'courriel', 'deal o', 'str', 'ß', 'é', 'notes x', ' '];
    fc.assert(
      fc.property(fieldDefinitions, fc.array(fc.constantFrom(...words), { maxLength: 4 }), (definitions, parts) => {
        const fields = new FieldSet(definitions);
        const search = new FieldSearch();
        const query = parts.join(' ');
        for (let length = 0; length <= query.length; length++) {
          const typed = query.slice(0, length);
          const ids = (hits: { field: { id: string }; rank: number }[]) => hits.map((h) => `${h.field.id}:${h.rank}`);
          expect(ids(search.find(fields, typed))).to.deep.equal(ids(findFields(fields, typed)));
        }
        // Deleting goes back to a wider result, not a narrowed one.
        expect(search.find(fields, '').length).to.equal(fields.size);
      }),
    );
    const search = new FieldSearch();
    expect(search.find(set, 'e').length).to.equal(5);
    expect(search.find(set, 'em').map((hit) => hit.field.id)).to.deep.equal(['email', 'emile']);
    expect(search.find(set, 'e').length).to.equal(5);
  });

  it('keeps ticked fields when a search shows more and hides some', () => {
    const visible = ['email', 'owner'];
    const matched = searchFields(set, 'e').map((m) => m.field.id);
    expect(showFields(set, visible, matched.slice(0, 2))).to.deep.equal(['email', 'owner', 'emile']);
    expect(hideFields(set, visible, ['notes'])).to.deep.equal(visible);
  });
});
