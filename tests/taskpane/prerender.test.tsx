// @vitest-environment jsdom
// The shell the build writes into dist/taskpane.html (scripts/prerender.js): one per language,
// picked by the inline shell-language.js while the page parses, then hydrated by the bundle's
// tree with not one difference React (its development build, which compares attributes too) or
// Fluent would report: not one console.error. It hydrates the shell rendered in development
// mode, the mode of the tree here (devShell), and checks that the built one is that shell but for
// griffel's debug suffix. Reads the built page: `npm run build` after changing the pane.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act } from "@testing-library/react";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { hydrateRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { shellLanguageScript, shellLanguageScriptHash } from "../../scripts/prerender";
import { pickLanguage, translate, uiLanguages, type UiLanguage } from "../../src/i18n/index";
import type { OfficeState } from "../../src/excel/office-ready";
import { PaneRoot } from "../../src/taskpane/pane-root";
import { rememberOfficeLanguage, SAVED_LANGUAGE_KEY } from "../../src/taskpane/saved-language";
import { ensureDist, ROOT } from "../helpers/dist";

interface Shell {
  head: string;
  body: string;
}

/** dist/taskpane.html's <head> and <body> markup, as its parser reads them. */
let shell: Shell & { csp: string };
/**
 * The same shell rendered by the same function in development mode, as `npm start` serves it
 * (webpack.config.js: prerenderShell(themes, { production })). The tree these tests hydrate runs
 * React's and griffel's development builds, and griffel names merged classes differently there
 * ("___jdtuxv0_17k0bs4", "___jdtuxv0" in production), so only a shell of the same mode can
 * hydrate without a single attribute warning. Rendered in Node, as the build renders it (no DOM).
 */
let devShell: Shell;
beforeAll(() => {
  const html = readFileSync(join(ensureDist(), "taskpane.html"), "utf8");
  const page = new DOMParser().parseFromString(html, "text/html");
  const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
  // Only what the prerender wrote: the pane's own external scripts are not run here.
  for (const external of page.querySelectorAll("script[src], meta, link, title")) external.remove();
  shell = {
    head: page.head.innerHTML,
    body: page.body.innerHTML,
    csp: csp?.getAttribute("content") ?? "",
  };
  const themes = JSON.stringify({ light: webLightTheme, dark: webDarkTheme });
  const render = `const { prerenderShell } = require("./scripts/prerender");
    const shell = prerenderShell(${themes}, { production: false });
    process.stdout.write(JSON.stringify(shell));`;
  const dev = JSON.parse(
    execFileSync(process.execPath, ["-e", render], { cwd: ROOT, encoding: "utf8" }),
  ) as Shell;
  // Read back by the same parser as the built page, so both are serialized alike.
  const parsed = new DOMParser().parseFromString(
    `<html><head>${dev.head}</head><body>${dev.body}</body></html>`,
    "text/html",
  );
  devShell = { head: parsed.head.innerHTML, body: parsed.body.innerHTML };
});

