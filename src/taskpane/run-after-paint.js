// Inlined by the build last in taskpane.html, after the prerendered shell (scripts/prerender.js;
// the page's CSP admits it by its hash). It runs the pane's bundle once the shell's first frame
// has been drawn, not before it: with a plain <script defer>, a bundle that arrives before that
// frame runs first (about 120 ms of script on a 2-core AMD EPYC) and the planner looks at a blank
// pane meanwhile. The bundle is already downloading: a preload link marked data-sanaq-entry in
// <head> asks for it as soon as the page parses.
// Plain ES5 like unsupported-host.js; on an old webview (that script's message) it does nothing.
(function () {
  "use strict";
  if (document.documentElement.hasAttribute("data-sanaq-unsupported")) return;
  var entries = document.querySelectorAll("link[data-sanaq-entry]");
  var started = false;
  function run() {
    if (started) return;
    started = true;
    for (var i = 0; i < entries.length; i++) {
      var script = document.createElement("script");
      script.src = entries[i].getAttribute("href");
      script.async = false; // in the order webpack gave them
      document.head.appendChild(script);
    }
  }
  // requestAnimationFrame runs just before the next frame is drawn; the timeout set there runs
  // just after that frame has been handed to the compositor.
  if (typeof window.requestAnimationFrame === "function") {
    window.requestAnimationFrame(function () {
      setTimeout(run, 0);
    });
  }
  // A pane opened hidden draws no frames: start anyway, Office waits for Office.onReady.
  setTimeout(run, 300);
})();
