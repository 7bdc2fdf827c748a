import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FullscreenHost extends ReactiveControllerHost, HTMLElement {
  /** Set by the controller: whether the window fills the screen. */
  fullscreen: boolean;
  /** Viewport width in CSS pixels below which the window fills the screen. */
  fullscreenBelow: number;
}

/**
 * Fills the screen below `fullscreenBelow`, and keeps a full-screen window above the on-screen
 * keyboard: the visual viewport is what shows, so its height and top become `--_viewport-height`
 * and `--_viewport-top` on the host.
 */
export class FullscreenController implements ReactiveController {
  readonly #host: FullscreenHost;
  /** Called after the viewport changed while full screen (the log keeps the newest message in view). */
  readonly #onResize: () => void;
  #media: MediaQueryList | undefined;
  #query = '';

  constructor(host: FullscreenHost, onResize: () => void) {
    this.#host = host;
    this.#onResize = onResize;
    host.addController(this);
  }

  hostConnected(): void {
    window.visualViewport?.addEventListener('resize', this.fit);
    window.visualViewport?.addEventListener('scroll', this.fit);
  }

  hostDisconnected(): void {
    window.visualViewport?.removeEventListener('resize', this.fit);
    window.visualViewport?.removeEventListener('scroll', this.fit);
    this.#media?.removeEventListener('change', this.#onMediaChange);
    this.#media = undefined;
  }

  hostUpdate(): void {
    // Before the host's own willUpdate reads `fullscreen`; again whenever the breakpoint changes.
    const below = Number(this.#host.fullscreenBelow);
    const query = `(max-width: ${Number.isFinite(below) ? below - 0.02 : 479.98}px)`;
    if (this.#media && this.#query === query) return;
    this.#query = query;
    this.#media?.removeEventListener('change', this.#onMediaChange);
    this.#media = window.matchMedia(query);
    this.#media.addEventListener('change', this.#onMediaChange);
    this.#host.fullscreen = this.#media.matches;
  }

  readonly #onMediaChange = (): void => {
    this.#host.fullscreen = this.#media?.matches ?? false;
    this.fit();
  };

  /** Sizes a full-screen window to the visual viewport (or clears the sizing when not full screen). */
  readonly fit = (): void => {
    const host = this.#host;
    const viewport = window.visualViewport;
    if (!host.fullscreen || !viewport) {
      host.style.removeProperty('--_viewport-height');
      host.style.removeProperty('--_viewport-top');
      return;
    }
    host.style.setProperty('--_viewport-height', `${viewport.height}px`);
    host.style.setProperty('--_viewport-top', `${viewport.offsetTop}px`);
    this.#onResize();
  };
}
