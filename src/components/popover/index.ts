export {
  TkPopover,
  type PopoverPlacement,
  type PopoverStrategy,
  type PopoverPanelRole,
  type PopoverShowReason,
  type PopoverHideReason,
  type TkPopoverShowDetail,
  type TkPopoverHideDetail,
} from './popover.js';
