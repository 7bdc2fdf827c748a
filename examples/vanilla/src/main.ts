// The page sets everything up in HTML; this module only listens. The event and its detail are
// typed by the package (HTMLElementTagNameMap, GlobalEventHandlersEventMap), with no cast.
import type {} from 'tailorkit/define';

const dashboard = document.querySelector('tk-dashboard');
const output = document.querySelector<HTMLOutputElement>('#last-change');

dashboard?.addEventListener('tk-layout-change', (event) => {
  const { reason, layout } = event.detail;
  const tasks = layout.find((entry) => entry.id === 'tasks');
  if (output) output.value = `${reason}: tasks at column ${tasks?.x ?? '?'}`;
});
