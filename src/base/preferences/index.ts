export { preferencesContext } from './context.js';
export {
  PersistController,
  type PersistHost,
  type PersistSetOptions,
  type PreferencesErrorDetail,
  type TkPreferencesErrorDetail,
} from './persist-controller.js';
