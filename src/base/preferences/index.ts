export { preferencesContext } from './context.js';
export {
  PersistController,
  type PersistHost,
  type PersistSetOptions,
  type PreferencesErrorDetail,
} from './persist-controller.js';
