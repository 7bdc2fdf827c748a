import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseColor, toHex, type Rgba } from '../../../src/core/color/index.js';

const byte = fc.integer({ min: 0, max: 255 });
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** The browser's own answer: paint the colour on a canvas and read the sRGB pixel back. */
function painted(color: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

function bytes(color: Rgba): [number, number, number] {
  return [Math.round(color.r * 255), Math.round(color.g * 255), Math.round(color.b * 255)];
}

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number, what: string): void {
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i]), `${what}: got ${actual.join(',')}, want ${expected.join(',')}`).to.be.at.most(
      tolerance,
    );
  });
}

describe('parseColor', () => {
  it('reads every hex form, case-insensitively, with and without alpha', () => {
    expect(parseColor('#fff')).to.deep.equal({ r: 1, g: 1, b: 1, alpha: 1 });
    expect(toHex(parseColor('#F0A')!)).to.equal('#ff00aa');
    expect(toHex(parseColor('#11223344')!)).to.equal('#11223344');
    expect(parseColor('#0008')!.alpha).to.be.closeTo(0x88 / 255, 1e-9);
    expect(toHex(parseColor('  #2563EB  ')!)).to.equal('#2563eb');
  });

  it('round-trips any 8-bit colour through hex', () => {
    fc.assert(
      fc.property(byte, byte, byte, (r, g, b) => {
        const hex = `#${hex2(r)}${hex2(g)}${hex2(b)}`;
        expect(toHex(parseColor(hex)!)).to.equal(hex);
      }),
    );
  });

  it('reads named colours and transparent', () => {
    expect(toHex(parseColor('RebeccaPurple')!)).to.equal('#663399');
    expect(toHex(parseColor('white')!)).to.equal('#ffffff');
    expect(parseColor('transparent')).to.deep.equal({ r: 0, g: 0, b: 0, alpha: 0 });
  });

  it('reads legacy and modern rgb() and hsl() with percentages and alpha', () => {
    expect(toHex(parseColor('rgb(37, 99, 235)')!)).to.equal('#2563eb');
    expect(toHex(parseColor('rgba(37,99,235,0.5)')!)).to.equal('#2563eb80');
    expect(toHex(parseColor('rgb(100% 0% 50% / 25%)')!)).to.equal('#ff008040');
    expect(toHex(parseColor('hsl(120, 100%, 25%)')!)).to.equal('#008000');
    expect(toHex(parseColor('hsl(0.5turn 100% 50%)')!)).to.equal('#00ffff');
    expect(toHex(parseColor('hsla(240deg 100% 50% / 0.5)')!)).to.equal('#0000ff80');
    expect(toHex(parseColor('rgb(300 -20 128)')!)).to.equal('#ff0080');
  });

  it('reads what Chromium computes for mixed and relative colours: oklab, oklch and color()', () => {
    expect(toHex(parseColor('color(srgb-linear 1 1 1)')!)).to.equal('#ffffff');
    expect(toHex(parseColor('color(srgb-linear 0.5 0.5 0.5)')!)).to.equal('#bcbcbc');
    expect(toHex(parseColor('color(srgb 0.5 0 1 / 0.5)')!)).to.equal('#8000ff80');
    expect(toHex(parseColor('oklab(1 0 0)')!)).to.equal('#ffffff');
    expect(toHex(parseColor('oklch(0.628 0.2577 29.23)')!)).to.equal('#ff0000');
  });

  it('agrees with the browser for random in-gamut colours in every syntax it reads', () => {
    const percent = fc.integer({ min: 0, max: 100 });
    const syntaxes = fc.oneof(
      fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r} ${g} ${b})`),
      fc.tuple(fc.integer({ min: 0, max: 359 }), percent, percent).map(([h, s, l]) => `hsl(${h}, ${s}%, ${l}%)`),
      fc.tuple(fc.integer({ min: 0, max: 359 }), percent, percent).map(([h, w, b]) => `hwb(${h} ${w}% ${b}%)`),
      fc
        .tuple(byte, byte, byte)
        .map(
          ([r, g, b]) => `color(display-p3 ${(r / 255) * 0.8 + 0.1} ${(g / 255) * 0.8 + 0.1} ${(b / 255) * 0.8 + 0.1})`,
        ),
    );
    fc.assert(
      fc.property(syntaxes, (syntax) => {
        const parsed = parseColor(syntax);
        expect(parsed, syntax).not.to.equal(null);
        expectClose(bytes(parsed!), painted(syntax).slice(0, 3), 1, syntax);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the browser for lab, lch, oklab and oklch of sRGB colours', () => {
    // Chromium serializes a relative colour in its own space; parsing that string back must land on
    // the original sRGB bytes.
    const channels = { lab: 'l a b', lch: 'l c h', oklab: 'l a b', oklch: 'l c h' } as const;
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      fc.assert(
        fc.property(byte, byte, byte, fc.constantFrom('lab', 'lch', 'oklab', 'oklch'), (r, g, b, space) => {
          const source = `rgb(${r}, ${g}, ${b})`;
          probe.style.color = `${space}(from ${source} ${channels[space]})`;
          const computed = getComputedStyle(probe).color;
          expect(computed.startsWith(`${space}(`), computed).to.equal(true);
          expectClose(bytes(parseColor(computed)!), [r, g, b], 1, `${source} as ${computed}`);
        }),
        { numRuns: 300 },
      );
    } finally {
      probe.remove();
    }
  });

  it('returns null for anything it cannot resolve, without throwing', () => {
    for (const input of [
      '',
      'banana',
      '#ggg',
      '#12345',
      'rgb(1, 2)',
      'rgb(1 2 3 4)',
      'rgb(1, 2, 3 / 0.5)',
      'rgb(1 2, 3)',
      'rgb(none, 2, 3)',
      'hsl(10%, 50%, 50%)',
      'rgb(10deg 0 0)',
      'rgb(1 2 3 / 0.5 / 1)',
      'color(rec2020 1 0 0)',
      'color(srgb 1 0)',
      'currentcolor',
      'var(--tk-brand)',
      'rgb(calc(1) 2 3)',
      'constructor',
      '__proto__',
      'toString',
    ]) {
      expect(parseColor(input), input).to.equal(null);
    }
    expect(parseColor(undefined as unknown as string)).to.equal(null);
    expect(parseColor(42 as unknown as string)).to.equal(null);
  });

  it('refuses huge and nested inputs quickly', () => {
    expect(parseColor(`rgb(${'1 '.repeat(100_000)})`)).to.equal(null);
    expect(parseColor('#'.padEnd(1_000_000, 'f'))).to.equal(null);
    expect(parseColor(`${'rgb('.repeat(50)}${')'.repeat(50)}`)).to.equal(null);
    expect(parseColor(`rgb(${'9'.repeat(240)} 0 0)`)).to.deep.equal({ r: 1, g: 0, b: 0, alpha: 1 });
    expect(parseColor('oklab(1e300 0 0)')).to.equal(null);
  });

  it('never throws and always yields channels in [0, 1] for arbitrary strings', () => {
    const near = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('rgb', 'rgba', 'hsl', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'),
          fc.array(
            fc.oneof(
              fc.double({ noNaN: false }).map(String),
              fc.constantFrom('none', '/', ',', '%', 'deg', 'srgb', 'xyz'),
            ),
            {
              maxLength: 6,
            },
          ),
        )
        .map(([name, parts]) => `${name}(${parts.join(' ')})`),
    );
    fc.assert(
      fc.property(near, (input) => {
        const parsed = parseColor(input);
        if (parsed === null) return;
        for (const channel of [parsed.r, parsed.g, parsed.b, parsed.alpha]) {
          expect(Number.isFinite(channel), input).to.equal(true);
          expect(channel, input).to.be.within(0, 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
