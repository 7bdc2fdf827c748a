// Internal helpers (LazyModule, the composed-tree walkers in focus.ts) are not exported here: they
// serve the components and may change without notice.
export { TkElement, type TkEventDetailMap, type TkLoadErrorDetail, type EmitOptions } from './tk-element.js';
export { defineElement } from './define.js';
export { AnnouncerController, liveRegionText, type Politeness } from './announcer.js';
export { LocalizeController, type Strings } from './localize.js';
export { baseStyles } from './styles.js';
export { visuallyHidden } from './visually-hidden.js';
export { buttonStyles } from './button-styles.js';
export { RovingFocusController, type RovingFocusOptions, type RovingOrientation } from './roving-focus.js';
export * from './preferences/index.js';
export { KeyboardGrabController, type KeyboardGrabDelegate, type GrabStep } from './keyboard-grab.js';
export {
  ReorderController,
  defaultReorderStrings,
  type ReorderOptions,
  type ReorderMove,
  type ReorderPosition,
  type ReorderStrings,
} from './reorder.js';
export { renderMarkdown, sanitizeHtml, type MarkdownOptions } from './markdown.js';
export { safeUrl, type SafeUrlOptions, type UrlPurpose } from './safe-url.js';
export { reportConfigError, type TkConfigErrorDetail } from './config-error.js';
export { startAutoloader, type Autoloader, type TagLoaders } from './autoload.js';
export { BrandController, brandReady, type TkBrandWarningDetail, type BrandWarningDetail } from './brand.js';
export { TkChatElement } from './chat-element.js';
