import { describe, expect, it } from "vitest";
import { bodyRange, firstBodyCell } from "../../src/workbook/table";
import { buildPlan } from "../../src/workbook/plan";
import type { TablePlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { syntheticInput, relations } from "./synthetic";

function table(plan: WorkbookPlan, name: string): TablePlan {
  const t = plan.sheets.flatMap((s) => s.tables).find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function cell(t: TablePlan, row: number, key: string): unknown {
  const i = t.columns.findIndex((c) => c.key === key);
  expect(i).toBeGreaterThanOrEqual(0);
  return t.rows[row]?.[i];
}

describe("buildPlan", () => {
  it("is deterministic for the same input", () => {
    expect(JSON.stringify(buildPlan(syntheticInput()))).toBe(
      JSON.stringify(buildPlan(syntheticInput())),
    );
  });

  it("builds the seven sheets in order, each table name unreadable as a cell address", () => {
    const plan = buildPlan(syntheticInput());
    expect(plan.sheets.map((s) => s.key)).toEqual([
      "sources",
      "figures",
      "coverage",
      "plans",
      "conflicts",
      "relations",
      "about",
    ]);
    for (const t of plan.sheets.flatMap((s) => s.tables)) {
      expect(t.name).toMatch(/^tbl[A-Z][A-Za-z]+$/);
      expect(t.name).not.toMatch(/^[A-Za-z]{1,3}[0-9]+$|^R[0-9]*C[0-9]*$/i);
    }
  });

  it("lists every relation on Relations with its kind and roles in the workbook's language", () => {
    const input = syntheticInput("ru");
    const plan = buildPlan(input);
    const table = plan.sheets.find((s) => s.key === "relations")?.tables[0];
    expect(table?.rows).toHaveLength(input.relations.length);
    const first = input.relations[0];
    expect(first?.type).toBe("share");
    expect(cell(table!, 0, "id")).toBe(first?.id);
    expect(cell(table!, 0, "kind")).toBe("Доля");
    // "часть: a; целое: b + c": a role of several figures adds up.
    const roles = Object.entries(first?.roles ?? {});
    expect(String(cell(table!, 0, "figures"))).toBe(
      roles
        .map(
          ([role, ids]) =>
            `${{ part: "часть", whole: "целое", stated: "заявлено" }[role]}: ${ids.join(" + ")}`,
        )
        .join("; "),
    );
  });

  it("keeps the texts added from the pane in the state, and only when there are any", () => {
    const input = syntheticInput();
    expect(buildPlan(input).state.added).toBeUndefined();
    const source = input.sources[0];
    if (!source) throw new Error("no source");
    const added = [{ source, figures: [], relations: [], indicators: [] }];
    expect(buildPlan({ ...input, added }).state.added).toEqual(added);
  });

  it("writes portable formulas only: This Row structured refs, INDEX/MATCH, no [@], XLOOKUP or LET", () => {
    const plan = buildPlan(syntheticInput());
    const formulas = plan.sheets
      .flatMap((s) => s.tables)
      .flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(8);
    for (const f of formulas) {
      expect(f.startsWith("=")).toBe(true);
      expect(f).toContain("[[#This Row],[");
      expect(f).not.toMatch(/\[@|XLOOKUP|LET\(|FILTER\(|SORT\(|UNIQUE\(/);
    }
    const covered = table(plan, "tblCoverage").columns.find((c) => c.key === "covered");
    const id = "tblCoverage[[#This Row],[Covered id]]";
    const hint = "tblCoverage[[#This Row],[Covered id, row]]";
    expect(covered?.formula).toBe(
      `=IF(${id}="","",IF(ISNUMBER(FIND("|",${id})),` +
        `SUMPRODUCT(ISNUMBER(FIND(UPPER("|"&tblFigures[Id]&"|"),UPPER("|"&${id}&"|")))*tblFigures[Value]),` +
        `INDEX(tblFigures[Value],IF(IFERROR(INDEX(tblFigures[Id],${hint})=${id},FALSE),${hint},MATCH(${id},tblFigures[Id],0)))))`,
    );
  });

  it("keeps Figures value and source value, with an edited-value and a conflict highlight", () => {
    const plan = buildPlan(syntheticInput());
    const t = table(plan, "tblFigures");
    expect(t.rows).toHaveLength(8);
    expect(cell(t, 3, "value")).toBe(60);
    expect(cell(t, 3, "sourceValue")).toBe(60);
    expect(cell(t, 3, "conflicts")).toBe("share:zh.3g");
    expect(cell(t, 1, "conflicts")).toBe("");
    expect(t.columns.find((c) => c.key === "value")).toMatchObject({
      editable: true,
      loadedCopy: "sourceValue",
    });
    expect(t.conditionalFormats).toEqual([
      expect.objectContaining({
        range: bodyRange(t, "value"),
        formula: `=${firstBodyCell(t, "value")}<>${firstBodyCell(t, "sourceValue")}`,
        meaning: "edited",
      }),
      expect.objectContaining({
        range: bodyRange(t, "id"),
        formula: `=${firstBodyCell(t, "conflicts")}<>""`,
        meaning: "conflict",
      }),
    ]);
  });

  it("ends Figures with the planner's Reason column: empty on load, kept by refresh, localized", () => {
    const headers = (["en", "ru", "kk"] as const).map((language) => {
      const t = table(buildPlan({ ...syntheticInput(), language }), "tblFigures");
      const last = t.columns[t.columns.length - 1];
      expect(last).toMatchObject({ key: "reason", kind: "value", planner: true });
      expect(t.rows.every((r) => r[r.length - 1] === "")).toBe(true);
      return last?.name;
    });
    expect(headers).toEqual(["Reason", "Причина", "Себебі"]);
  });

  it("computes coverage, difference, status and remaining as cached results of the formulas", () => {
    const t = table(buildPlan(syntheticInput()), "tblCoverage");
    expect(t.rows).toHaveLength(3);
    expect(cell(t, 0, "coverage")).toBeCloseTo((50 / 410) * 100, 10);
    expect(cell(t, 0, "status")).toBe("OK");
    expect(cell(t, 1, "coverage")).toBeCloseTo((60 / 410) * 100, 10);
    expect(cell(t, 1, "status")).toBe("conflict");
    expect(cell(t, 1, "remaining")).toBe(350);
    expect(cell(t, 1, "toleranceBelow")).toBeCloseTo(0.05, 6);
    expect(cell(t, 1, "toleranceAbove")).toBeCloseTo(0.05, 6);
    expect(cell(t, 2, "totalId")).toBe("f.4g|f.no4g");
    expect(cell(t, 2, "total")).toBe(410);
    expect(cell(t, 2, "status")).toBe("OK");
    // Row hints: f.3g is the 4th figure, f.total the 1st; a multi-id role has none.
    expect(cell(t, 1, "coveredIdRow")).toBe(4);
    expect(cell(t, 1, "totalIdRow")).toBe(1);
    expect(cell(t, 2, "totalIdRow")).toBe("");
    expect(t.columns.slice(-4).every((c) => c.hidden && c.key.endsWith("IdRow"))).toBe(true);
    expect(t.columns.find((c) => c.key === "toleranceBelow")?.hidden).toBe(true);
    expect(t.conditionalFormats[0]?.range).toBe(bodyRange(t, "stated"));
  });

  it("computes plan progress and remaining", () => {
    const t = table(buildPlan(syntheticInput()), "tblPlans");
    expect(cell(t, 0, "progress")).toBeCloseTo(64, 10);
    expect(cell(t, 0, "remaining")).toBe(36);
    expect(cell(t, 0, "deadline")).toBe("2026");
    expect(cell(t, 0, "status")).toBe("in progress");
  });

  it("localizes sheet names, headers, messages and formula references in ru and kk", () => {
    for (const language of ["ru", "kk"] as const) {
      const plan = buildPlan(syntheticInput(language));
      const en = buildPlan(syntheticInput("en"));
      expect(plan.sheets.map((s) => s.name)).not.toEqual(en.sheets.map((s) => s.name));
      const conflicts = table(plan, "tblConflicts");
      expect(cell(conflicts, 0, "message")).toBe(`${language}: 60 of 410 is 14.6%, not 12.2%`);
      const cov = table(plan, "tblCoverage");
      const valueHeader =
        table(plan, "tblFigures").columns.find((c) => c.key === "value")?.name ?? "";
      expect(cov.columns.find((c) => c.key === "covered")?.formula).toContain(
        `tblFigures[${valueHeader}]`,
      );
      for (const t of plan.sheets.flatMap((s) => s.tables)) {
        const names = t.columns.map((c) => c.name);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).not.toMatch(/[[\]#']/);
      }
    }
  });

  it("records state: hashes, source values, loadedAt as given", () => {
    const plan = buildPlan(syntheticInput());
    expect(plan.state.loadedAt).toBe("2026-11-21T23:00:00Z");
    expect(plan.state.sourceValues["f.3g"]).toBe(60);
    expect(plan.state.figuresHash).toMatch(/^[0-9a-f]{8}$/);
  });

  it("rejects a relation naming a figure that is not loaded", () => {
    const input = syntheticInput();
    input.relations = [
      ...relations,
      { id: "bad", type: "share", roles: { part: ["nope"], whole: ["f.total"] }, label: "x" },
    ];
    expect(() => buildPlan(input)).toThrow(
      /relation bad, role "part": figure "nope" is not among the loaded figures/,
    );
  });

  it("cuts a source text to 32 000 characters", () => {
    const input = syntheticInput();
    input.sources = [{ ...input.sources[0]!, text: "я".repeat(40_000) }];
    const t = table(buildPlan(input), "tblSources");
    expect(String(cell(t, 0, "text"))).toHaveLength(32_000);
  });
});
