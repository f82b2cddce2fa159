// Entry of the task pane. taskpane.html already shows the shell, prerendered at build time in the
// pane's language (scripts/prerender.js, src/taskpane/shell-language.js); this hydrates it, then
// applies the host, theme and language when Office.js answers (src/excel/office-ready.ts). The
// pane must also render outside Office (preview in a browser) and when office.js failed to load
// at all. Everything the first screen does not need (panels, number reader, checks, Excel
// writer) is loaded on demand by the App.
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { preloadChunks } from "./App";
import { officeReady, previewState as preview, type OfficeState } from "../excel/office-ready";
import { pickLanguage } from "../i18n/index";
import { PaneRoot, type OfficeStates } from "./pane-root";
import { rememberOfficeLanguage } from "./saved-language";
import { createSeedFetcher } from "./services/fetch-seed";
import { prefetchSeeds } from "./services/seed-prefetch";

/** How long to wait for Office.onReady before switching to preview mode anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Office's answer, or preview after the timeout and then the real host if it answers late. */
function officeStates(ready: Promise<OfficeState>): OfficeStates {
  return (onState) => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), OFFICE_READY_TIMEOUT_MS);
    });
    void Promise.race([ready, timeout]).then(async (first) => {
      clearTimeout(timer);
      if (!live) return;
      onState(first === "timeout" ? preview : first);
      // A slow host may answer after the timeout: show the real host then.
      if (first === "timeout") {
        const late = await ready;
        if (live) onState(late);
      }
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  };
}

function start(): void {
  // When the bundle began, after the shell's first frame (run-after-paint.js); the e2e tests and
  // the bench read it.
  performance.mark("sanaq:start");
  // An old webview (unsupported-host.js has shown its message): render nothing over it.
  if (document.documentElement.hasAttribute("data-sanaq-unsupported")) return;
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const ready = officeReady();
  // The preview's seeds, asked for now; only a preview's first load reads them (App.tsx).
  const seeds = prefetchSeeds(createSeedFetcher(), () =>
    import(/* webpackChunkName: "domain" */ "./services/load-flow").then((m) => m.textFilesOf),
  );
  // The language shell-language.js drew the shell in; none when the page has no shell.
  const shellLanguage = container.getAttribute("data-shell-language");
  const tree = (
    <PaneRoot
      office={officeStates(ready)}
      seeds={seeds}
      language={pickLanguage(shellLanguage ?? navigator.language)}
    />
  );
  if (shellLanguage) {
    hydrateRoot(container, tree);
  } else {
    // No prerendered shell: commit it now, in this task, not in one the scheduler picks later.
    flushSync(() => createRoot(container).render(tree));
  }
  // The shell's chunks are asked for now, while Office.js looks for its host.
  preloadChunks(ready);
  // The next pane opens in Office's language at once (shell-language.js reads it).
  void ready.then((state) => rememberOfficeLanguage(state.displayLanguage));
}

start();
