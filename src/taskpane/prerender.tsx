// Build time only (scripts/prerender.js bundles and runs it in Node, never in the page): the
// pane's shell as HTML, once per language, so taskpane.html paints the title, the tabs and the
// disabled Load button before any script has run. index.tsx then hydrates the same tree
// (pane-root.tsx). The CSS the shell needs comes along: griffel's rules of the Fluent
// components in it, and the <style precedence> blocks React hoists, both for the page's <head>.
import {
  createDOMRenderer,
  RendererProvider,
  renderToStyleElements,
} from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { uiLanguages, type UiLanguage } from "../i18n/index";
import { PaneRoot } from "./pane-root";

export interface PrerenderedPane {
  /** <style> elements for <head>: hoisted component CSS, then griffel's buckets. */
  head: string;
  /** The markup #root holds before hydration, for each language. */
  shells: Record<UiLanguage, string>;
}

/** React 19 writes a hoisted <style href precedence> as one of these, ahead of the markup. */
const HOISTED_STYLE = /^((?:<style data-precedence="[^"]*" data-href="[^"]*">[^<]*<\/style>)*)/;

export function prerenderPane(): PrerenderedPane {
  // One renderer for the three languages: the same components, so one set of rules.
  const renderer = createDOMRenderer();
  const hoisted = new Set<string>();
  const shells = {} as Record<UiLanguage, string>;
  for (const language of uiLanguages) {
    // The provider only collects the rules; it renders no element, so the markup is what
    // PaneRoot alone renders in the page (no RendererProvider there: griffel's default one).
    const html = renderToString(
      <RendererProvider renderer={renderer}>
        <PaneRoot language={language} />
      </RendererProvider>,
    );
    const styles = HOISTED_STYLE.exec(html)?.[1] ?? "";
    hoisted.add(styles);
    shells[language] = html.slice(styles.length);
  }
  if (hoisted.size !== 1) {
    throw new Error(`prerender: the languages hoisted different styles (${[...hoisted].join()})`);
  }
  const griffel = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { head: [...hoisted][0] + griffel, shells };
}
