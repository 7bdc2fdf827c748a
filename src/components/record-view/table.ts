import { html, nothing, type TemplateResult } from 'lit';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { formatValue } from '../../core/records/format.js';
import { nextSort } from '../../core/records/sort.js';
import type { ViewState } from '../../core/records/view-state.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import { revealVirtualItem } from '../../base/virtual.js';
import type { RecordViewContext } from './context.js';
import type { TableColumns } from './columns.js';
import type { RecordSelection } from './selection.js';
import { GroupRow, TableGroups, renderGroupRow, type BodyRow, type TableOptions } from './groups.js';
import { LazyModule } from '../../base/lazy.js';
import type * as RowLayoutModule from './row-layout.js';
import type { RowLayout } from './row-layout.js';

/**
 * The rows' layout, loaded with the table's first render: it extends the virtualizer's flow layout,
 * which the virtualizer would otherwise load on first use too, so the entry carries neither.
 */
export const rowLayout = /* @__PURE__ */ new LazyModule<typeof RowLayoutModule>(() => import('./row-layout.js'));

/** Rows one PageUp or PageDown moves. */
const PAGE_ROWS = 10;

interface Cell {
  /** 0 is the header row; the rows below count from 1 (group header rows among them). */
  row: number;
  col: number;
}

/**
 * The table of a record view: an ARIA grid with a sticky header, virtualized rows (grouped under
 * header rows that collapse when `group-by` is set), sorting by header, cell navigation by arrows,
 * Home/End, PageUp/PageDown and Ctrl+Home/End, and row selection by mouse, Space and Shift.
 */
export class RecordTable {
  readonly #context: RecordViewContext;
  readonly #columns: TableColumns;
  readonly #selection: RecordSelection;
  readonly #groups: TableGroups;
  /** The cell holding the grid's tab stop. */
  #active: Cell = { row: 0, col: 0 };
  /** First and last body rows the virtualizer has rendered. */
  #range = { first: -1, last: -1 };
  #focusWanted = false;
  /** Each record's cells as text for the columns and formats in `#textKey`, made when first shown. */
  #texts = new WeakMap<RecordItem, string[]>();
  #textKey = '';
  /** The virtualizer's layout: rows of one height, measured once from a rendered row (2.5rem until then). */
  #layout: { type: typeof RowLayout; rowHeight: number } | undefined;
  #rowHeight = 40;

  constructor(context: RecordViewContext, columns: TableColumns, selection: RecordSelection, options: TableOptions) {
    this.#context = context;
    this.#columns = columns;
    this.#selection = selection;
    this.#groups = new TableGroups(context, options);
  }

  /** Puts the tab stop back on the header (the rows changed under it). */
  resetActive(): void {
    this.#active = { row: 0, col: this.#active.col };
  }

  /** The body rows: the shown records, under group header rows when grouped. */
  rows(): BodyRow[] {
    return this.#groups.rows();
  }

