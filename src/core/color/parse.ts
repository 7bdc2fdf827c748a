/**
 * CSS colour parsing without a DOM, so brand colours typed by a user (a chat widget's settings, an
 * invoice's accent) can be checked for contrast in any environment, workers and Node included.
 *
 * Understands what people type and what `getComputedStyle` returns in Chromium: hex, named colours,
 * `rgb()`/`rgba()`, `hsl()`/`hsla()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()` and
 * `color(srgb | srgb-linear | display-p3 | xyz | xyz-d50 | xyz-d65 ...)`, in modern and legacy syntax.
 * Colours outside sRGB are clipped to it, which is what Chromium paints on an sRGB screen.
 */

/** An sRGB colour: gamma-encoded channels and alpha, each in [0, 1]. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly alpha: number;
}

type Vec3 = readonly [number, number, number];

/** Longer input is not a colour anyone typed; refusing it early keeps parsing linear and cheap. */
const MAX_LENGTH = 256;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNCTION = /^([a-z][a-z0-9-]*)\(([^()]*)\)$/;

/** CSS named colours (CSS Color 4), as 0xRRGGBB. */
// prettier-ignore
const NAMED: Readonly<Record<string, number>> = {
  aliceblue: 0xf0f8ff, antiquewhite: 0xfaebd7, aqua: 0x00ffff, aquamarine: 0x7fffd4, azure: 0xf0ffff,
  beige: 0xf5f5dc, bisque: 0xffe4c4, black: 0x000000, blanchedalmond: 0xffebcd, blue: 0x0000ff,
  blueviolet: 0x8a2be2, brown: 0xa52a2a, burlywood: 0xdeb887, cadetblue: 0x5f9ea0, chartreuse: 0x7fff00,
  chocolate: 0xd2691e, coral: 0xff7f50, cornflowerblue: 0x6495ed, cornsilk: 0xfff8dc, crimson: 0xdc143c,
  cyan: 0x00ffff, darkblue: 0x00008b, darkcyan: 0x008b8b, darkgoldenrod: 0xb8860b, darkgray: 0xa9a9a9,
  darkgreen: 0x006400, darkgrey: 0xa9a9a9, darkkhaki: 0xbdb76b, darkmagenta: 0x8b008b,
  darkolivegreen: 0x556b2f, darkorange: 0xff8c00, darkorchid: 0x9932cc, darkred: 0x8b0000,
  darksalmon: 0xe9967a, darkseagreen: 0x8fbc8f, darkslateblue: 0x483d8b, darkslategray: 0x2f4f4f,
  darkslategrey: 0x2f4f4f, darkturquoise: 0x00ced1, darkviolet: 0x9400d3, deeppink: 0xff1493,
  deepskyblue: 0x00bfff, dimgray: 0x696969, dimgrey: 0x696969, dodgerblue: 0x1e90ff, firebrick: 0xb22222,
  floralwhite: 0xfffaf0, forestgreen: 0x228b22, fuchsia: 0xff00ff, gainsboro: 0xdcdcdc, ghostwhite: 0xf8f8ff,
  gold: 0xffd700, goldenrod: 0xdaa520, gray: 0x808080, green: 0x008000, greenyellow: 0xadff2f, grey: 0x808080,
  honeydew: 0xf0fff0, hotpink: 0xff69b4, indianred: 0xcd5c5c, indigo: 0x4b0082, ivory: 0xfffff0,
  khaki: 0xf0e68c, lavender: 0xe6e6fa, lavenderblush: 0xfff0f5, lawngreen: 0x7cfc00, lemonchiffon: 0xfffacd,
  lightblue: 0xadd8e6, lightcoral: 0xf08080, lightcyan: 0xe0ffff, lightgoldenrodyellow: 0xfafad2,
  lightgray: 0xd3d3d3, lightgreen: 0x90ee90, lightgrey: 0xd3d3d3, lightpink: 0xffb6c1, lightsalmon: 0xffa07a,
  lightseagreen: 0x20b2aa, lightskyblue: 0x87cefa, lightslategray: 0x778899, lightslategrey: 0x778899,
  lightsteelblue: 0xb0c4de, lightyellow: 0xffffe0, lime: 0x00ff00, limegreen: 0x32cd32, linen: 0xfaf0e6,
  magenta: 0xff00ff, maroon: 0x800000, mediumaquamarine: 0x66cdaa, mediumblue: 0x0000cd,
  mediumorchid: 0xba55d3, mediumpurple: 0x9370db, mediumseagreen: 0x3cb371, mediumslateblue: 0x7b68ee,
  mediumspringgreen: 0x00fa9a, mediumturquoise: 0x48d1cc, mediumvioletred: 0xc71585, midnightblue: 0x191970,
  mintcream: 0xf5fffa, mistyrose: 0xffe4e1, moccasin: 0xffe4b5, navajowhite: 0xffdead, navy: 0x000080,
  oldlace: 0xfdf5e6, olive: 0x808000, olivedrab: 0x6b8e23, orange: 0xffa500, orangered: 0xff4500,
  orchid: 0xda70d6, palegoldenrod: 0xeee8aa, palegreen: 0x98fb98, paleturquoise: 0xafeeee,
  palevioletred: 0xdb7093, papayawhip: 0xffefd5, peachpuff: 0xffdab9, peru: 0xcd853f, pink: 0xffc0cb,
  plum: 0xdda0dd, powderblue: 0xb0e0e6, purple: 0x800080, rebeccapurple: 0x663399, red: 0xff0000,
  rosybrown: 0xbc8f8f, royalblue: 0x4169e1, saddlebrown: 0x8b4513, salmon: 0xfa8072, sandybrown: 0xf4a460,
  seagreen: 0x2e8b57, seashell: 0xfff5ee, sienna: 0xa0522d, silver: 0xc0c0c0, skyblue: 0x87ceeb,
  slateblue: 0x6a5acd, slategray: 0x708090, slategrey: 0x708090, snow: 0xfffafa, springgreen: 0x00ff7f,
  steelblue: 0x4682b4, tan: 0xd2b48c, teal: 0x008080, thistle: 0xd8bfd8, tomato: 0xff6347,
  turquoise: 0x40e0d0, violet: 0xee82ee, wheat: 0xf5deb3, white: 0xffffff, whitesmoke: 0xf5f5f5,
  yellow: 0xffff00, yellowgreen: 0x9acd32,
};

