export { TkRecordView } from './record-view.js';
export { defaultRecordViewStrings, type RecordViewStrings } from './record-view-strings.js';
export type { TkSelectionChangeDetail, TkViewChangeDetail, TkRecordMoveDetail } from './record-view-types.js';
