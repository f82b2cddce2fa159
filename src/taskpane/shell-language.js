// Inlined by the build into taskpane.html right after the pane's prerendered shells, one per
// language (scripts/prerender.js; the page's CSP admits it by its hash): while the page is still
// parsing, it puts the shell in the pane's language into #root, so the first paint, before any
// other script of the pane has run, is already in that language and index.tsx hydrates it.
// The language: the one Office gave the last time the pane opened (index.tsx keeps it, as
// Office's own display language is known only once Office.js answers), else the browser's,
// read as pickLanguage (src/i18n/index.ts) reads it. Plain ES5 like unsupported-host.js: on an
// old webview it parses and does nothing, and that script's message shows in #root alone.
(function () {
  "use strict";
  var html = document.documentElement;
  var root = document.getElementById("root");
  if (!root || html.hasAttribute("data-sanaq-unsupported")) return;
  var saved = null;
  try {
    saved = window.localStorage.getItem("sanaq.language");
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    // Storage refused (a sandboxed or private webview): the browser's language then.
  }
  var tag = (saved || navigator.language || "").toLowerCase().split(/[-_]/)[0];
  var language = tag === "kk" || tag === "ru" ? tag : "en";
  var shell = document.getElementById("sanaq-shell-" + language);
  if (!shell || !shell.content) return;
  root.appendChild(shell.content.cloneNode(true));
  root.setAttribute("data-shell-language", language);
  html.setAttribute("lang", language);
})();
