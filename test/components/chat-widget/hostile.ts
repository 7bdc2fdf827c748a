/**
 * Hostile strings for the chat widget's safety tests: classic XSS vectors, Markdown link and image
 * tricks, URL scheme obfuscations and CSS injection, each in several encodings. Every payload that
 * would run calls `__tkHit()`, so a test counts executions by counting calls.
 */
const RUN = '__tkHit()';

const vectors: string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<body onload=${RUN}>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<a href="JaVaScRiPt:${RUN}">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5fX3RrSGl0KCk8L3NjcmlwdD4=">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  `<style>@import 'https://evil.example/x.css';</style>`,
  `<div style="background:url(javascript:${RUN})">x</div>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</textarea><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><script>${RUN}</script></template>`,
  `<img src=x:x onerror=${RUN}//`,
  `[click](javascript:${RUN})`,
  `[click](JAVASCRIPT:${RUN})`,
  `[click](java&#115;cript:${RUN})`,
  `[click](java%73cript:${RUN})`,
  `[click](  javascript:${RUN})`,
  `[click](vbscript:msgbox(1))`,
  `[click](data:text/html;base64,PHNjcmlwdD4=)`,
  `[click](<javascript:${RUN}>)`,
  `<javascript:${RUN}>`,
  `![x](javascript:${RUN})`,
  `![x](https://evil.example/track.png)`,
  `![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9X190a0hpdCgpPg==)`,
  `[x][ref]\n\n[ref]: javascript:${RUN}`,
  `<a href="&#106;avascript:${RUN}">x</a>`,
  `<a href="&#x6A;avascript:${RUN}">x</a>`,
  `<a href="java\tscript:${RUN}">x</a>`,
  `<a href=" javascript:${RUN}">x</a>`,
  `<a href="javascript&colon;${RUN}">x</a>`,
  'javascript:__tkHit()',
  'data:text/html,<script>__tkHit()</script>',
];

const variants: ((vector: string) => string)[] = [
  (v) => v,
  (v) => `Hello ${v} world`,
  (v) => v.toUpperCase().replace('__TKHIT()', RUN),
  (v) => `**bold** ${v}\n\n- item`,
];

export const hostileStrings: string[] = [
  ...vectors.flatMap((vector) => variants.map((variant) => variant(vector))),
  'x; } :host { display: none } {',
  'Inter"; background: url(https://evil.example/x)',
  '${alert(1)}',
  '{{constructor.constructor("__tkHit()")()}}',
  '\u202Eevil.exe',
  '\u0000null byte',
];
