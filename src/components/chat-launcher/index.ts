export { TkChatLauncher, type TkChatOpenChangeDetail } from './chat-launcher.js';
