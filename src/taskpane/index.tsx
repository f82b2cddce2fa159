// Entry of the task pane: wait for Office.js, then render the App in Fluent's provider.
// The pane must also render outside Office (preview in a browser) and when office.js failed
// to load at all.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { fluentThemeFor, type OfficeThemeLike } from "./theme";

/** How long to wait for Office.onReady before rendering in preview mode anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

interface OfficeState {
  host: string | null;
  theme: OfficeThemeLike | undefined;
  /** Office's UI language ("kk-KZ"); the App falls back to navigator.language without it. */
  displayLanguage?: string;
}

const preview: OfficeState = { host: null, theme: undefined };

function officeState(info: { host: Office.HostType | null } | undefined): OfficeState {
  return {
    host: info?.host ? String(info.host) : null,
    // officeTheme is absent outside Office and on hosts without the theme API.
    theme: info?.host ? (Office.context?.officeTheme as OfficeThemeLike | undefined) : undefined,
    displayLanguage: info?.host ? Office.context?.displayLanguage : undefined,
  };
}

function officeReady(): Promise<OfficeState> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve(preview);
  }
  try {
    return Office.onReady().then(officeState, () => preview);
  } catch {
    return Promise.resolve(preview); // a half-loaded office.js: still show the pane
  }
}

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
