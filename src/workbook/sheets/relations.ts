// The Relations sheet: how figures relate (shares, sums, restatements, plans), one row per
// relation of relations.csv or of an added text, so a reader without the add-in sees why
// Coverage and Plans compute what they do, and which figures a conflict joins.
import { relationLabel } from "../../domain/load/relations";
import type { Relation } from "../../domain/types";
import { tabColors } from "../colors";
import { valueColumn } from "../column";
import type { Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { newTable, tableSheet } from "../table";

/**
 * The roles in the workbook's language: "часть: a; целое: b + c". A role of several figures
 * adds up, so its ids are joined by "+"; the values of one quantity (same) by ",".
 */
function rolesIn(r: Relation, labels: Labels): string {
  return Object.entries(r.roles)
    .map(([role, ids]) => {
      const name = labels.terms.roles[role] ?? role;
      return `${name}: ${ids.join(role === "members" ? ", " : " + ")}`;
    })
    .join("; ");
}

export function relationsSheet(relations: Relation[], labels: Labels): SheetPlan {
  const table = newTable({
    name: tableNames.relations,
    sheet: labels.sheets.relations,
    columns: [
      valueColumn(labels, "measure", { width: 44, wrap: true }),
      valueColumn(labels, "kind", { width: 10, wrap: true }),
      valueColumn(labels, "deadline", { width: 11 }),
      valueColumn(labels, "figures", { width: 50, wrap: true }),
      valueColumn(labels, "id", { width: 24, wrap: true }),
    ],
    rows: relations.map((r): CellValue[] => [
      relationLabel(r, labels.language),
      labels.terms.relationTypes[r.type],
      r.deadline ?? "",
      rolesIn(r, labels),
      r.id,
    ]),
  });
  return tableSheet("relations", labels.sheets.relations, table, tabColors.relations);
}
