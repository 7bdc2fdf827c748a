import type { ReactiveControllerHost } from 'lit';
import { FieldSet } from '../../core/fields/field-set.js';
import { searchFields } from '../../core/fields/search.js';
import type { InvoiceClient } from './invoice-design.js';

export interface ClientSearchOptions {
  /** The language the search folds and matches in. */
  lang: () => string;
  /** The user picked `client` (Enter on the active option, or a click). */
  choose: (client: InvoiceClient) => void;
}

/**
 * The bill-to block's client search (a combobox over the host's clients, with the field picker's
 * search): what was typed, whether the list is open, the highlighted option and the keyboard path.
 * The keyboard stays on the input (`aria-activedescendant`).
 */
export class ClientSearch {
  /** What the user typed. */
  query = '';
  /** The highlighted option, or -1. */
  active = -1;
  /** Whether the list is open. */
  open = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: ClientSearchOptions;
  #clients: readonly InvoiceClient[] = [];
  #index = new FieldSet([]);

  constructor(host: ReactiveControllerHost, options: ClientSearchOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The clients to search (anything that is not a list counts as none). */
  setClients(clients: unknown): void {
    this.#clients = Array.isArray(clients) ? (clients as InvoiceClient[]) : [];
    this.#index = new FieldSet(
      this.#clients.map((client, i) => ({
        id: String(i),
        label: typeof client.name === 'string' ? client.name : '',
        type: 'text',
        synonyms: [client.email, client.taxId, client.address].filter(
          (s): s is string => typeof s === 'string' && s !== '',
        ),
      })),
    );
  }

  /** Up to 8 clients matching what was typed, best first. */
  matches(): InvoiceClient[] {
    return searchFields(this.#index, this.query, { locale: this.#options.lang() })
      .slice(0, 8)
      .map((match) => this.#clients[Number(match.field.id)])
      .filter(Boolean);
  }

  #set(change: Partial<Pick<ClientSearch, 'query' | 'active' | 'open'>>): void {
    Object.assign(this, change);
    this.#host.requestUpdate();
  }

  /** The user typed: the list opens with nothing highlighted. */
  type(query: string): void {
    this.#set({ query, open: true, active: -1 });
  }

  /** Focus left the input. */
  close(): void {
    this.#set({ open: false });
  }

  choose(client: InvoiceClient): void {
    this.#set({ query: typeof client.name === 'string' ? client.name : '', open: false, active: -1 });
    this.#options.choose(client);
  }

  /** Arrows move the highlight (opening the list), Enter picks it, Escape closes the list. */
  onKeydown(event: KeyboardEvent): void {
    const matches = this.matches();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#set({ open: true, active: matches.length ? (this.active + step + matches.length) % matches.length : -1 });
    } else if (event.key === 'Enter' && this.open && matches[this.active]) {
      event.preventDefault();
      this.choose(matches[this.active]);
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.#set({ open: false, active: -1 });
    }
  }
}
