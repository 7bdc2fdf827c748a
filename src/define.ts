/** Registers every Tailorkit custom element. */
import './components/preferences/define.js';
import './components/popover/define.js';
import './components/menu/define.js';
import './components/dashboard/define.js';
import './components/record-view/define.js';
import './components/invoice/define.js';
import './components/field-picker/define.js';
import './components/filter-builder/define.js';
import './components/chat-widget/define.js';
import './components/chat-window/define.js';
import './components/chat-designer/define.js';
import './components/invoice-designer/define.js';
import './components/chat-launcher/define.js';
