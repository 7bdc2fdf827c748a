// A minimal persisting component for the preferences tests (not a test file itself): a colour label
// and a slider knob that stages its position while dragged and commits on release.
import { css, html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PersistController } from '../../../src/base/preferences/index.js';
import { TkElement } from '../../../src/base/tk-element.js';
import type { Preferences } from '../../../src/core/prefs/index.js';

export interface Swatch {
  color: string;
  x: number;
}

export class PrefsProbe extends TkElement {
  static override styles = css`
    :host {
      display: block;
    }
    .track {
      position: relative;
      inline-size: 300px;
      block-size: 40px;
      background: #ddd;
      touch-action: none;
    }
    .knob {
      position: absolute;
      inset-block: 0;
      inline-size: 10px;
      background: #333;
    }
  `;

  readonly persist = new PersistController<Swatch>(this, { version: 1, defaults: { color: 'blue', x: 0 } });

  @query('.track') private track!: HTMLElement;

  private dragging = false;

  @property({ attribute: 'persist-key' }) persistKey?: string;

  @property({ attribute: false }) preferences?: Preferences;

  override render(): TemplateResult {
    const { color, x } = this.persist.value;
    return html`<p part="base">${color} at ${x}, ${this.persist.status}</p>
      <div
        class="track"
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @keydown=${this.onKey}
        tabindex="0"
        role="slider"
        aria-label="Position"
        aria-valuenow=${x}
      >
        <div class="knob" style="inset-inline-start: ${x}px"></div>
      </div>`;
  }

  private readonly onDown = (event: PointerEvent): void => {
    this.dragging = true;
    this.track.setPointerCapture(event.pointerId);
  };

  private readonly onMove = (event: PointerEvent): void => {
    if (!this.dragging) return;
    const x = Math.round(event.clientX - this.track.getBoundingClientRect().left);
    void this.persist.stage({ ...this.persist.value, x });
  };

  private readonly onUp = (): void => {
    this.dragging = false;
    void this.persist.commit();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.persist.revert();
  };
}
PrefsProbe.define('prefs-probe');

declare global {
  interface HTMLElementTagNameMap {
    'prefs-probe': PrefsProbe;
  }
}

/** What the probe shows. */
export function shown(probe: PrefsProbe): string {
  return probe.shadowRoot!.querySelector('[part=base]')!.textContent.trim();
}
