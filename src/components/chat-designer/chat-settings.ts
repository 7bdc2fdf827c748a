import type { ChatBrand } from '../../core/chat/brand.js';
import type { BusinessHours } from '../../core/chat/hours.js';
import type { FieldError } from '../../core/prefs/document.js';
import type { ChatPrechat } from '../../core/chat/types.js';

/** What a business sets up for its chat: the designer's preferences document and the widget's input. */
export interface ChatSettings {
  brand: ChatBrand;
  position: 'end' | 'start';
  heading: string;
  greeting: string;
  /** Picture beside the business's messages. */
  avatar: string;
  replyTime: string;
  /** Business hours; `null` means always answered. */
  hours: BusinessHours | null;
  /** The pre-chat form; `null` means none. */
  prechat: ChatPrechat | null;
}

export const defaultChatSettings: ChatSettings = {
  brand: { color: '#2563eb', radius: 12 },
  position: 'end',
  heading: 'Chat with us',
  greeting: 'Hi! How can we help?',
  avatar: '',
  replyTime: 'Usually replies in a few minutes',
  hours: null,
  prechat: null,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields of a stored settings document with the wrong shape: the preferences engine drops just those. */
export function validateChatSettings(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const record = isRecord(value) ? value : {};
  if (!isRecord(record['brand'])) errors.push({ path: 'brand', message: 'must be an object' });
  if (record['position'] !== 'end' && record['position'] !== 'start')
    errors.push({ path: 'position', message: 'must be end or start' });
  for (const key of ['heading', 'greeting', 'avatar', 'replyTime'])
    if (typeof record[key] !== 'string') errors.push({ path: key, message: 'must be text' });
  if (record['hours'] !== null && !isRecord(record['hours']))
    errors.push({ path: 'hours', message: 'must be business hours or null' });
  if (record['prechat'] !== null && !(isRecord(record['prechat']) && Array.isArray(record['prechat']['fields'])))
    errors.push({ path: 'prechat', message: 'must be a pre-chat form or null' });
  return errors;
}

const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** Settings as a script literal that cannot end a `<script>` element or break a JavaScript string. */
function literal(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/\n/g, `\n${indent}`);
}

/**
 * Code an integrator pastes to show a widget with these settings. `html`: the element and a module
 * script for any site; `npm`: the same for an app that installs the package. Safe whatever the
 * settings hold: attribute values are escaped and the settings cannot close the script element.
 */
export function embedSnippet(
  settings: ChatSettings,
  kind: 'html' | 'npm' = 'html',
  source = 'https://cdn.jsdelivr.net/npm/tailorkit/dist',
): string {
  const { position, ...rest } = settings;
  if (kind === 'npm') {
    return `import 'tailorkit/components/chat-widget/define';

const chat = document.createElement('tk-chat-widget');
chat.position = ${JSON.stringify(position)};
Object.assign(chat, ${literal(rest, '')});
document.body.append(chat);`;
  }
  return `<tk-chat-widget id="tk-chat" position="${escapeAttribute(position)}"></tk-chat-widget>
<script type="module">
  import '${escapeAttribute(source)}/components/chat-widget/define.js';
  Object.assign(document.getElementById('tk-chat'), ${literal(rest, '  ')});
</script>`;
}
