// The ARIA a popover writes outside its shadow root: on its trigger (expanded, haspopup, controls) and
// on a content element that is itself the popup (named by the trigger, the menu-button pattern).

/** Roles a single content element can have to become the popup itself (the menu-button pattern). */
const COMPOSITE_ROLES = new Set(['menu', 'listbox', 'tree', 'grid']);
/** Values `aria-haspopup` accepts besides true/false. */
const HASPOPUP_ROLES = new Set(['menu', 'listbox', 'tree', 'grid', 'dialog']);
const HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/** Browsers with Reference Target forward an idref to the host to the panel inside its shadow root. */
export const supportsReferenceTarget = typeof ShadowRoot !== 'undefined' && 'referenceTarget' in ShadowRoot.prototype;

/** The single content element with a composite role, when there is one: it is the popup. */
export function compositePopup(content: readonly HTMLElement[]): HTMLElement | undefined {
  const only = content.length === 1 ? content[0] : undefined;
  return only && COMPOSITE_ROLES.has(only.getAttribute('role') ?? '') ? only : undefined;
}

/** The panel's name when it has no label: the first heading in the content, else the trigger's text. */
export function derivedName(content: readonly HTMLElement[], trigger: HTMLElement | undefined): string {
  const heading = content.map((el) => (el.matches(HEADING) ? el : el.querySelector(HEADING))).find((el) => el !== null);
  const source = heading ?? trigger;
  return (source?.getAttribute('aria-label') || source?.textContent || '').replace(/\s+/g, ' ').trim();
}

export interface TriggerState {
  open: boolean;
  /** The content element that is the popup, if any. */
  popup: HTMLElement | undefined;
  /** The panel's role when the content is not the popup. */
  panelRole: string;
  /** What `aria-controls` points at: the popup, or the popover host (forwarded to its panel). */
  controlled: HTMLElement | undefined;
}

/** Writes the trigger's ARIA state, and names a popup by its trigger unless the author named it. */
export function decorateTrigger(trigger: HTMLElement, { open, popup, panelRole, controlled }: TriggerState): void {
  trigger.setAttribute('aria-expanded', String(open));
  const role = popup ? popup.getAttribute('role')! : panelRole;
  if (HASPOPUP_ROLES.has(role)) trigger.setAttribute('aria-haspopup', role);
  else trigger.removeAttribute('aria-haspopup');

  if (!controlled) {
    trigger.removeAttribute('aria-controls');
  } else if (sameTreeScope(trigger, controlled)) {
    trigger.setAttribute('aria-controls', ensureId(controlled, popup ? 'tk-popup' : 'tk-popover'));
  } else {
    trigger.removeAttribute('aria-controls');
    trigger.ariaControlsElements = [controlled];
  }

  if (popup && !popup.hasAttribute('aria-label') && !popup.hasAttribute('aria-labelledby')) {
    if (sameTreeScope(trigger, popup)) {
      popup.setAttribute('aria-labelledby', ensureId(trigger, 'tk-popover-trigger'));
    } else {
      popup.ariaLabelledByElements = [trigger];
    }
  }
}

/** Removes what `decorateTrigger` wrote on a trigger the popover no longer uses. */
export function clearTrigger(trigger: HTMLElement): void {
  trigger.removeAttribute('aria-expanded');
  trigger.removeAttribute('aria-haspopup');
  trigger.removeAttribute('aria-controls');
  trigger.ariaControlsElements = null;
}

let idCounter = 0;
function ensureId(element: Element, prefix: string): string {
  if (!element.id) element.id = `${prefix}-${++idCounter}`;
  return element.id;
}

function sameTreeScope(a: Node, b: Node): boolean {
  return a.getRootNode() === b.getRootNode();
}
