// Entry of the task pane: render the shell at once, then the host, theme and language when
// Office.js answers (src/excel/office-ready.ts). The pane must also render outside Office
// (preview in a browser) and when office.js failed to load at all. Everything the first screen
// does not need (panels, number reader, checks, Excel writer) is loaded on demand by the App.
import { FluentProvider } from "@fluentui/react-components";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { App, preloadChunks } from "./App";
import { officeReady, previewState as preview, type OfficeState } from "../excel/office-ready";
import { fluentThemeFor } from "./theme";

/** How long to wait for Office.onReady before switching to preview mode anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** state undefined: Office has not answered yet; the shell shows with Load disabled. */
function render(root: Root, state: OfficeState | undefined): void {
  root.render(
    <FluentProvider theme={fluentThemeFor(state?.theme)}>
      <App host={state ? state.host : undefined} displayLanguage={state?.displayLanguage} />
    </FluentProvider>,
  );
}

async function start(): Promise<void> {
  // An old webview (unsupported-host.js has shown its message): render nothing over it.
  if (document.documentElement.hasAttribute("data-sanaq-unsupported")) return;
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  const ready = officeReady();
  // The shell is committed now, in this task, not in one the scheduler picks later.
  flushSync(() => render(root, undefined));
  // Its chunks are asked for now, while Office.js looks for its host.
  preloadChunks(ready);
  const timeout = new Promise<OfficeState | "timeout">((resolve) =>
    setTimeout(() => resolve("timeout"), OFFICE_READY_TIMEOUT_MS),
  );
  const first = await Promise.race([ready, timeout]);
  render(root, first === "timeout" ? preview : first);
  // A slow host may answer after the timeout: show the real host then.
  if (first === "timeout") render(root, await ready);
}

void start();
