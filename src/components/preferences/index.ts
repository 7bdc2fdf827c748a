export { TkPreferences } from './preferences.js';
export type { AdapterName } from './preferences-config.js';
