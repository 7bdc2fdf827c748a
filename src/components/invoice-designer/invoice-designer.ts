import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { OwnChanges } from '../../base/own-changes.js';
import { LocalizeController } from '../../base/localize.js';
import { AnnouncerController } from '../../base/announcer.js';
import { ReorderController, type ReorderMove, type ReorderStrings } from '../../base/reorder.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { baseStyles } from '../../base/styles.js';
import { buttonStyles } from '../../base/button-styles.js';
import { visuallyHidden } from '../../base/visually-hidden.js';
import type { Preferences } from '../../core/prefs/store.js';
import { computeInvoice } from '../../core/invoice/compute.js';
import { InvoiceError } from '../../core/invoice/errors.js';
import type { InvoiceResult } from '../../core/invoice/types.js';
import {
  INVOICE_COLUMNS,
  INVOICE_SECTIONS,
  REQUIRED_COLUMNS,
  REQUIRED_SECTIONS,
  resolveTemplate,
  type InvoiceColumnId,
  type InvoiceSectionId,
  type InvoiceTemplate,
} from '../../core/invoice/template.js';
import type { InvoiceBrand } from '../../core/invoice/brand.js';
import '../invoice/define.js';
import type { TkInvoice } from '../invoice/invoice.js';
import type { InvoiceDocument } from '../invoice/invoice-types.js';
import { ClientSearch } from './client-search.js';
import { brandPanel, orderPanel, policyPanel, templatePicker, type DesignPanelsHost } from './design-panels.js';
import {
  arrangeAll,
  defaultInvoiceDesign,
  move,
  validateDesign,
  type InvoiceClient,
  type InvoiceDesign,
} from './invoice-design.js';
import { billToPanel, fieldsPanel, linesPanel, notesPanel, type InvoicePanelsHost } from './invoice-panels.js';
import { invoiceDesignerStyles } from './invoice-designer.styles.js';
import { defaultInvoiceDesignerStrings, type InvoiceDesignerStrings } from './invoice-designer-strings.js';

export {
  defaultInvoiceDesign,
  type InvoiceClient,
  type InvoiceDesign,
  type TkInvoiceChangeDetail,
} from './invoice-design.js';

/**
 * Where a user shapes their invoices: pick a template from live thumbnails, brand it (with a
 * contrast check), choose and order the sections and the lines-table columns by drag or keyboard,
 * add custom fields, edit line items with live totals, fill the bill-to block from the host's
 * clients, and write notes (Markdown optional, sanitized). The preview is a real `tk-invoice`, so
 * what the user sees is what prints.
 *
 * Template, brand and money policy are a preferences document (`persist-key`): the host's
 * personalized defaults (for example `countryInvoiceRules` by country: currency, tax rounding,
 * paper size) show through with their reason until the user changes something, and "Reset to
 * suggested" brings them back. The invoice itself is the host's data: every edit dispatches
 * `tk-invoice-change` with the new value.
 *
 * Register it where the designer opens (`import('tailorkit/components/invoice-designer/define')`):
 * a page that only shows invoices never downloads it.
 *
 * @summary Design invoice templates and edit an invoice with a live preview.
 *
 * @csspart base - The designer's wrapper.
 * @csspart form - The column of settings.
 * @csspart preview - The preview column.
 * @csspart thumbnail - Each template thumbnail.
 * @csspart contrast - The contrast check.
 * @csspart reason - Why the money and paper settings were suggested.
 * @csspart totals - The live totals under the line items.
 * @csspart error - The reason the invoice cannot be computed.
 *
 * @cssprop [--tk-invoice-designer-gap=var(--tk-space-4)] - Space between the panels.
 * @cssprop [--tk-invoice-designer-preview-width=36rem] - Width of the preview column.
 *
 * @event {CustomEvent<TkInvoiceChangeDetail>} tk-invoice-change - The user edited the invoice (a line, the bill-to block, a custom field, notes).
 * @event {CustomEvent<PreferencesErrorDetail>} tk-preferences-error - The design could not be loaded or saved.
 */
