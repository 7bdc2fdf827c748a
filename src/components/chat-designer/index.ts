export {
  TkChatDesigner,
  defaultChatDesignerStrings,
  type ChatDesignerStrings,
  type TkChatSettingsChangeDetail,
} from './chat-designer.js';
export { defaultChatSettings, embedSnippet, validateChatSettings, type ChatSettings } from './chat-settings.js';
