// Entry of the task pane: wait for Office.js (src/excel/office-ready.ts), then render the App in Fluent's provider.
// The pane must also render outside Office (preview in a browser) and when office.js failed
// to load at all.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { officeReady, previewState as preview, type OfficeState } from "../excel/office-ready";
import { fluentThemeFor } from "./theme";

/** How long to wait for Office.onReady before rendering in preview mode anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

function render(root: Root, state: OfficeState): void {
  root.render(
    <FluentProvider theme={fluentThemeFor(state.theme)}>
      <App host={state.host} displayLanguage={state.displayLanguage} />
    </FluentProvider>,
  );
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const ready = officeReady();
  const timeout = new Promise<OfficeState | "timeout">((resolve) =>
    setTimeout(() => resolve("timeout"), OFFICE_READY_TIMEOUT_MS),
  );
  const first = await Promise.race([ready, timeout]);
  const root = createRoot(container);
  render(root, first === "timeout" ? preview : first);
  // A slow host may answer after the timeout: show the real host then.
  if (first === "timeout") render(root, await ready);
}

void start();
