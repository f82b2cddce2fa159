import { describe, expect, it } from "vitest";
import { mergeTable, withoutDeleted, type ReadTable } from "../../src/excel/merge";
import type { CellValue, TablePlan } from "../../src/workbook/plan-types";

const formula = '=IF(tblT[[#This Row],[Value]]=tblT[[#This Row],[Source value]],"OK","edited")';

function plan(rows: CellValue[][]): TablePlan {
  return {
    name: "tblT",
    sheet: "T",
    topLeft: "A1",
    keyColumn: "id",
    style: "TableStyleLight9",
    conditionalFormats: [],
    columns: [
      { key: "id", name: "Id", kind: "value" },
      { key: "value", name: "Value", kind: "value", editable: true, loadedCopy: "sourceValue" },
      { key: "quote", name: "Quote", kind: "value" },
      { key: "sourceValue", name: "Source value", kind: "value" },
      { key: "status", name: "Status", kind: "formula", formula },
    ],
    rows,
  };
}

/** The sheet as the first load wrote it, with any planner changes applied by `edit`. */
function sheetOf(rows: CellValue[][], edit: (t: ReadTable) => void = () => undefined): ReadTable {
  const t: ReadTable = {
    headers: ["Id", "Value", "Quote", "Source value", "Status"],
    values: rows.map((r) => [r[0] ?? "", r[1] ?? "", r[2] ?? "", r[3] ?? "", "OK"]),
    formulas: rows.map((r) => [r[0] ?? "", r[1] ?? "", r[2] ?? "", r[3] ?? "", formula]),
  };
  edit(t);
  return t;
}

const v1: CellValue[][] = [
  ["a", 10, "десять 10", 10, "OK"],
  ["b", 20, "двадцать 20", 20, "OK"],
];