/** A parsed component: `none` is kept apart because each colour function gives it its own meaning. */
type Component = { kind: 'number' | 'percent' | 'angle'; value: number } | { kind: 'none' };

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** sRGB transfer function (also display-p3's), from linear light to gamma-encoded. */
function encode(linear: number): number {
  const sign = linear < 0 ? -1 : 1;
  const abs = Math.abs(linear);
  return abs <= 0.0031308 ? linear * 12.92 : sign * (1.055 * abs ** (1 / 2.4) - 0.055);
}

/** Inverse of `encode`. */
export function decode(encoded: number): number {
  const sign = encoded < 0 ? -1 : 1;
  const abs = Math.abs(encoded);
  return abs <= 0.04045 ? encoded / 12.92 : sign * ((abs + 0.055) / 1.055) ** 2.4;
}

function multiply(m: readonly Vec3[], v: Vec3): Vec3 {
  return [
    m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
    m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
    m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
  ];
}

// Matrices from CSS Color 4, section 18 (sample code for colour conversions).
const XYZ_D65_TO_LINEAR_SRGB: readonly Vec3[] = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const D50_TO_D65: readonly Vec3[] = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124],
];
const LINEAR_P3_TO_XYZ_D65: readonly Vec3[] = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976],
];
const OKLAB_TO_LMS: readonly Vec3[] = [
  [1, 0.3963377773761749, 0.2158037573099136],
  [1, -0.1055613458156586, -0.0638541728258133],
  [1, -0.0894841775298119, -1.2914855480194092],
];
const LMS_TO_LINEAR_SRGB: readonly Vec3[] = [
  [4.0767416621, -3.3077115913, 0.2309699292],
  [-1.2684380046, 2.6097574011, -0.3413193965],
  [-0.0041960863, -0.7034186147, 1.707614701],
];
const D50_WHITE: Vec3 = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

function fromLinear([r, g, b]: Vec3, alpha: number): Rgba {
  return { r: clamp01(encode(r)), g: clamp01(encode(g)), b: clamp01(encode(b)), alpha: clamp01(alpha) };
}

function labToLinearSrgb(l: number, a: number, b: number): Vec3 {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const xyzD50: Vec3 = [
    (fx ** 3 > epsilon ? fx ** 3 : (116 * fx - 16) / kappa) * D50_WHITE[0],
    (l > kappa * epsilon ? fy ** 3 : l / kappa) * D50_WHITE[1],
    (fz ** 3 > epsilon ? fz ** 3 : (116 * fz - 16) / kappa) * D50_WHITE[2],
  ];
  return multiply(XYZ_D65_TO_LINEAR_SRGB, multiply(D50_TO_D65, xyzD50));
}

