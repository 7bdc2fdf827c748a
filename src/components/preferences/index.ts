export { TkPreferences } from './preferences.js';
