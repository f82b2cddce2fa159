// seeds/relations.csv (curated by the checks owner): how figures relate, read into Relation.
// roles cell: "part=a; whole=b; stated=c", lists joined by "|": "parts=a|b|c; whole=t".
import type { Relation, RelationType } from "../types";
import { RowReader } from "./cells";
import type { CsvRow } from "./csv-file";
import type { LoadError } from "./types";

export const RELATION_COLUMNS = ["id", "type", "label", "ru", "kk", "roles", "deadline"];
const TYPES: readonly RelationType[] = ["share", "sum", "same", "target"];

interface RoleRule {
  required: boolean;
  /** Fewest and most figure ids the role takes. */
  min: number;
  max: number;
}

// Several ids in one role add up (26 planned in 2024 + 27 in 2025); stated is one percent figure.
const SOME: RoleRule = { required: true, min: 1, max: Infinity };
const RULES: Record<RelationType, Record<string, RoleRule>> = {
  share: { part: SOME, whole: SOME, stated: { required: false, min: 1, max: 1 } },
  sum: { parts: SOME, whole: SOME },
  same: { members: { required: true, min: 2, max: Infinity } },
  target: { planned: SOME, done: SOME },
};

export function readRelations(
  file: string,
  rows: CsvRow[],
  figureIds: Set<string> | undefined,
  errors: LoadError[],
): Relation[] {
  const relations: Relation[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const r = new RowReader(file, row.line, row.cells, errors);
    const id = r.uniqueId("id", seen);
    const type = r.oneOf("type", TYPES);
    const label = r.text("label", "an English label such as 4G coverage of settlements");
    const labels = {
      ru: r.text("ru", "a Russian label such as Охват населённых пунктов связью 4G"),
      kk: r.text("kk", "a Kazakh label such as Елді мекендерді 4G байланысымен қамту"),
    };
    const deadline = r.period("deadline");
    const roles = type === undefined ? {} : readRoles(r, RULES[type], type, figureIds);
    if (errors.length > before || type === undefined) continue;
    const relation: Relation = { id, type, roles, label, labels };
    if (deadline !== "") relation.deadline = deadline;
    relations.push(relation);
  }
  return relations;
}

function readRoles(
  r: RowReader,
  rules: Record<string, RoleRule>,
  type: RelationType,
  figureIds: Set<string> | undefined,
): Record<string, string[]> {
  const raw = r.raw("roles");
  const roles: Record<string, string[]> = {};
  /** The ids of each role so far (lower-cased, sorted, joined), with the role's name. */
  const sameIds = new Map<string, string>();
  const names = Object.keys(rules).join(", ");
  for (const part of raw.split(";")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    const rule = rules[name];
    if (eq === -1 || !rule) {
      r.fail("roles", part.trim(), `role=figure-id with a role of ${type}: ${names}`);
      continue;
    }
    if (roles[name]) r.fail("roles", part.trim(), `role ${name} once`);
    const ids = part
      .slice(eq + 1)
      .split("|")
      .map((s) => s.trim());
    if (ids.length < rule.min || ids.length > rule.max || ids.includes("")) {
      const count =
        rule.max === rule.min
          ? `${rule.min}`
          : rule.max === Infinity
            ? `at least ${rule.min}`
            : `${rule.min}–${rule.max}`;
      r.fail("roles", part.trim(), `${count} figure id(s) for ${name}, separated by |`);
    }
    for (const figureId of ids) {
      if (figureIds && figureId !== "" && !figureIds.has(figureId))
        r.fail("roles", figureId, `a figure id from figures.csv (in role ${name})`);
    }
    // members=a|a agrees with itself: a check of nothing that would read as proof. Ids compare
    // ignoring case, as they are unique ignoring case.
    const repeated = ids.find(
      (id, i) => id !== "" && ids.findIndex((o) => o.toLowerCase() === id.toLowerCase()) !== i,
    );
    if (repeated !== undefined)
      r.fail("roles", part.trim(), `each figure once in ${name} (${repeated} is there twice)`);
    // part=a; whole=a is 100% whatever a says. A figure may be in two roles (part=a; whole=a|b),
    // but two roles may not be the same figures.
    const key = [...new Set(ids.map((id) => id.toLowerCase()))].sort().join("|");
    const same = sameIds.get(key);
    if (same !== undefined && key !== "")
      r.fail(
        "roles",
        part.trim(),
        `figures in ${name} other than those in ${same} (a relation of a figure with itself tests nothing)`,
      );
    else sameIds.set(key, name);
    roles[name] = ids;
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !roles[name])
      r.fail("roles", raw, `role ${name} (${type} needs ${requiredOf(rules)})`);
  }
  return roles;
}

function requiredOf(rules: Record<string, RoleRule>): string {
  return Object.entries(rules)
    .filter(([, rule]) => rule.required)
    .map(([name]) => name)
    .join(" and ");
}

/** A relation's label in the language: its ru or kk column, else (a text's own relation) its label. */
export function relationLabel(
  r: Pick<Relation, "label" | "labels">,
  language: "en" | "ru" | "kk",
): string {
  return language === "en" ? r.label : (r.labels?.[language] ?? r.label);
}

/** The roles cell of relations.csv for a relation: "part=a; whole=b|c" (what readRoles reads). */
export function rolesCell(r: Pick<Relation, "roles">): string {
  return Object.entries(r.roles)
    .map(([role, ids]) => `${role}=${ids.join("|")}`)
    .join("; ");
}
