/**
 * Strings an attacker (or an unlucky copy-paste) puts into anything a user or a stored state
 * supplies: labels, names, message text, notes, URLs. Every payload that could run sets
 * `window.__tkPwned`, so a test checks that nothing ran with `pwned()`.
 */
const payloads = [
  '<script>window.__tkPwned=1</script>',
  '<img src=x onerror="window.__tkPwned=1">',
  '<svg onload="window.__tkPwned=1"></svg>',
  '<svg><script>window.__tkPwned=1</script></svg>',
  '<iframe src="javascript:window.parent.__tkPwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__tkPwned=1</script>"></iframe>',
  '<a href="javascript:window.__tkPwned=1">click</a>',
  '<a href="JaVaScRiPt:window.__tkPwned=1">click</a>',
  '<a href="&#106;avascript:window.__tkPwned=1">click</a>',
  '<a href="  javascript:window.__tkPwned=1">click</a>',
  '<a href="java\tscript:window.__tkPwned=1">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html,<script>parent.__tkPwned=1</script>">click</a>',
  '<details open ontoggle="window.__tkPwned=1">',
  '<body onload="window.__tkPwned=1">',
  '<input autofocus onfocus="window.__tkPwned=1">',
  '<form><button formaction="javascript:window.__tkPwned=1">go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__tkPwned=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__tkPwned=1>">',
  '<style>@import "https://evil.example/x.css";</style>',
  '<div style="background:url(javascript:window.__tkPwned=1)">x</div>',
  '<object data="javascript:window.__tkPwned=1"></object>',
  '<embed src="javascript:window.__tkPwned=1">',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__tkPwned=1">',
  '<template><script>window.__tkPwned=1</script></template>',
  '"><script>window.__tkPwned=1</script>',
  "'><img src=x onerror=window.__tkPwned=1>",
  '</textarea><script>window.__tkPwned=1</script>',
  '</style><script>window.__tkPwned=1</script>',
  '${alert(1)}',
  '{{constructor.constructor("window.__tkPwned=1")()}}',
  '[click](javascript:window.__tkPwned=1)',
  '[click](JAVASCRIPT:window.__tkPwned=1)',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX190a1B3bmVkPTE8L3NjcmlwdD4=)',
  '[click](<javascript:window.__tkPwned=1>)',
  '![x](javascript:window.__tkPwned=1)',
  '![x](https://evil.example/track.png)',
  '![x](data:image/svg+xml,<svg onload="window.__tkPwned=1">)',
  '<javascript:window.__tkPwned=1>',
  '[a]: javascript:window.__tkPwned=1\n\n[click][a]',
  'javascript:window.__tkPwned=1',
  'data:text/html,<script>window.__tkPwned=1</script>',
  'https://example.com/"onmouseover="window.__tkPwned=1',
  '\u202Egnp.exe',
  'a\u0000b',
  '\uFEFFzero\u200Bwidth',
  '😀👍🏽👨‍👩‍👧',
  'A'.repeat(10_000),
  '',
  '   ',
  '__proto__',
  'constructor',
  'toString',
];

const wrappers = [
  (p: string): string => p,
  (p: string): string => `Hello ${p} world`,
  (p: string): string => `**${p}**`,
];

/** At least 150 hostile strings: every payload alone, inside text, and inside Markdown emphasis. */
export const hostileStrings: readonly string[] = [...new Set(payloads.flatMap((p) => wrappers.map((wrap) => wrap(p))))];

/** Whether any payload ran since the last `resetPwned()`. */
export const pwned = (): boolean => (window as unknown as { __tkPwned?: number }).__tkPwned !== undefined;

export const resetPwned = (): void => {
  delete (window as unknown as { __tkPwned?: number }).__tkPwned;
};

/** Links in `root` (crossing open shadow roots) whose href would run code or load a document from data. */
export function dangerousLinks(root: ParentNode): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = element.getAttribute(name);
        if (value && /^\s*(javascript|vbscript|data):/i.test(value)) {
          const dataImage = name === 'src' && element.tagName === 'IMG' && /^\s*data:image\//i.test(value);
          if (!dataImage) found.push(`${element.tagName.toLowerCase()}[${name}]=${value.slice(0, 60)}`);
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}
