import { html, nothing, type TemplateResult } from 'lit';
import '../popover/define.js';
import '../menu/define.js';
import {
  activeView,
  deleteView,
  duplicateView,
  renameView,
  saveViewAs,
  saveViewChanges,
  switchView,
} from '../../core/records/saved-views.js';
import type { RecordViewPreferences, ViewState } from '../../core/records/view-state.js';
import type { TkMenuSelectDetail } from '../menu/menu.js';
import type { RecordViewStrings } from './record-view-strings.js';

/** What the saved-views menu needs of its record view. */
export interface ViewsMenuContext {
  preferences(): RecordViewPreferences;
  /** The working state on screen. */
  state(): ViewState;
  /** Whether the working state differs from the active saved view. */
  modified(): boolean;
  update(recipe: (preferences: RecordViewPreferences) => RecordViewPreferences | undefined): void;
  announce(message: string): void;
  term<K extends keyof RecordViewStrings>(key: K): RecordViewStrings[K];
  naming(): 'save-as' | 'rename' | undefined;
  /** Opens the name form (and focuses its field), or closes it (focus returns to the menu button). */
  setNaming(mode: 'save-as' | 'rename' | undefined): void;
}

const newViewId = (): string => `view-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function onSelect(context: ViewsMenuContext, event: CustomEvent<TkMenuSelectDetail>): void {
  const value = event.detail.value;
  const active = activeView(context.preferences());
  if (value.startsWith('view:')) {
    const id = value.slice('view:'.length);
    context.update((preferences) => switchView(preferences, id));
    const name = activeView(context.preferences())?.name;
    if (name) context.announce(context.term('viewShown')(name));
  } else if (value === 'save' && active) {
    context.update((preferences) => saveViewChanges(preferences, context.state()));
    context.announce(context.term('viewSaved')(active.name));
  } else if (value === 'save-as' || value === 'rename') {
    context.setNaming(value);
  } else if (value === 'duplicate' && active) {
    const name = context.term('copyOf')(active.name);
    context.update((preferences) => duplicateView(preferences, active.id, newViewId(), name));
    context.announce(context.term('viewSaved')(name));
  } else if (value === 'delete' && active) {
    context.update((preferences) => deleteView(preferences, active.id));
    context.announce(context.term('viewDeleted')(active.name));
  }
}

function onSubmit(context: ViewsMenuContext, event: SubmitEvent): void {
  event.preventDefault();
  const input = (event.currentTarget as HTMLFormElement).querySelector('input')!;
  const name = input.value.trim();
  if (!name) {
    input.focus();
    return;
  }
  const active = activeView(context.preferences());
  if (context.naming() === 'rename' && active) {
    context.update((preferences) => renameView(preferences, active.id, name));
    context.announce(context.term('viewRenamed')(name));
  } else {
    context.update((preferences) => saveViewAs(preferences, name, context.state(), newViewId()));
    context.announce(context.term('viewSaved')(name));
  }
  context.setNaming(undefined);
}

/** The menu of saved views and their commands, inside the record view's popover. */
export function renderViewsMenu(context: ViewsMenuContext): TemplateResult {
  const term = context.term.bind(context);
  const preferences = context.preferences();
  const active = activeView(preferences);
  return html`<tk-menu
    part="views-menu"
    @tk-select=${(event: CustomEvent<TkMenuSelectDetail>) => onSelect(context, event)}
  >
    ${preferences.views.map(
      (view) =>
        html`<tk-menu-item type="radio" value=${`view:${view.id}`} ?checked=${view.id === preferences.active}
          >${view.name}</tk-menu-item
        >`,
    )}
    ${preferences.views.length > 0 ? html`<hr />` : nothing}
    ${active && context.modified() ? html`<tk-menu-item value="save">${term('saveChanges')}</tk-menu-item>` : nothing}
    <tk-menu-item value="save-as">${term('saveAs')}</tk-menu-item>
    ${
      active
        ? html`<tk-menu-item value="rename">${term('rename')}</tk-menu-item>
            <tk-menu-item value="duplicate">${term('duplicate')}</tk-menu-item>
            <tk-menu-item value="delete">${term('delete')}</tk-menu-item>`
        : nothing
    }
  </tk-menu>`;
}

/** The name form of "Save as" and "Rename". Escape or Cancel closes it. */
export function renderNameForm(context: ViewsMenuContext): TemplateResult {
  const term = context.term.bind(context);
  const current = context.naming() === 'rename' ? (activeView(context.preferences())?.name ?? '') : '';
  return html`<form
    class="name-form"
    part="name-form"
    @submit=${(event: SubmitEvent) => onSubmit(context, event)}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      context.setNaming(undefined);
    }}
  >
    <label>${term('viewName')} <input name="name" required autocomplete="off" .value=${current} /></label>
    <button type="submit" class="button" data-variant="primary">${term('save')}</button>
    <button type="button" class="button" @click=${() => context.setNaming(undefined)}>${term('cancel')}</button>
  </form>`;
}
