import type { ReactiveControllerHost } from 'lit';
import type { RecordId } from '../../core/records/kanban.js';
import type { FormatOptions } from '../../core/records/format.js';
import type { RecordViewPreferences, ViewState } from '../../core/records/view-state.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type { TkEventDetailMap } from '../../base/tk-element.js';
import type { AnnouncerController } from '../../base/announcer.js';
import type { LocalizeController } from '../../base/localize.js';
import type { PersistController } from '../../base/preferences/persist-controller.js';
import type { defaultRecordViewStrings, RecordViewStrings } from './record-view-strings.js';

/** The strings of a record view, with the element's overrides. */
export type RecordViewLocalize = LocalizeController<typeof defaultRecordViewStrings>;

/** The element the parts of a record view render into. */
export type RecordViewHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * What the parts of a record view (toolbar, table, column sizing, saved views) need of the element:
 * its working state, the records it shows and the shared controllers. One object, made by the element.
 */
export interface RecordViewContext {
  readonly host: RecordViewHost;
  readonly localize: RecordViewLocalize;
  readonly announcer: AnnouncerController;
  readonly persist: PersistController<RecordViewPreferences>;
  /** The host's records, as given. */
  records(): readonly RecordItem[];
  /** The host's field definitions. */
  fields(): readonly RecordField[];
  /** The effective view state (host defaults, suggested and user layers, stale fields dropped). */
  state(): ViewState;
  /** The records shown after filter, search and sort, in order. */
  shown(): readonly RecordItem[];
  idOf(record: RecordItem): RecordId;
  format(): FormatOptions;
  /** Applies a change to the working state: shown at once, saved with `persist-key` unless `commit` is false. */
  change(patch: Partial<ViewState>, options?: { commit?: boolean }): void;
  /** The host's overrides of the strings (the reorder announcements among them). */
  strings(): Partial<RecordViewStrings>;
  /** Dispatches a bubbling, composed event from the element. */
  emit<K extends keyof TkEventDetailMap>(
    name: K,
    detail: TkEventDetailMap[K],
    options?: { cancelable?: boolean },
  ): CustomEvent<TkEventDetailMap[K]>;
}
