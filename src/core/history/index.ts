/**
 * Generic undo and redo over snapshots of any state, shared by every component that edits something
 * a user may want back: dashboards, field pickers, invoice designers.
 *
 * @packageDocumentation
 */
export { History, type HistoryOptions, type HistoryStep } from './history.js';
