// The part of Tabulator 6 (a dev-only dependency of bench/records.bench.ts) the benchmark uses;
// the package ships no types of its own.
declare module 'tabulator-tables' {
  export interface ColumnDefinition {
    title: string;
    field: string;
    sorter?: 'string' | 'number' | 'alphanum' | 'date';
  }
  export interface Options {
    data: readonly Record<string, unknown>[];
    columns: ColumnDefinition[];
    height: string | number;
    renderVertical?: 'virtual' | 'basic';
    layout?: string;
  }
  export class TabulatorFull {
    constructor(element: HTMLElement, options: Options);
    on(event: 'tableBuilt' | 'renderComplete' | 'dataSorted', callback: () => void): void;
    setSort(field: string, direction: 'asc' | 'desc'): void;
    destroy(): void;
  }
}
