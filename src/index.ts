/**
 * Tailorkit: framework-agnostic web components for customizable business interfaces.
 *
 * Importing this entry registers nothing; import `tailorkit/define` (all tags) or a component's
 * own `tailorkit/components/<name>/define` to register custom elements.
 */
export * from './base/index.js';
export * from './core/prefs/index.js';
export * from './core/personalize/index.js';
export * from './core/color/index.js';
export * from './core/layout/index.js';
export * from './core/history/index.js';
export * from './components/preferences/index.js';
export * from './components/popover/index.js';
export * from './components/menu/index.js';
export * from './components/dashboard/index.js';
export * from './core/money/index.js';
export * from './core/invoice/index.js';
export * from './core/fields/index.js';
export * from './core/filter/index.js';
export * from './core/records/index.js';
export * from './components/record-view/index.js';
export * from './components/field-picker/index.js';
export * from './components/filter-builder/index.js';
export * from './core/chat/index.js';
export * from './components/chat-launcher/index.js';
export * from './components/chat-widget/index.js';
export * from './components/chat-window/index.js';
export * from './components/chat-designer/index.js';
export * from './components/invoice/index.js';
export * from './components/invoice-designer/index.js';
