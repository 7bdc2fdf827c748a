import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Politeness = 'polite' | 'assertive';

const REGION_ATTRIBUTE = 'data-tk-live-region';

/**
 * One pair of live regions per document, shared by every component. A region in the light DOM of
 * `body` is announced by every screen reader, including those that miss live regions in shadow roots.
 */
function region(politeness: Politeness): HTMLElement {
  let root = document.querySelector<HTMLElement>(`[${REGION_ATTRIBUTE}]`);
  if (!root) {
    root = document.createElement('div');
    root.setAttribute(REGION_ATTRIBUTE, '');
    root.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;';
    for (const level of ['polite', 'assertive'] as const) {
      const child = document.createElement('div');
      child.setAttribute('aria-live', level);
      child.setAttribute('aria-atomic', 'true');
      child.setAttribute('role', level === 'assertive' ? 'alert' : 'status');
      child.dataset.politeness = level;
      root.append(child);
    }
    document.body.append(root);
  }
  return root.querySelector<HTMLElement>(`[data-politeness="${politeness}"]`)!;
}

/** The text currently in a live region (for tests and for hosts that mirror announcements). */
export function liveRegionText(politeness: Politeness = 'polite'): string {
  return region(politeness).textContent ?? '';
}

/**
 * Announces messages to screen readers. Repeating the same message re-announces it: the region is
 * cleared first and refilled on the next frame, which is what screen readers need to notice it.
 */
export class AnnouncerController implements ReactiveController {
  #pending = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#pending);
  }

  announce(message: string, politeness: Politeness = 'polite'): void {
    const target = region(politeness);
    cancelAnimationFrame(this.#pending);
    if (target.textContent === message) {
      target.textContent = '';
      this.#pending = requestAnimationFrame(() => {
        target.textContent = message;
      });
    } else {
      target.textContent = message;
    }
  }
}