describe("mergeTable", () => {
  it("changes nothing when the sheet already holds the plan (second refresh is a no-op)", () => {
    const m = mergeTable(plan(v1), sheetOf(v1));
    expect(m.updates).toEqual([]);
    expect(m.appended).toEqual([]);
    expect(m.kept).toEqual([]);
  });

  it("updates the source side, appends new figures with the formula, in sheet column order", () => {
    const v2: CellValue[][] = [
      ["a", 11, "одиннадцать 11", 11, "OK"],
      v1[1] ?? [],
      ["c", 5, "пять 5", 5, "OK"],
    ];
    const m = mergeTable(plan(v2), sheetOf(v1));
    expect(m.updates).toEqual([
      { col: 1, first: 0, kind: "values", cells: [11] },
      { col: 2, first: 0, kind: "values", cells: ["одиннадцать 11"] },
      { col: 3, first: 0, kind: "values", cells: [11] },
    ]);
    expect(m.appended).toEqual([["c", 5, "пять 5", 5, formula]]);
    expect(m.appendedIds).toEqual(["c"]);
  });

  it("keeps a value the planner edited and reports it, while the source value moves on", () => {
    const v2: CellValue[][] = [["a", 12, "двенадцать 12", 12, "OK"], v1[1] ?? []];
    const sheet = sheetOf(v1, (t) => {
      t.values[0]![1] = 15; // planner's edit
    });
    const m = mergeTable(plan(v2), sheet);
    expect(m.kept).toEqual([
      { id: "a", row: 0, col: 1, columnKey: "value", planner: 15, source: 12 },
    ]);
    expect(m.updates.find((u) => u.col === 1)).toBeUndefined();
    expect(m.updates.find((u) => u.col === 3)).toEqual({
      col: 3,
      first: 0,
      kind: "values",
      cells: [12],
    });
    // Refreshing again with the same sources: the edit is still kept, nothing written.
    const after = sheetOf(v2, (t) => {
      t.values[0]![1] = 15;
    });
    const again = mergeTable(plan(v2), after);
    expect(again.updates).toEqual([]);
    expect(again.kept).toHaveLength(1);
  });

  it("leaves rows and columns the planner added, and repeats a planner's calculated column in new rows", () => {
    const sheet = sheetOf(v1, (t) => {
      t.headers.splice(2, 0, "Comment");
      t.values.forEach((r, i) => r.splice(2, 0, `note ${i}`));
      t.formulas.forEach((r, i) => r.splice(2, 0, `note ${i}`));
      t.headers.push("Double");
      t.values.forEach((r) => r.push(0));
      t.formulas.forEach((r) => r.push("=tblT[[#This Row],[Value]]*2"));
      t.values.push(["", 99, "planner's row", "", "", "x", 198]);
      t.formulas.push(["", 99, "planner's row", "", "", formula, "=tblT[[#This Row],[Value]]*2"]);
    });
    const v2: CellValue[][] = [...v1, ["c", 5, "пять 5", 5, "OK"]];
    const m = mergeTable(plan(v2), sheet);
    expect(m.plannerColumns).toEqual(["Comment", "Double"]);
    expect(m.plannerRows).toEqual([2]);
    expect(m.updates).toEqual([]);
    expect(m.appended).toEqual([
      ["c", 5, "", "пять 5", 5, formula, "=tblT[[#This Row],[Value]]*2"],
    ]);
    expect(m.appendKinds).toEqual([
      "value",
      "value",
      "planner",
      "value",
      "value",
      "formula",
      "planner-formula",
    ]);
  });

  it("fills the blank row Excel keeps in an empty table before appending", () => {
    const empty: ReadTable = {
      headers: ["Id", "Value", "Quote", "Source value", "Status"],
      values: [["", "", "", "", ""]],
      formulas: [["", "", "", "", ""]],
    };
    const m = mergeTable(plan(v1), empty);
    expect(m.updates.map((u) => [u.col, u.first, u.cells])).toEqual([
      [0, 0, ["a"]],
      [1, 0, [10]],
      [2, 0, ["десять 10"]],
      [3, 0, [10]],
      [4, 0, [formula]],
    ]);
    expect(m.appendedIds).toEqual(["b"]);
  });

  it("keeps rows of ids the sources dropped, and does not re-add rows the planner deleted", () => {
    const sheet = sheetOf([v1[1] ?? []]);
    const m = mergeTable(plan([["a", 10, "q", 10, ""]]), sheet);
    expect(m.staleIds).toEqual(["b"]);
    expect(m.appendedIds).toEqual(["a"]);
    const w = withoutDeleted(m, new Set(["a", "b"]));
    expect(w.appended).toEqual([]);
    expect(w.deletedByPlanner).toEqual(["a"]);
  });

  it("never writes or reports the planner's Reason column of an existing row; empty in new rows", () => {
    const withReason = (rows: CellValue[][]): TablePlan => {
      const p = plan(rows.map((r) => [...r, ""]));
      p.columns.push({ key: "reason", name: "Reason", kind: "value", planner: true });
      return p;
    };
    const sheet = sheetOf(v1, (t) => {
      t.headers.push("Reason");
      t.values.forEach((r, i) => r.push(i === 0 ? "from the akimat" : ""));
      t.formulas.forEach((r, i) => r.push(i === 0 ? "from the akimat" : ""));
    });
    const v2: CellValue[][] = [...v1, ["c", 5, "пять 5", 5, "OK"]];
    const m = mergeTable(withReason(v2), sheet);
    expect(m.updates).toEqual([]);
    expect(m.kept).toEqual([]);
    expect(m.plannerColumns).toEqual([]);
    expect(m.appended).toEqual([["c", 5, "пять 5", 5, formula, ""]]);
  });

  it("says which column is missing", () => {
    const sheet = sheetOf(v1, (t) => {
      t.headers[2] = "Цитата";
    });
    expect(() => mergeTable(plan(v1), sheet)).toThrow(
      /no column "Quote" \(found: Id, Value, Цитата/,
    );
  });
});