export class TkInvoiceDesigner extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, invoiceDesignerStyles];

  readonly #localize = new LocalizeController(this, defaultInvoiceDesignerStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<InvoiceDesign>(this, {
    version: 1,
    defaults: defaultInvoiceDesign(),
    validate: validateDesign,
  });
  readonly #sectionsReorder = new ReorderController(this, {
    items: () => [this.sectionOrder],
    lists: () => [this.renderRoot.querySelector<HTMLElement>('.sections-list')],
    label: (id) => this.#term('sectionName')(id as InvoiceSectionId),
    onMove: (moved) => this.#moveSection(moved),
    strings: () => this.reorderStrings,
  });
  readonly #columnsReorder = new ReorderController(this, {
    items: () => [this.columnOrder],
    lists: () => [this.renderRoot.querySelector<HTMLElement>('.columns-list')],
    label: (id) => this.#term('columnName')(id as InvoiceColumnId),
    onMove: (moved) => this.#moveColumn(moved),
    strings: () => this.reorderStrings,
  });
  readonly #clientSearch = new ClientSearch(this, {
    lang: () => this.#localize.lang(),
    choose: (client) => this.#chooseClient(client),
  });
  /** What the panels read and change (./design-panels.ts, ./invoice-panels.ts), always current. */
  readonly #panels: DesignPanelsHost & InvoicePanelsHost = ((el: TkInvoiceDesigner) => ({
    get design() {
      return el.design;
    },
    get previewInvoice() {
      return el.previewInvoice;
    },
    get invoice() {
      return el.invoice;
    },
    get layers() {
      return el.#persist.layers;
    },
    get lang() {
      return el.#localize.lang();
    },
    clients: el.#clientSearch,
    term: (key) => el.#term(key),
    number: (value, options) => el.#localize.number(value, options),
    setTemplate: (change) => el.#setTemplate(change),
    setDesign: (change) => el.#setDesign(change),
    setBrand: (change) => el.#setBrand(change),
    resetDesign: () => void el.resetDesign(),
    edit: (change) => el.#edit(change),
    focusAfterUpdate: (selector) =>
      void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
  }))(this);
  /** @internal Order of every section, shown or not, so a hidden one keeps its place. */
  @state() private sectionOrder: InvoiceSectionId[] = [];
  /** @internal Order of every column, shown or not. */
  @state() private columnOrder: InvoiceColumnId[] = [];

  /** The document key of the design; without it, the design lives as long as the element. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** A preferences store; else the nearest `<tk-preferences>`, else the embedded one. */
  @property({ attribute: false }) preferences?: Preferences;
  #invoice: InvoiceDocument = {
    currency: 'EUR',
    rounding: { mode: 'half-up', taxes: 'per-line' },
    taxes: [{ id: 'vat', rate: '19', label: 'VAT 19%' }],
    lines: [{ id: 'line-1', description: '', quantity: '1', unitPrice: '0', taxes: ['vat'] }],
  };
  /**
   * The invoices this designer reported. The host handing one back (its save answering a keystroke
   * behind) is an echo: adopting it would throw away what the user typed since.
   */
  readonly #own = new OwnChanges();

  /**
   * The invoice being edited (the host's data). Currency, rounding and cash rounding come from the
   * design. A host may hand back what `tk-invoice-change` reported, at once or later: those echoes
   * leave what the user is typing alone; any other invoice replaces the one being edited.
   */
  @property({ attribute: false })
  get invoice(): InvoiceDocument {
    return this.#invoice;
  }
  set invoice(value: InvoiceDocument) {
    if (this.#own.isEcho(value)) return;
    this.#own.forget();
    this.#invoice = value;
  }
  /** The host's clients, for quick-filling the bill-to block. */
  @property({ attribute: false }) clients: InvoiceClient[] = [];
  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<InvoiceDesignerStrings> = {};
  /** Overrides for what reordering sections and columns announces. */
  @property({ attribute: false }) reorderStrings: Partial<ReorderStrings> = {};

  /** The design in effect: library defaults < personalized defaults < the user's choices. */
  get design(): InvoiceDesign {
    const value = this.#persist.value;
    return { ...defaultInvoiceDesign(), ...value, template: resolveTemplate(value.template) };
  }

  /** The invoice as the preview draws it: the host's data with the design's currency and policy. */
  get previewInvoice(): InvoiceDocument {
    const design = this.design;
    const invoice: InvoiceDocument = {
      ...this.invoice,
      currency: design.currency,
      rounding: { ...this.invoice.rounding, ...design.rounding },
    };
    if (design.cashStep) invoice.cashRounding = { step: design.cashStep };
    else delete invoice.cashRounding;
    return invoice;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clients')) this.#clientSearch.setClients(this.clients);
    const template = this.design.template;
    this.sectionOrder = arrangeAll(this.sectionOrder, template.sections, INVOICE_SECTIONS);
    this.columnOrder = arrangeAll(this.columnOrder, template.columns, INVOICE_COLUMNS);
  }

  #term<K extends keyof InvoiceDesignerStrings>(key: K): InvoiceDesignerStrings[K] {
    return this.#localize.term(key);
  }

  #setTemplate(change: Partial<InvoiceTemplate>): void {
    const design = this.design;
    void this.#persist.set({ ...design, template: { ...design.template, ...change } });
  }

  #setDesign(change: Partial<InvoiceDesign>): void {
    void this.#persist.set({ ...this.design, ...change });
  }

  #moveSection({ from, to }: ReorderMove): void {
    const order = move(this.sectionOrder, from.index, to.index);
    this.sectionOrder = order;
    this.#setTemplate({ sections: order.filter((s) => this.design.template.sections.includes(s)) });
  }

  #moveColumn({ from, to }: ReorderMove): void {
    const order = move(this.columnOrder, from.index, to.index);
    this.columnOrder = order;
    this.#setTemplate({ columns: order.filter((c) => this.design.template.columns.includes(c)) });
  }

  #toggleSection(section: InvoiceSectionId, shown: boolean): void {
    const current = new Set(this.design.template.sections);
    if (shown) current.add(section);
    else current.delete(section);
    this.#setTemplate({ sections: this.sectionOrder.filter((s) => current.has(s)) });
  }

  #toggleColumn(column: InvoiceColumnId, shown: boolean): void {
    const current = new Set(this.design.template.columns);
    if (shown) current.add(column);
    else current.delete(column);
    this.#setTemplate({ columns: this.columnOrder.filter((c) => current.has(c)) });
  }

  #setBrand(change: Partial<InvoiceBrand>): void {
    const brand = { ...this.design.brand, ...change };
    for (const key of Object.keys(brand) as (keyof InvoiceBrand)[]) if (!brand[key]) delete brand[key];
    this.#setDesign({ brand });
  }

  #edit(change: Partial<InvoiceDocument>): void {
    const old = this.#invoice;
    const invoice = { ...old, ...change };
    this.#invoice = invoice;
    this.requestUpdate('invoice', old);
    this.#own.report(invoice);
    this.emit('tk-invoice-change', { invoice });
  }

  #chooseClient(client: InvoiceClient): void {
    const { id: _id, ...party } = client;
    this.#edit({ buyer: { ...party } });
    this.#announcer.announce(this.#term('clientChosen')(this.#clientSearch.query));
  }

  #computed(): { result?: InvoiceResult; error?: InvoiceError } {
    const invoice = this.previewInvoice;
    try {
      return {
        result: computeInvoice({ ...invoice, lines: invoice.lines.map(({ description: _d, ...line }) => line) }),
      };
    } catch (error) {
      return { error: error instanceof InvoiceError ? error : new InvoiceError('', String(error)) };
    }
  }

  /** Prints the preview through the browser's own dialog (where "Save as PDF" lives). */
  async printInvoice(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<TkInvoice>('.preview tk-invoice')?.printInvoice();
  }

  /** Resets the money and paper policy and the design to the suggested (personalized) defaults. */
  resetDesign(): Promise<unknown> {
    return this.#persist.reset();
  }

  override render(): TemplateResult {
    const design = this.design;
    const panels = this.#panels;
    return html`<div part="base" class="designer" role="group" aria-label=${this.#term('designer')}>
      <div class="form" part="form">
        ${templatePicker(panels)} ${brandPanel(panels)} ${policyPanel(panels)}
        ${orderPanel(panels, 'sections', this.sectionOrder, design.template.sections, REQUIRED_SECTIONS, this.#term('sectionName'), (id, on) => this.#toggleSection(id, on), this.#sectionsReorder)}
        ${orderPanel(panels, 'columns', this.columnOrder, design.template.columns, REQUIRED_COLUMNS, this.#term('columnName'), (id, on) => this.#toggleColumn(id, on), this.#columnsReorder)}
        ${billToPanel(panels)} ${linesPanel(panels, this.#computed())} ${fieldsPanel(panels)} ${notesPanel(panels)}
      </div>
      <section class="preview" part="preview" aria-label=${this.#term('preview')}>
        <button type="button" class="button" data-variant="primary" @click=${() => void this.printInvoice()}>
          ${this.#term('print')}
        </button>
        <tk-invoice .invoice=${this.previewInvoice} .template=${design.template} .brand=${design.brand}></tk-invoice>
      </section>
    </div>`;
  }
}
