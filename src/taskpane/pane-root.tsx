// The pane's whole React tree, one definition for both places that render it: the build
// (src/taskpane/prerender.tsx writes it into taskpane.html, before Office.js has answered) and
// the page (index.tsx hydrates that HTML). Hydration needs both trees to be the same, so the
// Office state reaches the tree only through its own effect, after hydration has committed.
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Theme } from "@fluentui/react-components";
import type { OfficeState } from "../excel/office-ready";
import type { UiLanguage } from "../i18n/index";
import type { SeedPrefetch } from "./services/seed-prefetch";
import { App } from "./App";
import { fluentThemeFor, lightTheme } from "./theme";

/** Tells the tree each Office state as it becomes known; returns a function that stops it. */
export type OfficeStates = (onState: (state: OfficeState) => void) => () => void;

export interface PaneRootProps {
  /** Absent in the build: the prerendered shell is the pane before Office.js answers. */
  office?: OfficeStates;
  /** The language the shell was drawn in, until Office gives its display language. */
  language: UiLanguage;
  /** The seeds asked for at start, for the browser preview's first load. */
  seeds?: SeedPrefetch;
}

export function PaneRoot({ office, language, seeds }: PaneRootProps) {
  // undefined: Office has not answered yet; the shell shows with Load disabled.
  const [state, setState] = useState<OfficeState | undefined>(undefined);
  const [theme, setTheme] = useState<Theme>(lightTheme);
  useEffect(() => {
    if (!office) return undefined;
    let live = true;
    // Each state is shown with its theme at once (no light frame before a dark one), in the
    // order Office gave them.
    let shown: Promise<void> = Promise.resolve();
    const stop = office((next) => {
      shown = shown
        .then(() => fluentThemeFor(next.theme))
        .then((nextTheme) => {
          if (!live) return;
          setTheme(nextTheme);
          setState(next);
        });
    });
    return () => {
      live = false;
      stop();
    };
  }, [office]);
  useEffect(dropPrerenderedRules, []);
  return (
    <FluentProvider theme={theme}>
      <App
        host={state ? state.host : undefined}
        displayLanguage={state?.displayLanguage ?? language}
        seeds={seeds}
      />
    </FluentProvider>
  );
}

/**
 * The build's copy of griffel's rules (the <style data-make-styles-bucket> elements in <head>)
 * painted the shell; once hydrated, the components have inserted the same rules themselves, so
 * the copy goes. (Reading it back into griffel's cache instead, rehydrateRendererCache, would
 * bring griffel's CSS parser, stylis, into the first bundle.)
 */
function dropPrerenderedRules(): void {
  for (const style of document.head.querySelectorAll("style[data-make-styles-rehydration]")) {
    style.remove();
  }
}