  #record(row: number): RecordItem | undefined {
    const item = this.rows()[row - 1];
    return item instanceof GroupRow ? undefined : item;
  }

  /** The records between two body rows (both included, either order), skipping group header rows. */
  #recordsBetween(from: number, to: number): RecordItem[] {
    const rows = this.rows();
    const [start, end] = from <= to ? [from, to] : [to, from];
    return rows
      .slice(Math.max(0, start - 1), Math.min(rows.length, end))
      .filter((row): row is RecordItem => !(row instanceof GroupRow));
  }

  #toggleGroup(key: string, expand?: boolean): void {
    const collapsed = this.#context.state().collapsed;
    const isCollapsed = collapsed.includes(key);
    if (expand !== undefined && expand === !isCollapsed) return;
    this.#context.change({ collapsed: isCollapsed ? collapsed.filter((each) => each !== key) : [...collapsed, key] });
    this.#focusWanted = true;
  }

  // ---------------------------------------------------------------- focus

  #cellElement(cell: Cell): HTMLElement | null {
    const root = this.#context.host.renderRoot;
    return (
      root.querySelector<HTMLElement>(`[data-row="${cell.row}"][data-col="${cell.col}"]`) ??
      root.querySelector<HTMLElement>(`[data-row="${cell.row}"][data-group]`)
    );
  }

  /** Moves the tab stop (and focus) to `cell`, scrolling its row into view first. */
  async #activate(cell: Cell): Promise<void> {
    const { host } = this.#context;
    const rows = this.rows().length;
    const cols = this.#columns.columns().length;
    const next = {
      row: Math.max(0, Math.min(cell.row, rows)),
      col: Math.max(0, Math.min(cell.col, cols - 1)),
    };
    this.#active = next;
    if (next.row > 0) {
      await revealVirtualItem(host.renderRoot.querySelector<VirtualizerHostElement>('.body'), next.row - 1, rows, () =>
        this.#cellElement(next),
      );
    }
    this.#focusWanted = true;
    host.requestUpdate();
    await host.updateComplete;
  }

  /** After the host updated: focus the active cell when a key or click asked for it. */
  updated(): void {
    const row = this.#context.host.renderRoot.querySelector<HTMLElement>('.body > [role="row"]');
    const height = row?.getBoundingClientRect().height;
    if (height && Math.abs(height - this.#rowHeight) > 0.01) {
      this.#rowHeight = height;
      this.#context.host.requestUpdate();
    }
    if (this.#focusWanted) {
      this.#focusWanted = false;
      this.#cellElement(this.#active)?.focus();
    }
  }

  #cellFromEvent(event: Event): (Cell & { group?: string }) | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset.row !== undefined && node.dataset.col !== undefined) {
        return { row: Number(node.dataset.row), col: Number(node.dataset.col), group: node.dataset.group };
      }
      if (node === this.#context.host) break;
    }
    return undefined;
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const cell = this.#cellFromEvent(event);
    if (cell && (cell.row !== this.#active.row || (cell.col !== this.#active.col && !cell.group))) {
      this.#active = { row: cell.row, col: cell.group ? this.#active.col : cell.col };
      this.#context.host.requestUpdate();
    }
  };

  /**
   * Runs before the virtualizer's own listener renders the new range (it was added first, with the
   * body), so the row keys below count from the new first row.
   */
  readonly #onRangeChanged = (event: RangeChangedEvent): void => {
    this.#range = { first: event.first, last: event.last };
    if (this.#focusedBodyCell()) queueMicrotask(this.#keepFocusOnRecord);
  };

  #focusedBodyCell(): HTMLElement | undefined {
    const focused = (this.#context.host.renderRoot as ShadowRoot).activeElement;
    return focused instanceof HTMLElement && focused.closest('.body') ? focused : undefined;
  }

  /**
   * Row elements are reused for whatever row comes to their place, so once the rows are rendered the
   * focused cell may show another record (or be gone, when a group header row took its place): focus
   * moves to the active row's cell, or, when that row is out of the rendered range, leaves the grid's
   * body, as it did when the row's element went away.
   */
  readonly #keepFocusOnRecord = (): void => {
    const cell = this.#active.row > 0 ? this.#cellElement(this.#active) : null;
    const focused = this.#focusedBodyCell();
    if (cell) {
      if (cell !== focused) cell.focus({ preventScroll: true });
    } else if (focused) {
      focused.blur();
      // The header takes the tab stop while the active row is out of view.
      this.#context.host.requestUpdate();
    }
  };

  // ---------------------------------------------------------------- keyboard

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const cell = this.#cellFromEvent(event);
    // A header held by keyboard, and Alt+arrow nudges, belong to the column reorder.
    if (!cell || this.#columns.held || (event.altKey && cell.row === 0)) return;
    const rows = this.rows().length;
    const cols = this.#columns.columns().length;
    const rtl = this.#context.localize.isRtl();
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const ctrl = event.ctrlKey || event.metaKey;
    let target: Cell | undefined;

    if (cell.row === 0 && this.#onHeaderKey(event, cell, forward, back)) return;
    if (cell.group !== undefined && this.#onGroupKey(event, cell.group, forward, back)) return;
    // On a group row the column is the one the user was in (the row has one cell across them all).
    const col = cell.group !== undefined ? this.#active.col : cell.col;

    switch (event.key) {
      case 'ArrowDown':
        target = { row: Math.min(rows, cell.row + 1), col };
        if (event.shiftKey && cell.row > 0) this.#extendSelection(target.row);
        break;
      case 'ArrowUp':
        target = { row: Math.max(0, cell.row - 1), col };
        if (event.shiftKey && target.row > 0) this.#extendSelection(target.row);
        break;
      case 'PageDown':
        target = { row: Math.min(rows, cell.row + PAGE_ROWS), col };
        break;
      case 'PageUp':
        target = { row: Math.max(0, cell.row - PAGE_ROWS), col };
        break;
      case forward:
        target = { row: cell.row, col: Math.min(cols - 1, col + 1) };
        break;
      case back:
        target = { row: cell.row, col: Math.max(0, col - 1) };
        break;
      case 'Home':
        target = ctrl ? { row: 0, col: 0 } : { row: cell.row, col: 0 };
        break;
      case 'End':
        target = ctrl ? { row: rows, col: cols - 1 } : { row: cell.row, col: cols - 1 };
        break;
      case ' ':
        if (cell.row === 0) return;
        if (event.shiftKey) this.#extendSelection(cell.row);
        else this.#selection.toggle(this.#record(cell.row), cell.row);
        break;
      case 'a':
        if (!ctrl) return;
        this.#selection.set(this.#context.shown());
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) void this.#activate(target);
  };

  /** Keys of a group header row: Enter or Space toggles it, forward opens and back closes it. */
  #onGroupKey(event: KeyboardEvent, key: string, forward: string, back: string): boolean {
    if (event.shiftKey || event.ctrlKey || event.metaKey) return false;
    let expand: boolean | undefined;
    if (event.key === forward) expand = true;
    else if (event.key === back) expand = false;
    else if (event.key !== 'Enter' && event.key !== ' ') return false;
    event.preventDefault();
    this.#toggleGroup(key, expand);
    return true;
  }

  /** Keys of a column header: sort, resize. Returns whether the key was handled. */
  #onHeaderKey(event: KeyboardEvent, cell: Cell, forward: string, back: string): boolean {
    const field = this.#columns.columns()[cell.col];
    if (!field) return false;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#sortBy(field, event.shiftKey);
      return true;
    }
    // Space picks the column up (the column reorder handles it).
    if (event.key === ' ' && !event.shiftKey) return true;
    if (event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === forward || event.key === back)) {
      event.preventDefault();
      this.#columns.resizeByKey(field, event.key === forward);
      return true;
    }
    return false;
  }

  #extendSelection(row: number): void {
    this.#selection.anchorAt(Math.max(1, this.#active.row));
    this.#selection.set(this.#recordsBetween(this.#selection.anchor, row));
  }

  // ---------------------------------------------------------------- mouse

  /** A click on a header sorts; on a group row it toggles; on a row it selects (Shift: a range, Control or Command: one more). */
  readonly #onClick = (event: MouseEvent): void => {
    const cell = this.#cellFromEvent(event);
    if (!cell) return;
    if (cell.group !== undefined) {
      this.#active = { row: cell.row, col: this.#active.col };
      this.#toggleGroup(cell.group);
      return;
    }
    if (cell.row > 0) {
      this.#active = cell;
      if (event.shiftKey) this.#extendSelection(cell.row);
      else if (event.ctrlKey || event.metaKey) this.#selection.toggle(this.#record(cell.row), cell.row);
      else this.#selection.only(this.#record(cell.row), cell.row);
      return;
    }
    if (this.#columns.resizing || (event.target as Element).closest('[data-resize]')) return;
    const field = this.#columns.columns()[cell.col];
    if (!field) return;
    this.#active = cell;
    this.#sortBy(field, event.shiftKey);
  };

  #sortBy(field: RecordField, additive: boolean): void {
    const { localize, announcer } = this.#context;
    const sort = nextSort(this.#context.state().sort, field.id, additive);
    this.#context.change({ sort });
    const key = sort.find((each) => each.field === field.id);
    const term = localize.term.bind(localize);
    announcer.announce(
      key ? term(key.direction === 'asc' ? 'sortedAscending' : 'sortedDescending')(field.label) : term('unsorted'),
    );
  }

  // ---------------------------------------------------------------- rendering

  #renderHeader(field: RecordField, col: number, state: ViewState): TemplateResult {
    const columns = this.#columns;
    const index = state.sort.findIndex((key) => key.field === field.id);
    const key = state.sort[index];
    const sort = key ? (key.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    const active = this.#active;
    const activeRowHidden = active.row > 0 && (active.row - 1 < this.#range.first || active.row - 1 > this.#range.last);
    const tabbable = (active.row === 0 && active.col === col) || (activeRowHidden && active.col === col);
    return html`<div
      role="columnheader"
      part="header"
      class="header-cell"
      aria-colindex=${col + 1}
      aria-sort=${sort}
      aria-describedby="header-help"
      tabindex=${tabbable ? 0 : -1}
      data-row="0"
      data-col=${col}
      data-reorder-id=${field.id}
    >
      <span class="label">${field.label}</span>
      ${
        key
          ? html`<span class="sort-mark" aria-hidden="true"
              >${key.direction === 'asc' ? '▲' : '▼'}${state.sort.length > 1 ? index + 1 : ''}</span
            >`
          : nothing
      }
      <span
        class="resize-handle"
        part="resize-handle"
        aria-hidden="true"
        data-resize=${field.id}
        @pointerdown=${columns.onResizeDown}
        @pointermove=${columns.onResizeMove}
        @pointerup=${columns.onResizeUp}
        @pointercancel=${columns.onResizeUp}
      ></span>
    </div>`;
  }

  /** The virtualizer's layout config: the same object while the row height stays, once its code arrived. */
  #layoutConfig(): { type: typeof RowLayout; rowHeight: number } | undefined {
    const module = rowLayout.loaded;
    if (!module) {
      rowLayout.load().then(
        () => this.#context.host.requestUpdate(),
        (error: unknown) => this.#context.emit('tk-load-error', { part: 'table', error }),
      );
      return undefined;
    }
    if (this.#layout?.rowHeight !== this.#rowHeight) {
      this.#layout = { type: module.RowLayout, rowHeight: this.#rowHeight };
    }
    return this.#layout;
  }

  /** The record's cells as text, formatted once per record while the columns and formats stay the same. */
  #cellTexts(record: RecordItem, columns: readonly RecordField[]): string[] {
    let texts = this.#texts.get(record);
    if (!texts) {
      const format = this.#context.format();
      texts = columns.map((field) => formatValue(field, record[field.id], format));
      this.#texts.set(record, texts);
    }
    return texts;
  }

  #renderRow(record: RecordItem, row: number, columns: readonly RecordField[]): TemplateResult {
    const selected = this.#selection.has(this.#context.idOf(record));
    const activeCol = this.#active.row === row ? this.#active.col : -1;
    const texts = this.#cellTexts(record, columns);
    return html`<div
      role="row"
      part="row"
      class="row"
      aria-rowindex=${row + 1}
      aria-selected=${selected ? 'true' : 'false'}
    >
      ${columns.map(
        (field, col) =>
          html`<div
            role="gridcell"
            part="cell"
            class="cell"
            data-type=${field.type}
            aria-colindex=${col + 1}
            tabindex=${activeCol === col ? 0 : -1}
            data-row=${row}
            data-col=${col}
          >
            ${texts[col]}
          </div>`,
      )}
    </div>`;
  }

  render(state: ViewState): TemplateResult {
    const context = this.#context;
    const columns = this.#columns.columns();
    const rows = this.rows();
    const textKey = JSON.stringify([context.format(), columns.map((field) => field.id)]);
    if (textKey !== this.#textKey) {
      this.#textKey = textKey;
      this.#texts = new WeakMap();
    }
    const template = columns.map((field) => `${this.#columns.width(field, state.widths)}px`).join(' ');
    const layout = this.#layoutConfig();
    const term = context.localize.term.bind(context.localize);
    return html`<div class="scroller" part="scroller">
      <div
        role="grid"
        part="grid"
        class="grid"
        aria-label=${term('label')}
        aria-rowcount=${rows.length + 1}
        aria-colcount=${columns.length}
        aria-multiselectable="true"
        style="--_columns: ${template}"
        @keydown=${this.#onKeyDown}
        @focusin=${this.#onFocusIn}
        @click=${this.#onClick}
      >
        <div role="rowgroup" class="head">
          <div
            role="row"
            class="row header-row"
            aria-rowindex="1"
            @pointerover=${this.#columns.onHeaderApproach}
            @focusin=${this.#columns.onHeaderApproach}
          >
            ${columns.map((field, col) => this.#renderHeader(field, col, state))}
          </div>
        </div>
        <div role="rowgroup" class="body" @rangeChanged=${this.#onRangeChanged}>
          ${
            layout
              ? virtualize({
                  items: rows,
                  layout,
                  // Keyed by place in the rendered range, not by record: a row's element (and its
                  // cells) shows whichever row comes to its place, so a scroll, even a jump where
                  // every row is new, updates the text and attributes of the rows already there
                  // instead of making new rows and styling them.
                  keyFunction: (_row: BodyRow, index: number) => index - this.#range.first,
                  renderItem: (row: BodyRow, index: number) =>
                    row instanceof GroupRow
                      ? renderGroupRow(row, index + 1, columns.length, this.#active.row === index + 1)
                      : this.#renderRow(row, index + 1, columns),
                })
              : nothing
          }
        </div>
      </div>
      <span id="header-help" class="visually-hidden">${term('headerInstructions')}</span>
    </div>`;
  }
}
