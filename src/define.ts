/** Registers every Tailorkit custom element. */
import './components/preferences/define.js';
import './components/popover/define.js';
import './components/menu/define.js';
import './components/dashboard/define.js';
import './components/record-view/define.js';
import './components/field-picker/define.js';
