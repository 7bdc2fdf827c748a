/** How many reported values are remembered; older ones count as new values when they come back. */
const REMEMBERED = 50;

/**
 * Recognises a component's own changes coming back to it. Hosts keep a controlled component's state:
 * they store each change event's value and hand it back (at once, or when their save answers, one
 * keystroke behind), and a preferences store's write completing brings the written value back too.
 * Adopting such an echo re-renders the inputs with what it holds and throws away what the user typed
 * meanwhile; so a component remembers what it reported and leaves an echo alone. Any other value is
 * the integrator's: the component adopts it and forgets its reports.
 *
 * Values compare as JSON (the documents components report are plain data). Echoes are expected in
 * order: one coming back acknowledges it and the reports before it, so an acknowledged value the
 * host sets again later (an undo to an earlier state, say) is adopted, unless it is still the last
 * one reported.
 */
export class OwnChanges {
  /** Reported values not handed back yet, oldest first, as JSON. */
  #waiting: string[] = [];
  /** The last value reported, as JSON: handing it back again changes nothing. */
  #last: string | undefined;

  /** The component reported `value` (in a change event, or by writing it). */
  report(value: unknown): void {
    const json = toJson(value);
    if (json === undefined) return;
    this.#last = json;
    this.#waiting.push(json);
    if (this.#waiting.length > REMEMBERED) this.#waiting.shift();
  }

  /** Whether `value` is one of the component's reports coming back (then it should not be adopted). */
  isEcho(value: unknown): boolean {
    if (value === undefined || value === null || this.#last === undefined) return false;
    const json = toJson(value);
    const at = json === undefined ? -1 : this.#waiting.indexOf(json);
    if (at !== -1) this.#waiting.splice(0, at + 1);
    return at !== -1 || json === this.#last;
  }

  /** The component adopted a value that was not an echo: its reports are history. */
  forget(): void {
    this.#waiting = [];
    this.#last = undefined;
  }
}

function toJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    // Not plain data (a cycle): never taken for an echo.
    return undefined;
  }
}
