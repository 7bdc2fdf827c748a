import { LitElement, css, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import '../../../src/components/record-view/define.js';
import type { TkRecordMoveDetail } from '../../../src/components/record-view/index.js';
import { createPreferences, LocalStorageAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import { ruleDefaults } from '../../../src/core/personalize/index.js';
import type { RecordItem } from '../../../src/core/records/values.js';
import type { Filter } from '../../../src/core/filter/types.js';
import { DEAL_FIELDS, deals } from './records-data.js';

export const DEALS_KEY = 'deals-funnel';

const myOpenDeals: Filter = {
  version: 1,
  root: {
    type: 'group',
    combinator: 'and',
    children: [
      { type: 'condition', field: 'owner', operator: 'anyOf', value: ['ana'] },
      { type: 'condition', field: 'stage', operator: 'noneOf', value: ['won', 'lost'] },
    ],
  },
};

const salesView = {
  view: 'kanban',
  groupBy: 'stage',
  filter: myOpenDeals,
  listFields: ['client', 'amount', 'closeDate'],
};
/** All deals as a table grouped by owner (each owner's count and total), the largest deals first in each. */
const managerView = {
  view: 'table',
  groupBy: 'owner',
  sort: [{ field: 'amount', direction: 'desc' }],
};

/** Role-based default views: what a sales rep and a manager see before they change anything. */
export const dealsDefaults = ruleDefaults([
  {
    when: { role: 'sales' },
    reason: 'Suggested for the Sales role',
    values: {
      [DEALS_KEY]: {
        state: salesView,
        views: [{ id: 'my-open', name: 'My open deals', state: salesView }],
        active: 'my-open',
      },
    },
  },
  {
    when: { role: 'manager' },
    reason: 'Suggested for managers',
    values: {
      [DEALS_KEY]: {
        state: managerView,
        views: [{ id: 'by-owner', name: 'All deals by owner', state: managerView }],
        active: 'by-owner',
      },
    },
  },
]);

const stores = new Map<string, Preferences>();

/** One localStorage store per role, so switching role shows that role's suggestion and keeps each one's changes. */
export function dealsStore(role: string): Preferences {
  let store = stores.get(role);
  if (!store) {
    store = createPreferences({
      adapter: new LocalStorageAdapter({ namespace: `tailorkit-storybook-deals-${role}` }),
      defaults: dealsDefaults,
      context: { userId: `storybook-${role}`, role },
    });
    stores.set(role, store);
  }
  return store;
}

/**
 * The sales funnel demo: 600 deals in 6 stages as a kanban, table or list, with a default view per role
 * and a host that decides about moves to "Won" (it needs a signed contract, checked after a short
 * round trip, as a server would).
 */
export class DealsFunnelDemo extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: var(--tk-space-4, 1rem);
      background: var(--tk-color-surface);
      color: var(--tk-color-text);
      font-family: var(--tk-font-body, system-ui, sans-serif);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--tk-space-4, 1rem);
      align-items: center;
      margin-block-end: var(--tk-space-3, 0.75rem);
    }
    .log {
      margin-block-start: var(--tk-space-3, 0.75rem);
      color: var(--tk-color-text-muted);
      font-size: var(--tk-font-size-s, 0.875rem);
    }
  `;

  /** @internal */
  @state() private userRole = 'sales';
  /** @internal */
  @state() private records: RecordItem[] = deals(600);
  /** @internal */
  @state() private requireContract = true;
  /** @internal */
  @state() private log = '';

  /** Preferences store override (tests pass an in-memory one per role). */
  storeFor: (role: string) => Preferences = dealsStore;

  readonly #onMove = (event: CustomEvent<TkRecordMoveDetail>): void => {
    const { id, to } = event.detail;
    const deal = this.records.find((record) => record.id === id);
    if (!deal) return;
    const apply = (): void => {
      this.records = this.records.map((record) => (record.id === id ? { ...record, stage: to } : record));
    };
    if (to !== 'won' || !this.requireContract) {
      apply();
      this.log = `Moved ${String(deal.title)}.`;
      return;
    }
    this.log = `Checking the contract of ${String(deal.title)}…`;
    event.detail.waitUntil(
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          if (deal.contract === true) {
            apply();
            this.log = `${String(deal.title)} is won.`;
            resolve();
          } else {
            this.log = `${String(deal.title)} stays where it was: no signed contract.`;
            reject(new Error('Won needs a signed contract on file'));
          }
        }, 400),
      ),
    );
  };

  override render(): TemplateResult {
    return html`<div class="bar">
        <label
          >Signed in as
          <select id="role" @change=${(event: Event) => (this.userRole = (event.target as HTMLSelectElement).value)}>
            <option value="sales" ?selected=${this.userRole === 'sales'}>Ana Silva, sales rep</option>
            <option value="manager" ?selected=${this.userRole === 'manager'}>Li Chen, sales manager</option>
          </select></label
        >
        <label
          ><input
            type="checkbox"
            .checked=${this.requireContract}
            @change=${(event: Event) => (this.requireContract = (event.target as HTMLInputElement).checked)}
          />
          "Won" needs a signed contract</label
        >
      </div>
      <tk-record-view
        style="--tk-record-view-height: 30rem"
        .records=${this.records}
        .fields=${DEAL_FIELDS}
        .preferences=${this.storeFor(this.userRole)}
        .wipLimits=${{ negotiation: 40 }}
        persist-key=${DEALS_KEY}
        title-field="title"
        sum-field="amount"
        currency="EUR"
        locale="en-GB"
        @tk-record-move=${this.#onMove}
      ></tk-record-view>
      <p class="log" role="status">${this.log}</p>`;
  }
}

if (!customElements.get('deals-funnel-demo')) customElements.define('deals-funnel-demo', DealsFunnelDemo);

declare global {
  interface HTMLElementTagNameMap {
    'deals-funnel-demo': DealsFunnelDemo;
  }
}
