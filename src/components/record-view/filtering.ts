// The filter model, loaded the first time a record view has a filter to apply: a view that is never
// filtered does not pay for it.
export { compile } from '../../core/filter/evaluate.js';
export { dropStaleFilterFields } from '../../core/records/filter.js';
