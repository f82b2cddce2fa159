// The lint rule that keeps HTML built from data out of src/ (XSS): it must flag every way
// of turning a string into markup, and leave text rendering alone.
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

async function ruleHits(code: string, file = "src/taskpane/Probe.tsx"): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
}

describe("no HTML from data (eslint no-restricted-syntax on src/)", () => {
  it("flags dangerouslySetInnerHTML and an iframe's srcDoc", async () => {
    const code = [
      "export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;",
      "export const B = (p: { s: string }) => <iframe srcDoc={p.s} />;",
      "",
    ].join("\n");
    expect(await ruleHits(code)).toBe(2);
  });

  it("flags innerHTML / outerHTML assignments, insertAdjacentHTML, document.write, fragments", async () => {
    const code = [
      "export function f(el: HTMLElement, s: string): void {",
      "  el.innerHTML = s;",
      "  el.outerHTML = s;",
      '  el.insertAdjacentHTML("beforeend", s);',
      "  document.write(s);",
      "  document.createRange().createContextualFragment(s);",
      "}",
      "",
    ].join("\n");
    expect(await ruleHits(code, "src/excel/probe.ts")).toBe(5);
  });

  it("allows text: React children, textContent, process.stdout.write", async () => {
    const code = [
      "export const A = (p: { s: string }) => <div>{p.s}</div>;",
      "export function f(el: HTMLElement, s: string): string {",
      "  el.textContent = s;",
      "  process.stdout.write(s);",
      "  return el.innerHTML;",
      "}",
      "",
    ].join("\n");
    expect(await ruleHits(code)).toBe(0);
  });
});
