/**
 * Thrown by `computeInvoice` for input it cannot compute exactly. `path` names the field the way an
 * integrator writes it (`lines[1].quantity`), and so does the message. Nothing partial is returned.
 */
export class InvoiceError extends Error {
  /** The field at fault, e.g. `lines[1].quantity`, `taxes[0].rate`, `currency`. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = 'InvoiceError';
    this.path = path;
  }
}
