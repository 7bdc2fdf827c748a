import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { OwnChanges } from '../../base/own-changes.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { buttonStyles } from '../../base/button-styles.js';
import { visuallyHidden } from '../../base/visually-hidden.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { FieldSet } from '../../core/fields/field-set.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import { checkFilter, emptyFilter } from '../../core/filter/check.js';
import { describe, type FilterStrings } from '../../core/filter/describe.js';
import { DEFAULT_MAX_DEPTH, type Filter, type FilterDrop } from '../../core/filter/types.js';
import type { Preferences } from '../../core/prefs/store.js';
import { LazyModule } from '../../base/lazy.js';
import { LoadOnConnectController } from '../../base/load-on-connect.js';
import type * as EditorModule from './editor.js';
import type { FilterEditor } from './editor.js';
import { filterBuilderStyles } from './filter-builder.styles.js';
import { defaultFilterBuilderStrings, type FilterBuilderStrings } from './filter-builder-strings.js';

/** Detail of `tk-filter-change`. */
export interface TkFilterChangeDetail {
  value: Filter;
}

/** Detail of `tk-filter-error`: what `checkFilter` dropped from a filter given or stored. */
export interface TkFilterErrorDetail {
  source: 'value' | 'stored';
  dropped: FilterDrop[];
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-filter-change': TkFilterChangeDetail;
    'tk-filter-error': TkFilterErrorDetail;
  }
}

/** The editing controls, loaded when a builder first connects: the entry carries the model and the sentence. */
const editing = /* @__PURE__ */ new LazyModule<typeof EditorModule>(() => import('./editor.js'));

/**
 * Builds a filter a user can read back: nested groups of conditions combined with "all of" or
 * "any of", each group negatable, with the comparisons each field type offers and a value editor
 * per type (text, number, date, multi-select of options). The sentence it amounts to stays in view
 * ("Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)").
 *
 * The value is the versioned filter model of `tailorkit`'s `evaluate` and `compile`. A value set by
 * the host, or stored, is read with `checkFilter`: what cannot be used is dropped and reported with
 * `tk-filter-error`; an older model version is migrated. Every control is a labelled native control,
 * so the builder is used with the keyboard alone. A condition whose value is still empty takes no
 * part in filtering.
 *
 * @summary Nested and/or/not filter editor by field type, with a readable summary sentence.
 *
 * @csspart base - The wrapper.
 * @csspart summary - The sentence the filter amounts to.
 * @csspart group - A group of conditions.
 * @csspart condition - One condition's row.
 * @csspart field-chooser - The field search box of a condition.
 *
 * @cssprop [--tk-filter-builder-indent=var(--tk-space-4)] - Indentation of a nested group.
 * @cssprop [--tk-filter-builder-group-border-color=var(--tk-color-border)] - Outline of a group.
 *
 * @event {CustomEvent<TkFilterChangeDetail>} tk-filter-change - The filter changed: a condition or group was added, removed or edited (text and numbers once committed).
 * @event {CustomEvent<TkLoadErrorDetail>} tk-load-error - The editing controls, loaded on first use, could not be fetched; the sentence stays and the user is told. A reload tries again.
 * @event {CustomEvent<TkFilterErrorDetail>} tk-filter-error - A filter set or stored could not be used whole; `dropped` lists what was left out.
 */
