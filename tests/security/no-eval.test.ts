// No code from strings and no HTML from data anywhere in src/: ESLint's no-eval,
// no-implied-eval and no-new-func, and the project's no-restricted-syntax (HTML from data),
// run over every source file. CI runs `npm test`, not `npm run lint`, so this is where it holds.
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const RULES = ["no-eval", "no-implied-eval", "no-new-func", "no-restricted-syntax"];

// On top of the project's config: no-new-func, and the timer globals, without which
// no-implied-eval cannot tell setTimeout("code") from a local function of that name.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: {
      globals: Object.fromEntries(
        ["setTimeout", "setInterval", "window", "self", "globalThis"].map((g) => [g, "readonly"]),
      ),
    },
    rules: { "no-new-func": "error", "no-eval": "error", "no-implied-eval": "error" },
  },
});

const hits = (results: ESLint.LintResult[]): string[] =>
  results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId !== null && RULES.includes(m.ruleId))
      .map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId}`),
  );

describe("no eval, no new Function, no HTML from data in src/", () => {
  let results: ESLint.LintResult[] = [];

  beforeAll(async () => {
    results = await eslint.lintFiles(["src/**/*.ts", "src/**/*.tsx"]);
  }, 120_000);

  it("lints every source file under src/ (domain, workbook, excel, xlsx, cli, i18n, taskpane)", () => {
    const layers = new Set(results.map((r) => r.filePath.slice(ROOT.length + 1).split("/")[1]));
    for (const layer of ["domain", "workbook", "excel", "xlsx", "cli", "i18n", "taskpane"])
      expect(layers).toContain(layer);
    expect(results.length).toBeGreaterThan(50);
  });

  it("finds no eval, implied eval, Function constructor or HTML string in any of them", () => {
    expect(hits(results)).toEqual([]);
  });

  it("the same rules do flag each form (the check above is not vacuous)", async () => {
    const probe = [
      "export function f(s: string, el: HTMLElement): unknown {",
      "  eval(s);",
      "  globalThis.eval(s);",
      '  setTimeout("alert(1)", 0);',
      '  window.setInterval("alert(2)", 10);',
      "  new Function(s);",
      "  el.innerHTML = s;",
      "  return Function(s);",
      "}",
      "",
    ].join("\n");
    const got = await eslint.lintText(probe, { filePath: join(ROOT, "src/excel/probe.ts") });
    expect(hits(got).map((h) => h.replace(/^.*? /, ""))).toEqual([
      "no-eval",
      "no-eval",
      "no-implied-eval",
      "no-implied-eval",
      "no-new-func",
      "no-restricted-syntax",
      "no-new-func",
    ]);
  });
});
