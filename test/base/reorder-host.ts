import { fixture, html } from '@open-wc/testing';
import { LitElement, css, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ReorderController, type ReorderMove, type ReorderPosition } from '../../src/base/reorder.js';

/** Lists of ids rendered as `<ol>`s; moves update the data and Lit re-renders. */
export class ReorderHost extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      gap: 16px;
    }
    ol {
      inline-size: 160px;
      min-block-size: 40px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      block-size: 30px;
      border: 1px solid;
    }
  `;
  data: string[][] = [['a', 'b', 'c', 'd', 'e']];
  moves: ReorderMove[] = [];
  canMove?: (id: string, to: ReorderPosition) => boolean;
  readonly reorder = new ReorderController(this, {
    items: () => this.data,
    lists: () => [...this.renderRoot.querySelectorAll('ol')],
    label: (id) => `Item ${id.toUpperCase()}`,
    listLabel: (list) => (this.data.length > 1 ? `List ${list + 1}` : ''),
    canMove: (id, to) => this.canMove?.(id, to) ?? true,
    onMove: (move) => {
      this.moves.push(move);
      const [item] = this.data[move.from.list].splice(move.from.index, 1);
      this.data[move.to.list].splice(move.to.index, 0, item);
    },
  });

  protected override render(): TemplateResult {
    return html`${this.reorder.arrange().map(
      (ids, list) =>
        html`<ol aria-label=${`List ${list + 1}`}>
          ${repeat(
            ids,
            (id) => id,
            (id) => html`<li data-reorder-id=${id} id=${id} tabindex="0">${id}</li>`,
          )}
        </ol>`,
    )}`;
  }
}
customElements.define('tk-test-reorder', ReorderHost);

export async function mount(data: string[][]): Promise<ReorderHost> {
  const host = await fixture<ReorderHost>(html`<tk-test-reorder .data=${data}></tk-test-reorder>`);
  await host.updateComplete;
  return host;
}

export const shown = (host: ReorderHost): string[][] =>
  [...host.shadowRoot!.querySelectorAll('ol')].map((ol) => [...ol.querySelectorAll('li')].map((li) => li.id));
