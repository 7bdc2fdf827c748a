import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contrastRatio, parseColor, tintedTextColor } from '../../../src/core/color/index.js';
import { resolveBrand } from '../../../src/core/chat/index.js';

const byte = fc.integer({ min: 0, max: 255 });
const hex = fc
  .tuple(byte, byte, byte)
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);
/** Brand colours as integrators type them: hex, rgb() and hsl(), including the hard mid-greys. */
const brandColor = fc.oneof(
  hex,
  fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r} ${g} ${b})`),
  fc
    .tuple(fc.integer({ min: 0, max: 359 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([h, s, l]) => `hsl(${h} ${s}% ${l}%)`),
  fc.integer({ min: 0x70, max: 0x80 }).map((n) => `#${n.toString(16).repeat(3)}`),
);

describe('tintedTextColor', () => {
  it('property: the text colour derived for any brand colour reaches 4.5:1', () => {
    fc.assert(
      fc.property(brandColor, (color) => {
        const text = tintedTextColor(color);
        expect(contrastRatio(text, color), `${text} on ${color}`).to.be.at.least(4.5);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: the widget brand never ships an unreadable pair, whatever text colour is asked for', () => {
    fc.assert(
      fc.property(brandColor, fc.option(hex, { nil: undefined }), (color, textColor) => {
        const { properties } = resolveBrand({ color, textColor });
        const on = properties['--tk-chat-on-brand'];
        const shipped = properties['--tk-chat-brand'];
        expect(contrastRatio(on, shipped)).to.be.at.least(4.5);
        // Judged against the brand colour as shipped (a hex, rounded from an hsl() or rgb() given):
        // a pair at 4.50 before rounding can fall just below it after.
        if (textColor && contrastRatio(textColor, shipped) >= 4.5)
          expect(on).to.equal(parseColor(textColor) && textColor);
      }),
      { numRuns: 1000 },
    );
  });

  it('replays the pair the property once found: readable before the brand is rounded to a hex, not after', () => {
    const { properties } = resolveBrand({ color: 'hsl(0 3% 37%)', textColor: '#00ecf4' });
    expect(contrastRatio('#00ecf4', 'hsl(0 3% 37%)')).to.be.at.least(4.5);
    expect(contrastRatio(properties['--tk-chat-on-brand'], properties['--tk-chat-brand'])).to.be.at.least(4.5);
  });

  it('keeps the brand hue instead of falling back to plain black or white', () => {
    for (const color of ['#6d28d9', '#0ea5e9', '#fde047', '#e11d48', '#15803d']) {
      const text = tintedTextColor(color);
      expect(text, color).not.to.be.oneOf(['#000000', '#ffffff']);
      expect(contrastRatio(text, color)).to.be.at.least(4.5);
    }
    // A light brand gets dark text of its own hue, a dark one light text.
    const onYellow = parseColor(tintedTextColor('#fde047'))!;
    expect(onYellow.r).to.be.greaterThan(onYellow.b);
    const onPurple = parseColor(tintedTextColor('#6d28d9'))!;
    expect(onPurple.b).to.be.greaterThan(onPurple.g);
  });

  it('falls back to the better of black and white for a minimum no tint can reach', () => {
    expect(tintedTextColor('#777777', { minimum: 10 })).to.be.oneOf(['#000000', '#ffffff']);
    expect(() => tintedTextColor('not a colour')).to.throw(TypeError, /background/);
  });
});