function oklabToLinearSrgb(l: number, a: number, b: number): Vec3 {
  const [lc, mc, sc] = multiply(OKLAB_TO_LMS, [l, a, b]);
  return multiply(LMS_TO_LINEAR_SRGB, [lc ** 3, mc ** 3, sc ** 3]);
}

function hslToRgb(hue: number, saturation: number, lightness: number): Vec3 {
  const channel = (n: number): number => {
    const k = (n + hue / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    return lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [channel(0), channel(8), channel(4)];
}

function hwbToRgb(hue: number, whiteness: number, blackness: number): Vec3 {
  if (whiteness + blackness >= 1) {
    const gray = whiteness / (whiteness + blackness);
    return [gray, gray, gray];
  }
  const [r, g, b] = hslToRgb(hue, 1, 0.5);
  const scale = 1 - whiteness - blackness;
  return [r * scale + whiteness, g * scale + whiteness, b * scale + whiteness];
}

function component(token: string): Component | null {
  if (token === 'none') return { kind: 'none' };
  const units: ReadonlyArray<readonly [string, number, Component['kind']]> = [
    ['%', 1, 'percent'],
    ['deg', 1, 'angle'],
    ['grad', 0.9, 'angle'],
    ['rad', 180 / Math.PI, 'angle'],
    ['turn', 360, 'angle'],
  ];
  for (const [unit, factor, kind] of units) {
    if (token.endsWith(unit)) {
      const number = token.slice(0, -unit.length);
      return NUMBER.test(number) ? { kind, value: Number(number) * factor } : null;
    }
  }
  return NUMBER.test(token) ? { kind: 'number', value: Number(token) } : null;
}

/** Reads a number or percentage; `percentScale` is what 100% means for this channel. */
function scalar(c: Component, percentScale: number): number | null {
  if (c.kind === 'none') return 0;
  if (c.kind === 'angle') return null;
  return c.kind === 'percent' ? (c.value / 100) * percentScale : c.value;
}

function hue(c: Component): number | null {
  if (c.kind === 'none') return 0;
  if (c.kind === 'percent') return null;
  return ((c.value % 360) + 360) % 360;
}

function alphaOf(c: Component | undefined): number | null {
  return c === undefined ? 1 : scalar(c, 1);
}

/** Splits `a b c / d` or `a, b, c, d` into components; `null` when the shape is wrong. */
function components(body: string, legacyAllowed: boolean): { channels: Component[]; alpha?: Component } | null {
  const text = body.trim();
  if (text.includes(',')) {
    if (!legacyAllowed || text.includes('/')) return null;
    const parts = text.split(',').map((part) => part.trim());
    if (parts.length < 3 || parts.length > 4 || parts.some((part) => part === '' || /\s/.test(part))) return null;
    const parsed = parts.map(component);
    if (parsed.some((c) => c === null || c.kind === 'none')) return null;
    const [c1, c2, c3, alpha] = parsed as Component[];
    return alpha ? { channels: [c1, c2, c3], alpha } : { channels: [c1, c2, c3] };
  }
  const [channelText, alphaText, ...rest] = text.split('/');
  if (rest.length > 0 || channelText === undefined) return null;
  const channels = channelText.trim().split(/\s+/).map(component);
  if (channels.length !== 3 || channels.some((c) => c === null)) return null;
  if (alphaText === undefined) return { channels: channels as Component[] };
  const alpha = component(alphaText.trim());
  return alpha ? { channels: channels as Component[], alpha } : null;
}

function parseHex(hex: string): Rgba {
  const digits = hex.slice(1);
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number): number => parseInt(full.slice(i * 2, i * 2 + 2), 16) / 255;
  return { r: byte(0), g: byte(1), b: byte(2), alpha: full.length === 8 ? byte(3) : 1 };
}

function parseColorFunction(body: string): Rgba | null {
  const trimmed = body.trim();
  const space = /^[a-z0-9-]+/.exec(trimmed)?.[0];
  if (!space) return null;
  const parts = components(trimmed.slice(space.length), false);
  if (!parts) return null;
  const values = parts.channels.map((c) => scalar(c, 1));
  const alpha = alphaOf(parts.alpha);
  if (values.some((v) => v === null) || alpha === null) return null;
  const [x, y, z] = values as [number, number, number];
  switch (space) {
    case 'srgb':
      return { r: clamp01(x), g: clamp01(y), b: clamp01(z), alpha: clamp01(alpha) };
    case 'srgb-linear':
      return fromLinear([x, y, z], alpha);
    case 'display-p3': {
      const xyz = multiply(LINEAR_P3_TO_XYZ_D65, [decode(x), decode(y), decode(z)]);
      return fromLinear(multiply(XYZ_D65_TO_LINEAR_SRGB, xyz), alpha);
    }
    case 'xyz':
    case 'xyz-d65':
      return fromLinear(multiply(XYZ_D65_TO_LINEAR_SRGB, [x, y, z]), alpha);
    case 'xyz-d50':
      return fromLinear(multiply(XYZ_D65_TO_LINEAR_SRGB, multiply(D50_TO_D65, [x, y, z])), alpha);
    default:
      return null;
  }
}

function parseFunction(name: string, body: string): Rgba | null {
  if (name === 'color') return parseColorFunction(body);
  const legacy = name === 'rgb' || name === 'rgba' || name === 'hsl' || name === 'hsla';
  const parts = components(body, legacy);
  if (!parts) return null;
  const [c1, c2, c3] = parts.channels as [Component, Component, Component];
  const alpha = alphaOf(parts.alpha);
  if (alpha === null) return null;
  const build = (values: ReadonlyArray<number | null>, convert: (v: Vec3) => Rgba): Rgba | null =>
    values.some((v) => v === null) ? null : convert(values as unknown as Vec3);
  const srgb = ([r, g, b]: Vec3): Rgba => ({ r: clamp01(r), g: clamp01(g), b: clamp01(b), alpha: clamp01(alpha) });
  const linear = (v: Vec3): Rgba => fromLinear(v, alpha);
  const polar = (c: number, h: number): [number, number] => [
    Math.max(0, c) * Math.cos((h * Math.PI) / 180),
    Math.max(0, c) * Math.sin((h * Math.PI) / 180),
  ];
  switch (name) {
    case 'rgb':
    case 'rgba':
      return build([scalar(c1, 255), scalar(c2, 255), scalar(c3, 255)], ([r, g, b]) =>
        srgb([r / 255, g / 255, b / 255]),
      );
    case 'hsl':
    case 'hsla':
      return build([hue(c1), scalar(c2, 100), scalar(c3, 100)], ([h, s, l]) =>
        srgb(hslToRgb(h, clamp01(s / 100), clamp01(l / 100))),
      );
    case 'hwb':
      return build([hue(c1), scalar(c2, 100), scalar(c3, 100)], ([h, w, b]) =>
        srgb(hwbToRgb(h, clamp01(w / 100), clamp01(b / 100))),
      );
    case 'lab':
      return build([scalar(c1, 100), scalar(c2, 125), scalar(c3, 125)], ([l, a, b]) =>
        linear(labToLinearSrgb(Math.max(0, l), a, b)),
      );
    case 'lch':
      return build([scalar(c1, 100), scalar(c2, 150), hue(c3)], ([l, c, h]) =>
        linear(labToLinearSrgb(Math.max(0, l), ...polar(c, h))),
      );
    case 'oklab':
      return build([scalar(c1, 1), scalar(c2, 0.4), scalar(c3, 0.4)], ([l, a, b]) =>
        linear(oklabToLinearSrgb(Math.max(0, l), a, b)),
      );
    case 'oklch':
      return build([scalar(c1, 1), scalar(c2, 0.4), hue(c3)], ([l, c, h]) =>
        linear(oklabToLinearSrgb(Math.max(0, l), ...polar(c, h))),
      );
    default:
      return null;
  }
}

/**
 * Parses a CSS colour into sRGB. Returns `null` for anything that is not a colour this module can
 * resolve on its own (including `currentcolor`, `var()` and system colours), never throws.
 */
export function parseColor(input: string): Rgba | null {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return null;
  const text = input.trim().toLowerCase();
  if (HEX.test(text)) return parseHex(text);
  if (text === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const named = Object.hasOwn(NAMED, text) ? NAMED[text] : undefined;
  if (named !== undefined) {
    return { r: ((named >> 16) & 0xff) / 255, g: ((named >> 8) & 0xff) / 255, b: (named & 0xff) / 255, alpha: 1 };
  }
  const match = FUNCTION.exec(text);
  const parsed = match ? parseFunction(match[1], match[2]) : null;
  // Extreme but finite inputs (oklab(1e300 0 0)) overflow to NaN in the conversions.
  return parsed && [parsed.r, parsed.g, parsed.b, parsed.alpha].every(Number.isFinite) ? parsed : null;
}

/** `#rrggbb`, or `#rrggbbaa` when the colour is translucent. */
export function toHex(color: Rgba): string {
  const byte = (x: number): string =>
    Math.round(clamp01(x) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(color.r)}${byte(color.g)}${byte(color.b)}${color.alpha < 1 ? byte(color.alpha) : ''}`;
}
