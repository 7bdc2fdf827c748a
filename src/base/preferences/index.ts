export { preferencesContext } from './context.js';
export { PersistController, type PersistHost, type PreferencesErrorDetail } from './persist-controller.js';
