import { TkRecordView } from './record-view.js';

TkRecordView.define('tk-record-view');

declare global {
  interface HTMLElementTagNameMap {
    'tk-record-view': TkRecordView;
  }
}

export { TkRecordView };
