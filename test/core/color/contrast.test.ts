import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  contrastRatio,
  readableTextColor,
  relativeLuminance,
  parseColor,
  type Rgba,
} from '../../../src/core/color/index.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const opaque: fc.Arbitrary<Rgba> = fc.record({ r: unit, g: unit, b: unit, alpha: fc.constant(1) });
const byte = fc.integer({ min: 0, max: 255 });
/** Opaque colours as people type them. */
const typed: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(byte, byte, byte).map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`),
  fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`),
  fc
    .tuple(fc.integer({ min: 0, max: 359 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([h, s, l]) => `hsl(${h} ${s}% ${l}%)`),
);

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white and follows the WCAG 2.x weights', () => {
    expect(relativeLuminance('#000')).to.equal(0);
    expect(relativeLuminance('#fff')).to.be.closeTo(1, 1e-12);
    expect(relativeLuminance('#f00')).to.be.closeTo(0.2126, 1e-12);
    expect(relativeLuminance('#0f0')).to.be.closeTo(0.7152, 1e-12);
    expect(relativeLuminance('#00f')).to.be.closeTo(0.0722, 1e-12);
  });
});

describe('contrastRatio', () => {
  it('matches published reference values', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // The classic thresholds: #767676 is the lightest grey passing AA on white, #777 fails it.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.005);
    expect(contrastRatio('#2563eb', 'white')).to.be.closeTo(5.17, 0.005);
  });

  it('is symmetric and within [1, 21] for any pair of opaque colours', () => {
    fc.assert(
      fc.property(opaque, opaque, (a, b) => {
        const ab = contrastRatio(a, b);
        expect(ab).to.equal(contrastRatio(b, a));
        expect(ab).to.be.within(1, 21 + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  it('is 1 exactly when both colours have the same luminance', () => {
    fc.assert(
      fc.property(typed, (color) => {
        expect(contrastRatio(color, color)).to.equal(1);
      }),
    );
  });

  it('paints a translucent foreground over the background, and a translucent background over white', () => {
    expect(contrastRatio('rgb(0 0 0 / 0)', '#2563eb')).to.equal(1);
    expect(contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff')).to.be.closeTo(
      contrastRatio('color(srgb 0.5 0.5 0.5)', '#ffffff'),
      1e-9,
    );
    expect(contrastRatio('#000', 'transparent')).to.be.closeTo(21, 1e-9);
  });

  it('names the argument it cannot read', () => {
    expect(() => contrastRatio('banana', '#fff')).to.throw(TypeError, /foreground.*"banana"/);
    expect(() => contrastRatio('#fff', 'var(--x)')).to.throw(TypeError, /background/);
    expect(() => contrastRatio({ r: NaN, g: 0, b: 0, alpha: 1 }, '#fff')).to.throw(TypeError);
    const hostile = `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`;
    expect(() => contrastRatio(hostile, '#fff'))
      .to.throw(TypeError)
      .with.property('message')
      .that.has.length.below(200);
  });
});

describe('readableTextColor', () => {
  it('reaches 4.5:1 on any opaque background, typed in any syntax', () => {
    fc.assert(
      fc.property(typed, (background) => {
        const text = readableTextColor(background);
        expect(['#000000', '#ffffff']).to.include(text);
        expect(contrastRatio(text, background), `${text} on ${background}`).to.be.at.least(4.5);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(opaque, (background) => {
        expect(contrastRatio(readableTextColor(background), background)).to.be.at.least(4.5);
      }),
      { numRuns: 2000 },
    );
  });

  it('passes even at the worst case, where black and white tie', () => {
    // Luminance 0.1791 is where black and white contrast equally; a grey of that luminance.
    const tie = 'color(srgb-linear 0.1791 0.1791 0.1791)';
    expect(contrastRatio('#000', tie)).to.be.closeTo(contrastRatio('#fff', tie), 0.01);
    expect(contrastRatio(readableTextColor(tie), tie)).to.be.at.least(4.57);
  });

  it('picks the more contrasting of black and white', () => {
    expect(readableTextColor('#2563eb')).to.equal('#ffffff');
    expect(readableTextColor('#fbbf24')).to.equal('#000000');
    expect(readableTextColor('yellow')).to.equal('#000000');
    expect(readableTextColor('navy')).to.equal('#ffffff');
  });

  it('prefers the first candidate that reaches the minimum, as given', () => {
    expect(readableTextColor('#2563eb', { candidates: ['#fefce8', '#f8fafc'] })).to.equal('#fefce8');
    // #93c5fd on blue-600 is only about 2:1, so the next candidate wins.
    expect(readableTextColor('#2563eb', { candidates: ['#93c5fd', 'rgb(248 250 252)'] })).to.equal('rgb(248 250 252)');
    expect(readableTextColor('#2563eb', { candidates: [{ r: 1, g: 1, b: 1, alpha: 1 }] })).to.equal('#ffffff');
    expect(readableTextColor('#2563eb', { candidates: ['#93c5fd'], minimum: 2 })).to.equal('#93c5fd');
  });

  it('falls back to black or white when no candidate reaches the minimum', () => {
    fc.assert(
      fc.property(opaque, fc.array(typed, { maxLength: 4 }), (background, candidates) => {
        const text = readableTextColor(background, { candidates });
        expect(contrastRatio(text, background)).to.be.at.least(4.5);
        if (!candidates.includes(text)) {
          expect(candidates.every((candidate) => contrastRatio(candidate, background) < 4.5)).to.equal(true);
        }
      }),
    );
  });

  it('treats a translucent background as painted over white', () => {
    const text = readableTextColor('rgb(15 23 42 / 0.1)');
    expect(text).to.equal('#000000');
    expect(contrastRatio(text, parseColor('#e7e8ea')!)).to.be.at.least(4.5);
  });

  it('rejects unreadable input with a clear error', () => {
    expect(() => readableTextColor('not a colour')).to.throw(TypeError, /background/);
    expect(() => readableTextColor('#fff', { candidates: ['nope'] })).to.throw(TypeError, /candidate/);
    expect(() => readableTextColor('#fff', { minimum: Number.NaN })).to.throw(RangeError);
  });
});
