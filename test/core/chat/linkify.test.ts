import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linkify } from '../../../src/core/chat/index.js';

const pieces = fc.constantFrom(
  'https://acme.example/a?b=1',
  'www.acme.example',
  'help@acme.example',
  'tel:+1 555 0100',
  'mailto:x@y.example',
  'javascript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'http://localhost',
  '(',
  ')',
  '.',
  ',',
  ' ',
  '\n',
  '<b>',
  '"',
  'é',
  'a',
);

describe('linkify', () => {
  it('property: the text shown never changes and links are only http(s), mailto or tel', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const segments = linkify(text);
        expect(segments.map((s) => s.text).join('')).to.equal(text);
        for (const { href } of segments) {
          if (href !== undefined) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans long runs without an address in linear time (no catastrophic backtracking)', () => {
    for (const text of ['A'.repeat(200_000), `tel:${' '.repeat(100_000)}x`, `${'a.'.repeat(50_000)}@`]) {
      expect(
        linkify(text)
          .map((s) => s.text)
          .join(''),
      ).to.equal(text);
    }
  });
});
