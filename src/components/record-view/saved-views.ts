import { html, nothing, type TemplateResult } from 'lit';
import { activeView } from '../../core/records/saved-views.js';
import type { RecordViewPreferences, ViewState } from '../../core/records/view-state.js';
import { LazyModule } from '../../base/lazy.js';
import type * as ViewsMenuModule from './views-menu.js';
import type { ViewsMenuContext } from './views-menu.js';
import type { RecordViewContext } from './context.js';
import { openOnFirstUse } from './first-use.js';

/** The saved-views menu (its popover, menu and commands), loaded the first time the menu opens. */
const viewsMenu = /* @__PURE__ */ new LazyModule<typeof ViewsMenuModule>(() => import('./views-menu.js'));

export interface SavedViewsOptions {
  /** The view state a stored state resolves to (host defaults under it, stale fields dropped). */
  resolve(stored: Partial<ViewState>): ViewState;
  /** Clears what the user typed in the quick search (a reset shows the suggested view as it is). */
  clearQuery(): void;
}

/**
 * The toolbar's saved views: the menu button named after the active view (marked when modified),
 * the name form of "Save as" and "Rename", the suggested view's reason and "Reset to suggested".
 */
export class SavedViews {
  readonly #context: RecordViewContext;
  readonly #options: SavedViewsOptions;
  /** The name form of "Save as" or "Rename", while it is open. */
  #naming: 'save-as' | 'rename' | undefined;

  constructor(context: RecordViewContext, options: SavedViewsOptions) {
    this.#context = context;
    this.#options = options;
  }

  /** Whether the working state differs from the saved view it started from. */
  modified(): boolean {
    const active = activeView(this.#context.persist.value);
    return !!active && JSON.stringify(this.#options.resolve(active.state)) !== JSON.stringify(this.#context.state());
  }

  #update(recipe: (preferences: RecordViewPreferences) => RecordViewPreferences | undefined): boolean {
    const next = recipe(this.#context.persist.value);
    if (!next) return false;
    void this.#context.persist.set(next);
    this.#context.host.requestUpdate();
    return true;
  }

  /** What the saved-views menu needs of the view. */
  readonly #menuContext: ViewsMenuContext = {
    preferences: () => this.#context.persist.value,
    state: () => this.#context.state(),
    modified: () => this.modified(),
    update: (recipe) => this.#update(recipe),
    announce: (message) => this.#context.announcer.announce(message),
    term: (key) => this.#context.localize.term(key),
    naming: () => this.#naming,
    setNaming: (mode) => {
      const { host } = this.#context;
      this.#naming = mode;
      host.requestUpdate();
      void host.updateComplete.then(() => {
        if (mode) host.renderRoot.querySelector<HTMLInputElement>('.name-form input')?.focus();
        else host.renderRoot.querySelector<HTMLElement>('[part="views-button"]')?.focus();
      });
    },
  };

  /** A click that came before the popover was defined (it handles its trigger itself once it is). */
  readonly #onViewsClick = (): Promise<void> => openOnFirstUse(this.#context, 'views', viewsMenu);

  /** Removes the user's working state, so the suggested (or the host's default) view shows again. */
  readonly #onResetClick = (): void => {
    const { persist, announcer, localize, host } = this.#context;
    void persist.reset('state');
    void persist.reset('active');
    this.#options.clearQuery();
    announcer.announce(localize.term('viewReset'));
    host.requestUpdate();
  };

  renderButton(): TemplateResult {
    const { localize, persist } = this.#context;
    const term = localize.term.bind(localize);
    const active = activeView(persist.value);
    const menu = viewsMenu.loaded;
    return html`<tk-popover class="views" placement="bottom-start">
      <button slot="trigger" type="button" class="button" part="views-button" @click=${this.#onViewsClick}>
        <span class="visually-hidden">${term('viewsPrefix')}</span>
        <span>${active ? active.name : term('unsavedView')}</span>
        ${this.modified() ? html`<em class="modified">(${term('modified')})</em>` : nothing}
      </button>
      ${menu ? menu.renderViewsMenu(this.#menuContext) : nothing}
    </tk-popover>`;
  }

  renderSuggestion(): TemplateResult {
    const { localize, persist } = this.#context;
    const term = localize.term.bind(localize);
    const layers = persist.layers;
    const suggested = layers.personalized !== undefined && layers.personalization;
    const customized = persist.isCustomized('state') || persist.isCustomized('active');
    return html`${suggested ? html`<span class="reason" part="reason">${layers.reason ?? term('suggested')}</span>` : nothing}
    ${
      customized
        ? html`<button type="button" class="button" part="reset-button" @click=${this.#onResetClick}>
            ${suggested ? term('resetToSuggested') : term('resetView')}
          </button>`
        : nothing
    }`;
  }

  /** The name form of "Save as" or "Rename", while it is open. */
  renderNameForm(): TemplateResult | typeof nothing {
    return viewsMenu.loaded && this.#naming ? viewsMenu.loaded.renderNameForm(this.#menuContext) : nothing;
  }
}
