import type { LazyModule } from '../../base/lazy.js';
import type { TkPopover } from '../popover/popover.js';
import type { RecordViewContext } from './context.js';

/**
 * A click on a toolbar button whose popover content loads on first use: load it, render it, open the
 * popover. Once loaded, the popover handles its trigger itself. A failed load is announced and sent as
 * `tk-load-error`.
 */
export async function openOnFirstUse(
  context: RecordViewContext,
  part: 'views' | 'fields' | 'filter',
  module: LazyModule<unknown>,
): Promise<void> {
  if (module.loaded && customElements.get('tk-popover')) return;
  const { host } = context;
  try {
    await module.load();
    host.requestUpdate();
    await host.updateComplete;
  } catch (error) {
    context.announcer.announce(context.localize.term('unavailable'), 'assertive');
    context.emit('tk-load-error', { part, error });
    return;
  }
  const popover = host.renderRoot.querySelector<TkPopover>(`tk-popover.${part}`);
  await popover?.updateComplete;
  await popover?.show();
}
