// axe-core scans of the pane in Chromium: serious and critical violations only.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../helpers/dist";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Scan the settled page: a control still under the pointer is mid hover transition.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  if (!(await page.evaluate(() => "axe" in window))) {
    // The page's CSP forbids inline scripts (what addScriptTag({ path }) makes), so axe is
    // served as a same-origin file instead.
    const url = `${new URL(page.url()).origin}/__e2e/axe.min.js`;
    await page.route(url, (route) => route.fulfill({ path: AXE, contentType: "text/javascript" }));
    await page.addScriptTag({ url });
  }
  // Tabster (Fluent's focus manager) adds invisible focus-redirecting <i data-tabster-dummy>
  // elements that axe reads as focusable aria-hidden content; they are not page content.
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (context: unknown) => Promise<AxeResult> };
      }
    ).axe.run({ exclude: [["[data-tabster-dummy]"]] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}
