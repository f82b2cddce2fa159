// The Content-Security-Policy of taskpane.html (a <meta>, so frame-ancestors, report-uri and
// sandbox cannot be used). Everything is the add-in's own origin except Office.js's CDN.
"use strict";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
/**
 * The hidden logging frame Office.js opens by itself: its ULSEndpointProxy (in
 * o15apptofilemappingtable.js outside Office, and in the Windows desktop host files such as
 * excel-win32-16.00.js) appends an <iframe> of telemetryproxy.html 3 s after load. Without it
 * in frame-src every pane logs a CSP violation as a console error. It is the one frame domain
 * reported in OfficeDev/office-js#1005 that the office.js we ship actually opens; its own
 * scripts run in that cross-origin frame, under its own policy, not ours.
 */
const OFFICE_TELEMETRY_FRAME_ORIGIN = "https://telemetryservice.firstpartyapps.oaspapps.com";

/**
 * @param {{ devServer?: boolean, devServerPort?: number, scriptHashes?: string[] }} [options]
 * @returns {string}
 */
function contentSecurityPolicy(options = {}) {
  const directives = {
    "default-src": ["'self'"],
    // office.js loads its host-specific scripts (excel-web-16.00.js, strings, telemetry) from
    // the folder it came from. No 'unsafe-eval': the bundle never uses eval (devtool source-map).
    // No 'unsafe-inline' either: the one inline script (the prerendered shell's language pick,
    // scripts/prerender.js) is admitted by the hash of its text, so no other inline script runs.
    "script-src": ["'self'", OFFICE_JS_ORIGIN, ...(options.scriptHashes ?? [])],
    // Fluent UI v9 (griffel) inserts its CSS at run time into <style> elements it creates;
    // CSP has no way to allow those except 'unsafe-inline' (a nonce would have to be fresh per
    // response, which a static page cannot give). Styles cannot run script.
    "style-src": ["'self'", "'unsafe-inline'"],
    // Office on the web: office.js shows its "host not trusted" page (AgaveErrorUX) in a frame
    // served from its CDN; and it opens its hidden telemetry frame (see above). The pane itself
    // frames nothing.
    "frame-src": [OFFICE_JS_ORIGIN, OFFICE_TELEMETRY_FRAME_ORIGIN],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    // The pane fetches seeds/ from its own origin only. office.js's direct Aria telemetry
    // (*.pipe.aria.microsoft.com) is switched off in the office.js we ship
    // (AriaLogger.EnableSendingTelemetryWithLegacyAria = false), so it is not allowed. The dev
    // server's live-reload socket is the same origin; it is named too because older WebKit did
    // not match wss: with 'self'.
    "connect-src": options.devServer
      ? ["'self'", `wss://localhost:${options.devServerPort ?? 3000}`]
      : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = {
  contentSecurityPolicy,
  OFFICE_JS_ORIGIN,
  OFFICE_JS_CDN_URL,
  OFFICE_TELEMETRY_FRAME_ORIGIN,
};
