// @lit-labs/virtualizer measures items in a ResizeObserver callback and resizes its host there,
// which Chromium reports as "ResizeObserver loop completed with undelivered notifications" when a
// list first renders or jumps. It is harmless (the layout settles in the next frame), but the test
// harness would count it as an uncaught error. Importing this module ignores that one message.
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);
