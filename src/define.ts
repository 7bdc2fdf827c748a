/** Registers every Tailorkit custom element. */
export {};
