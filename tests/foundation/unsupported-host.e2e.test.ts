// The old-webview check (src/taskpane/unsupported-host.js): plain ES5, so Internet Explorer 11
// and EdgeHTML parse it; where the modern built-ins are missing it shows a short message in
// kk, ru and en instead of a blank pane, and in a modern browser it does nothing.
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumAvailable, routeOfficeJsToLocal, watchPage } from "../helpers/browser";
import { ensureDist, ROOT } from "../helpers/dist";
import { serveDistInChromium } from "../helpers/served-dist";

const SOURCE = join(ROOT, "src", "taskpane", "unsupported-host.js");

describe("unsupported-host.js source", () => {
  it("is ES5: an ES5 parser reads it (and the same parser refuses ES2015)", () => {
    const source = readFileSync(SOURCE, "utf8");
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
    // Not vacuous: what the bundle is written in does not parse as ES5.
    expect(() => parse("const f = () => 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("var o = { ...a };", { ecmaVersion: 5 })).toThrow();
  });
});

describe.skipIf(!chromiumAvailable())("unsupported-host.js in the built page", () => {
  const served = serveDistInChromium();

  it("is inlined in the page as written, the first script, before office.js", () => {
    const dist = ensureDist();
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const first = /<script([^>]*)>([\s\S]*?)<\/script>/.exec(html);
    expect(first?.[1]).toBe(""); // inline: no src, no request before it
    expect(first?.[2]).toBe(readFileSync(SOURCE, "utf8").trim());
    expect(html.indexOf(first?.[0] ?? "")).toBeLessThan(html.indexOf("office.js"));
  });

  it("where the modern built-ins are missing, shows the message in kk, ru and en, not the pane", async () => {
    const page = await served.browser.newPage();
    await routeOfficeJsToLocal(page, served.server.origin);
    const problems = await watchPage(page);
    // An old webview, as far as the check can tell: no ES2022 built-ins.
    await page.addInitScript(() => {
      delete (Object as { hasOwn?: unknown }).hasOwn;
      delete (Array.prototype as { at?: unknown }).at;
    });
    await page.goto(`${served.server.origin}/taskpane.html`);
    const message = page.getByTestId("sanaq-unsupported");
    await message.waitFor({ timeout: 30_000 });
    expect(await message.getAttribute("role")).toBe("alert");
    const texts = await message
      .locator("p")
      .evaluateAll((ps) => ps.map((p) => [p.getAttribute("lang"), p.textContent]));
    expect(texts.map(([lang]) => lang)).toEqual(["kk", "ru", "en"]);
    expect(texts[0]?.[1]).toMatch(/Office-тің бұл нұсқасында жұмыс істемейді.*Excel 2021/);
    expect(texts[1]?.[1]).toMatch(/не работает в этой версии Office.*Excel 2021 или новее/);
    expect(texts[2]?.[1]).toMatch(/does not run in this version of Office.*Excel 2021 or later/);
    // The bundle saw the mark and rendered nothing over the message.
    await page.waitForTimeout(1000);
    expect(await page.getByTestId("sanaq-pane").count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await page.close();
  });

  it("in a modern browser does nothing: no mark, no message, the pane renders", async () => {
    const page = await served.browser.newPage();
    await routeOfficeJsToLocal(page, served.server.origin);
    const problems = await watchPage(page);
    await page.goto(`${served.server.origin}/taskpane.html`);
    await page.getByTestId("sanaq-pane").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("sanaq-unsupported").count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute("data-sanaq-unsupported")),
    ).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
