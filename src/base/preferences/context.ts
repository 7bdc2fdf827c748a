import { createContext } from '@lit/context';
import type { Preferences } from '../../core/prefs/store.js';

/**
 * The context `<tk-preferences>` provides its store under. Keyed by a registered symbol, so two
 * copies of Tailorkit on one page still find each other's provider.
 */
export const preferencesContext = createContext<Preferences | undefined>(Symbol.for('tailorkit.preferences'));
