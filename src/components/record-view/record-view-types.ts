import type { RecordId } from '../../core/records/kanban.js';

/** `tk-selection-change`: the selected records' ids, in the order shown. */
export interface TkSelectionChangeDetail {
  ids: RecordId[];
}

/** `tk-view-change`: the working view state changed (view, fields, widths, sort, filter, grouping). */
export interface TkViewChangeDetail {
  view: 'table' | 'list' | 'kanban';
}

/**
 * `tk-before-record-move` (cancelable) and `tk-record-move`: a card was dropped in the kanban.
 * `from` and `to` are option values of the `group-by` field, `null` for "No value"; `index` is the
 * card's position in its new column.
 */
export interface TkRecordMoveDetail {
  id: RecordId;
  from: unknown;
  to: unknown;
  index: number;
  /**
   * Hands the view a promise that settles when the host has stored the move. The card stays where it
   * was dropped meanwhile; a rejection puts it back and shows the rejection's message.
   */
  waitUntil(promise: PromiseLike<unknown>): void;
  /** Why the host refused, shown to the user when it cancels `tk-before-record-move`. */
  reason?: string;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-selection-change': TkSelectionChangeDetail;
    'tk-view-change': TkViewChangeDetail;
    'tk-before-record-move': TkRecordMoveDetail;
    'tk-record-move': TkRecordMoveDetail;
  }
}
