export { TkFilterBuilder, type TkFilterChangeDetail, type TkFilterErrorDetail } from './filter-builder.js';
export { defaultFilterBuilderStrings, type FilterBuilderStrings } from './filter-builder-strings.js';
