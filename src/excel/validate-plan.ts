// Checks a plan before anything is written, so a bad plan never leaves a half-written workbook:
// rows as wide as the columns, cells Excel can hold, unique non-empty headers, formula columns with a formula, and
// structured references only to tables written before (or to the table itself).
import { MAX_CELL_CHARS } from "../domain/limits";
import type { WorkbookPlan } from "../workbook/plan-types";

export function validatePlan(plan: WorkbookPlan): void {
  const written = new Set<string>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const where = `plan: table ${table.name} (sheet ${sheet.name})`;
      written.add(table.name.toLowerCase());
      table.rows.forEach((row, i) => {
        if (row.length !== table.columns.length) {
          throw new Error(
            `${where} row ${i + 1} has ${row.length} cells, expected ${table.columns.length} (one per column)`,
          );
        }
        row.forEach((cell, j) => {
          // The limits the loader holds seeds to (domain/limits), so the xlsx and Office.js writers agree.
          const bad =
            typeof cell === "string"
              ? cell.length > MAX_CELL_CHARS &&
                `a text of ${cell.length} characters, expected at most ${MAX_CELL_CHARS} (Excel's cell limit)`
              : typeof cell === "number" &&
                !Number.isFinite(cell) &&
                `${cell}, expected a finite number`;
          if (bad)
            throw new Error(
              `${where} row ${i + 1}, column "${table.columns[j]?.name}": found ${bad}`,
            );
        });
      });
      const seen = new Set<string>();
      for (const c of table.columns) {
        const name = c.name.trim().toLowerCase();
        if (name === "") throw new Error(`${where} column "${c.key}" has an empty header`);
        if (seen.has(name)) throw new Error(`${where} has two columns named "${c.name}"`);
        seen.add(name);
        if (c.kind !== "formula") continue;
        if (!c.formula?.startsWith("=")) {
          throw new Error(
            `${where} column "${c.name}" is a formula column without a formula starting with "="`,
          );
        }
        for (const m of c.formula.matchAll(/\b(tbl[A-Za-z0-9_]*)\[/g)) {
          if (!written.has((m[1] ?? "").toLowerCase())) {
            throw new Error(
              `${where} column "${c.name}" refers to ${m[1]}, which the plan does not write before it`,
            );
          }
        }
      }
      if (!table.columns.some((c) => c.key === table.keyColumn)) {
        throw new Error(`${where} has no key column "${table.keyColumn}"`);
      }
    }
  }
}
