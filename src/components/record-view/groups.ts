import { html, type TemplateResult } from 'lit';
import { formatValue } from '../../core/records/format.js';
import { groupRows } from '../../core/records/group-rows.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type { RecordViewContext } from './context.js';

/** A group header row of a grouped table: the value, its count and sum, and whether it is open. */
export class GroupRow {
  constructor(
    readonly key: string,
    readonly label: string,
    readonly summary: string,
    readonly expanded: boolean,
  ) {}
}

/** A row of the table's body: a record, or a group's header when the table is grouped. */
export type BodyRow = RecordItem | GroupRow;

export interface TableOptions {
  /** The field rows are grouped by, when the table is grouped. */
  groupField(): RecordField | undefined;
  /** The numeric field each group sums. */
  sumField(): RecordField | undefined;
}

/**
 * The rows of a table grouped by `group-by`: each group's header row (its value as the column shows
 * it, the count and the sum), then its records unless collapsed. Computed again only when the shown
 * records, the grouping, the collapsed groups or the formats change.
 */
export class TableGroups {
  readonly #context: RecordViewContext;
  readonly #options: TableOptions;
  #rows: { inputs: unknown[]; rows: BodyRow[] } | undefined;

  constructor(context: RecordViewContext, options: TableOptions) {
    this.#context = context;
    this.#options = options;
  }

  /** The body rows: the shown records, under group header rows when grouped (collapsed groups without their records). */
  rows(): BodyRow[] {
    const context = this.#context;
    const shown = context.shown();
    const field = this.#options.groupField();
    if (!field) return shown as BodyRow[];
    const state = context.state();
    const sumField = this.#options.sumField();
    const format = context.format();
    const inputs = [shown, field, sumField, state.collapsed.join('\u0000'), JSON.stringify(format), context.strings()];
    if (this.#rows && inputs.every((input, index) => input === this.#rows!.inputs[index])) return this.#rows.rows;
    const term = context.localize.term.bind(context.localize);
    const collapsed = new Set(state.collapsed);
    const rows: BodyRow[] = [];
    for (const group of groupRows(shown, field, { locale: format.locale, sumField: sumField?.id })) {
      const expanded = !collapsed.has(group.key);
      const sum = sumField && group.sum !== undefined ? formatValue(sumField, group.sum, format) : '';
      const label = formatValue(field, group.value, format) || term('noValue');
      rows.push(new GroupRow(group.key, label, term('groupSummary')(group.records.length, sum), expanded));
      if (expanded) for (const record of group.records) rows.push(record);
    }
    this.#rows = { inputs, rows };
    return rows;
  }
}

/** A group's header row: one cell across the columns, which holds the tab stop when the row is active. */
export function renderGroupRow(group: GroupRow, row: number, cols: number, active: boolean): TemplateResult {
  return html`<div role="row" part="group-row" class="row group-row" aria-rowindex=${row + 1}>
    <div
      role="gridcell"
      class="group-cell"
      aria-expanded=${group.expanded ? 'true' : 'false'}
      aria-colindex="1"
      aria-colspan=${cols}
      tabindex=${active ? 0 : -1}
      data-row=${row}
      data-col="0"
      data-group=${group.key}
    >
      <span class="chevron" aria-hidden="true"></span>
      <span class="group-label">${group.label}</span>
      <span class="group-summary">${group.summary}</span>
    </div>
  </div>`;
}