/** The page as the parser leaves it: head, body, and the inline script run where it stands. */
function loadPage(language: string, saved?: string, markup: Shell = shell): void {
  document.documentElement.removeAttribute("data-sanaq-unsupported");
  document.documentElement.lang = "en";
  document.head.innerHTML = markup.head;
  document.body.innerHTML = markup.body; // as the parser builds it; scripts do not run this way
  localStorage.clear();
  if (saved) localStorage.setItem(SAVED_LANGUAGE_KEY, saved);
  vi.spyOn(navigator, "language", "get").mockReturnValue(language);
  runInThisContext(shellLanguageScript());
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("prerendered shell (taskpane.html)", () => {
  it("has the shell in kk, ru and en, and the CSS it needs in <head>", () => {
    for (const language of uiLanguages) {
      const template = new RegExp(`<template id="sanaq-shell-${language}">(.*?)</template>`);
      const html = template.exec(shell.body)?.[1] ?? "";
      expect(html).toContain(translate(language, "load.heading"));
      expect(html).toContain(translate(language, "host.pending"));
      expect(html).toContain('data-host="pending"');
      expect(html).toMatch(/<button[^>]*data-testid="sanaq-load"[^>]*disabled=""/);
    }
    // Fluent's theme variables once, griffel's rules, the tabs' and picker's own CSS.
    expect(shell.head.match(/--colorNeutralBackground1:/g)).toHaveLength(1);
    expect(shell.head).toContain("data-make-styles-bucket");
    expect(shell.head).toContain('data-href="sanaq-language-picker sanaq-section-tabs"');
  });

  it.each([
    ["kk-KZ", "kk"],
    ["ru", "ru"],
    ["ru_RU", "ru"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["", "en"],
  ])(
    "navigator.language %j puts the %s shell into #root, as pickLanguage reads it",
    (tag, lang) => {
      loadPage(tag);
      expect(pickLanguage(tag)).toBe(lang);
      const root = document.getElementById("root");
      expect(root?.getAttribute("data-shell-language")).toBe(lang);
      expect(document.documentElement.lang).toBe(lang);
      expect(root?.querySelector('[data-testid="sanaq-pane-body"]')?.getAttribute("lang")).toBe(
        lang,
      );
    },
  );

  it("prefers the language Office gave last time over the browser's", () => {
    rememberOfficeLanguage("kk-KZ", localStorage);
    const saved = localStorage.getItem(SAVED_LANGUAGE_KEY) ?? undefined;
    expect(saved).toBe("kk");
    loadPage("ru-RU", saved);
    expect(document.getElementById("root")?.getAttribute("data-shell-language")).toBe("kk");
  });

  it("leaves #root empty on an old webview (unsupported-host.js shows its message there)", () => {
    loadPage("en-US");
    document.getElementById("root")?.replaceChildren();
    document.getElementById("root")?.removeAttribute("data-shell-language");
    document.documentElement.setAttribute("data-sanaq-unsupported", "");
    runInThisContext(shellLanguageScript());
    expect(document.getElementById("root")?.childNodes).toHaveLength(0);
  });

  it("is admitted by the CSP through the sha256 of exactly the text the page carries", () => {
    const digest = createHash("sha256").update(shellLanguageScript()).digest("base64");
    expect(shellLanguageScriptHash()).toBe(`'sha256-${digest}'`);
    const scriptSrc = /script-src ([^;]*)/.exec(shell.csp)?.[1] ?? "";
    expect(scriptSrc.split(" ")).toContain(shellLanguageScriptHash());
    expect(scriptSrc).not.toContain("unsafe-inline");
    const inline = new DOMParser().parseFromString(shell.body, "text/html").querySelector("script");
    expect(inline?.textContent).toBe(shellLanguageScript());
    expect(shellLanguageScript()).toContain(`"${SAVED_LANGUAGE_KEY}"`);
  });

  it("built the same shells as the development one these tests hydrate, but griffel's suffix", () => {
    const template = (body: string, language: UiLanguage) =>
      new RegExp(`<template id="sanaq-shell-${language}">(.*?)</template>`).exec(body)?.[1];
    for (const language of uiLanguages) {
      const built = template(shell.body, language);
      expect(built).toContain(translate(language, "load.heading"));
      // "___jdtuxv0_17k0bs4" in development is "___jdtuxv0" in production; nothing else differs.
      expect(template(devShell.body, language)?.replace(/(___[a-z0-9]+)_[a-z0-9]+/g, "$1")).toBe(
        built,
      );
    }
  });

  it.each(uiLanguages)(
    "hydrates the %s shell without a mismatch, then applies Office's answer",
    async (language: UiLanguage) => {
      loadPage(language === "en" ? "en-US" : language, undefined, devShell);
      const container = document.getElementById("root") as HTMLElement;
      const errors = vi.spyOn(console, "error");
      const recoverable: unknown[] = [];
      let answer: ((state: OfficeState) => void) | undefined;
      const button = container.querySelector('[data-testid="sanaq-load"]');
      await act(async () => {
        root = hydrateRoot(
          container,
          <PaneRoot
            language={language}
            office={(onState) => {
              answer = onState;
              return () => undefined;
            }}
          />,
          { onRecoverableError: (error) => recoverable.push(error) },
        );
      });
      // Not one error or warning: a text that differs is a recoverable error, an attribute that
      // differs (a class name too) a console.error of React's development build.
      expect(recoverable).toEqual([]);
      expect(errors.mock.calls).toEqual([]);
      // The same element: hydrated, not replaced; the build's copy of griffel's rules gone.
      expect(container.querySelector('[data-testid="sanaq-load"]')).toBe(button);
      expect(document.head.querySelector("style[data-make-styles-rehydration]")).toBeNull();
      expect(document.head.querySelector('style[id^="fui-FluentProvider"]')).not.toBeNull();
      await act(async () =>
        answer?.({ host: "Excel", theme: undefined, displayLanguage: "ru-RU" }),
      );
      expect(container.querySelector('[data-testid="sanaq-host"]')?.textContent).toBe(
        translate("ru", "host.excel"),
      );
      expect(errors.mock.calls).toEqual([]);
    },
  );
});