export class TkFilterBuilder extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, filterBuilderStyles];

  readonly #localize = new LocalizeController(this, defaultFilterBuilderStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<{ filter: Filter | null }>(this, {
    version: 1,
    defaults: { filter: null },
  });

  /** The editing controls, once their code has loaded. */
  #editor: FilterEditor | undefined;
  readonly #editing = new LoadOnConnectController(this, editing, {
    part: 'editing',
    loaded: (module) => (this.#editor ??= new module.FilterEditor(this)),
    failed: (detail) => this.emit('tk-load-error', detail),
  });
  #set = new FieldSet([]);
  #filter: Filter = emptyFilter();
  #hostValue: unknown;
  #syncedValue: unknown;
  #reported: unknown;
  /**
   * The filters this builder committed. The host or the store handing one back is an echo: adopting
   * it would throw away what the user is typing into a value meanwhile.
   */
  readonly #own = new OwnChanges();

  /** The fields conditions can compare. */
  @property({ attribute: false }) fields: FieldDefinition[] = [];

  /**
   * The filter (default: an empty `and` group, which matches everything). With `persist-key`, a
   * value set by the host is the default and the user's stored filter wins over it. A filter
   * `tk-filter-change` reported, handed back by the host, leaves what the user is typing alone.
   */
  @property({ attribute: false })
  get value(): Filter {
    return structuredClone(this.#filter);
  }
  set value(value: Filter) {
    const old = this.#filter;
    this.#hostValue = value;
    this.requestUpdate('value', old);
  }

  /** Deepest nesting of groups, the outermost being level 1. */
  @property({ type: Number, attribute: 'max-depth' }) maxDepth = DEFAULT_MAX_DEPTH;

  /** ISO 4217 code in which `currency` fields' amounts are shown in the sentence (`EUR`). */
  @property() currency?: string;

  /** Time zone whose calendar days dates are shown in (default: the runtime's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Key of the preferences document that keeps the user's filter. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A preferences store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<FilterBuilderStrings> = {};

  /** Overrides for the words of the summary sentence (see `describe`). */
  @property({ attribute: false }) sentenceStrings: Partial<FilterStrings> = {};

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#editing.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fieldsChanged = changed.has('fields');
    if (fieldsChanged) this.#set = new FieldSet(this.fields);
    const force = fieldsChanged || changed.has('value') || changed.has('persistKey');
    const document = this.#persist;
    if (this.persistKey && document.status !== 'loading') {
      if (force || document.value !== this.#syncedValue) {
        this.#syncedValue = document.value;
        const stored = document.isCustomized('filter') ? document.value.filter : null;
        if (stored) this.#adopt(stored, 'stored', fieldsChanged);
        else this.#adopt(this.#hostValue, 'value', fieldsChanged);
      }
    } else if (force) {
      this.#adopt(this.#hostValue, 'value', fieldsChanged);
    }
  }

  /** Shows `source`, checked against the fields, unless it is one of this builder's commits coming back. */
  #adopt(source: unknown, origin: 'value' | 'stored', recheck: boolean): void {
    if (!recheck && this.#own.isEcho(source)) return;
    this.#own.forget();
    if (source === undefined || source === null) {
      this.#filter = emptyFilter();
      return;
    }
    const { filter, dropped } = checkFilter(source, this.#set, { maxDepth: this.maxDepth });
    this.#filter = filter;
    if (dropped.length > 0 && source !== this.#reported) {
      this.#reported = source;
      this.emit('tk-filter-error', { source: origin, dropped });
    }
  }

  /** @internal The fields, indexed (for the editor). */
  get fieldSet(): FieldSet {
    return this.#set;
  }

  /** @internal The filter being edited, as is (for the editor). */
  get filter(): Filter {
    return this.#filter;
  }

  /** @internal */
  term<K extends keyof FilterBuilderStrings>(key: K): FilterBuilderStrings[K] {
    return this.#localize.term(key);
  }

  /** @internal The language the builder is shown in. */
  locale(): string {
    return this.#localize.lang();
  }

  /** @internal */
  announce(message: string): void {
    this.#announcer.announce(message);
  }

  /** @internal An edit by the user: shown at once; `commit` stores it and emits `tk-filter-change`. */
  edit(next: Filter, commit = true): void {
    this.#filter = next;
    this.requestUpdate();
    if (!commit) return;
    this.#own.report(next);
    if (this.persistKey) {
      void this.#persist.set({ filter: next });
      this.#syncedValue = this.#persist.value;
    }
    this.emit('tk-filter-change', { value: structuredClone(next) });
  }

  protected override render(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const sentence = describe(this.#filter, this.#set, this.#localize.lang(), {
      currency: this.currency,
      timeZone: this.timeZone,
      strings: this.sentenceStrings,
    });
    return html`<div class="base" part="base" role="group" aria-label=${term('label')}>
      <p class="summary" part="summary" id="summary">
        <span class="summary-label">${term('summary')}:</span> <output aria-live="polite">${sentence}</output>
      </p>
      ${
        this.#editor
          ? this.#editor.renderGroup(this.#filter.root, [], 1)
          : this.#editing.failed
            ? html`<p class="empty" role="alert">${term('unavailable')}</p>`
            : html`<p class="empty" aria-busy="true">${term('loading')}</p>`
      }
    </div>`;
  }
}
