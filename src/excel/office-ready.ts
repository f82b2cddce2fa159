// Waits for Office.js and tells what host the pane runs in. Outside Office (a plain browser,
// office.js missing or half-loaded) it answers "no host" so the pane can show its preview.

/** The part of Office.context.officeTheme we read (absent outside Office and on old hosts). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export interface OfficeState {
  host: string | null;
  theme: OfficeThemeLike | undefined;
  /** Office's UI language ("kk-KZ"); the App falls back to navigator.language without it. */
  displayLanguage?: string;
}

export const previewState: OfficeState = { host: null, theme: undefined };

function officeState(info: { host: Office.HostType | null } | undefined): OfficeState {
  return {
    host: info?.host ? String(info.host) : null,
    // officeTheme is absent outside Office and on hosts without the theme API.
    theme: info?.host ? (Office.context?.officeTheme as OfficeThemeLike | undefined) : undefined,
    displayLanguage: info?.host ? Office.context?.displayLanguage : undefined,
  };
}

export function officeReady(): Promise<OfficeState> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve(previewState);
  }
  try {
    return Office.onReady().then(officeState, () => previewState);
  } catch {
    return Promise.resolve(previewState); // a half-loaded office.js: still show the pane
  }
}
