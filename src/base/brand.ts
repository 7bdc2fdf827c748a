import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as BrandModule from '../core/chat/brand.js';
import { whenIdle } from './idle.js';
import { LazyModule } from './lazy.js';

/** What `tk-brand-warning` reports: `brand` fields that were refused. */
export interface TkBrandWarningDetail {
  /** What was refused and what shows instead, one sentence each. */
  warnings: string[];
}

/** @deprecated Renamed `TkBrandWarningDetail` (every event detail type carries the `Tk` prefix). */
export type BrandWarningDetail = TkBrandWarningDetail;

declare module './tk-element.js' {
  interface TkEventDetailMap {
    'tk-brand-warning': TkBrandWarningDetail;
  }
}

type Host = ReactiveControllerHost & HTMLElement & { brand?: unknown };

/** At the latest this long after a brand is set, its validation is fetched even on a busy page. */
const BRAND_IDLE_TIMEOUT_MS = 2000;

/** Brand validation and the readable text colour: fetched when the browser is idle, off the launcher's critical path. */
const brandModule = /* @__PURE__ */ new LazyModule<typeof BrandModule>(() => import('../core/chat/brand.js'));

/** A colour the browser can paint as is, with nothing it would fetch or substitute. */
const paintable = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length < 100 &&
  !/[;{}\\]|(?:var|env|attr|url|image)\s*\(/i.test(value) &&
  CSS.supports('color', value);

/**
 * Black or white, whichever reads better on `color`: at least 4.58:1 on any opaque colour, so text
 * stays readable until the brand's own text colour is derived. Undefined when the browser does not
 * give the colour as an opaque sRGB hex (then the brand waits for its validation).
 */
function blackOrWhiteOn(color: string): string | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.fillStyle = color;
  const hex = /^#([\da-f]{6})$/i.exec(String(context.fillStyle))?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/**
 * Applies a host's `brand` property as CSS custom properties on the host (so they reach its shadow
 * root and every element inside it), after validation: what is refused falls back to the theme,
 * is reported with `console.warn` and a `tk-brand-warning` event, and never reaches the styles.
 *
 * The brand colour paints at once when the browser accepts it as an opaque colour, with black or
 * white text on it; the full validation and the derived text colour (`core/chat/brand`) arrive when
 * the browser is idle, so the chat launcher
 * costs a page almost nothing. Properties are set through the CSSOM, which a Content Security Policy
 * without `unsafe-inline` styles allows, and every value is one the validator produced.
 */
export class BrandController implements ReactiveController {
  #applied: unknown;
  #keys: string[] = [];

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const { brand } = this.#host;
    if (brand === this.#applied) return;
    this.#applied = brand;
    const loaded = brandModule.loaded;
    if (loaded) {
      this.#apply(loaded, brand);
      return;
    }
    const color = typeof brand === 'object' && brand !== null ? (brand as { color?: unknown }).color : undefined;
    const text = paintable(color) ? blackOrWhiteOn(color) : undefined;
    this.#set(text ? { '--tk-chat-brand': color as string, '--tk-chat-on-brand': text } : {});
    if (brand === undefined || brand === null) return;
    whenIdle(() => {
      brandModule.load().then(
        (module) => {
          if (this.#applied === brand) this.#apply(module, brand);
        },
        () => undefined,
      );
    }, BRAND_IDLE_TIMEOUT_MS);
  }

  #apply(module: typeof BrandModule, brand: unknown): void {
    const { properties, warnings } = module.resolveBrand(brand);
    this.#set(properties);
    if (warnings.length === 0) return;
    for (const warning of warnings) console.warn(`[tailorkit] <${this.#host.localName}> ${warning}`);
    this.#host.dispatchEvent(
      new CustomEvent('tk-brand-warning', { detail: { warnings }, bubbles: true, composed: true }),
    );
  }

  #set(properties: Record<string, string>): void {
    for (const key of this.#keys) this.#host.style.removeProperty(key);
    this.#keys = Object.keys(properties);
    for (const [key, value] of Object.entries(properties)) this.#host.style.setProperty(key, value);
  }
}

/** Resolves once brand validation is loaded (tests and hosts that must see warnings synchronously after). */
export function brandReady(): Promise<void> {
  return brandModule.load().then(() => undefined);
}
