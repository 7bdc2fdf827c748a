export {
  TkFieldPicker,
  type FieldPickerPreferences,
  type TkFieldsChangeDetail,
  type TkFieldsErrorDetail,
} from './field-picker.js';
export { defaultFieldPickerStrings, type FieldPickerStrings } from './field-picker-strings.js';
