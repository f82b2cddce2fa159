// One spelling for a formula whatever form Excel hands it back in. Inside a table, Excel shows
// and returns tbl[[#This Row],[Col]] as [@Col] (or [@[Col name]]) and drops the table's own
// name from tbl[Col]; it also upper-cases function names. The plan writes the file form
// (src/workbook/formulas.ts), so refresh compares canonical forms: a formula Excel returns in
// its own form is the same formula, and a second refresh writes nothing.

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** Applies `f` to the parts of a formula outside its "string literals" ("" inside one is a quote). */
export function mapOutsideStrings(formula: string, f: (part: string) => string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('"');
}

/** The index after the bracket that closes the one at `open` (a ' escapes the next char). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The items of a structured reference's brackets: "@Col" -> ["#This Row", "Col"]. */
function items(inner: string): string[] {
  const strip = (s: string): string =>
    s.startsWith("[") && closing(s, 0) === s.length ? s.slice(1, -1) : s;
  if (inner.startsWith("@")) {
    const rest = inner.slice(1);
    return rest === "" ? ["#This Row"] : ["#This Row", strip(rest)];
  }
  if (!inner.startsWith("[")) return [inner];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "[") i = closing(inner, i) - 1;
    else if (inner[i] === ",") {
      out.push(strip(inner.slice(start, i).trim()));
      start = i + 1;
    }
  }
  out.push(strip(inner.slice(start).trim()));
  return out.map((s) => (/^#this row$/i.test(s) ? "#This Row" : s));
}

/** Canonical text of one formula part outside string literals. */
function canonicalPart(part: string, ownTable: string): string {
  let out = "";
  let i = 0;
  while (i < part.length) {
    if (part[i] !== "[") {
      out += part[i];
      i++;
      continue;
    }
    const end = closing(part, i);
    let nameStart = out.length;
    while (nameStart > 0 && NAME_CHAR.test(out[nameStart - 1] ?? "")) nameStart--;
    const table = out.slice(nameStart) || ownTable;
    out = out.slice(0, nameStart);
    const parts = items(part.slice(i + 1, end - 1));
    out += `${table}[${parts.map((p) => `[${p}]`).join(",")}]`;
    i = end;
  }
  return out.toUpperCase();
}

/** The formula in one spelling: structured references in full file form, upper case outside strings. */
export function canonicalFormula(formula: string, ownTable: string): string {
  return mapOutsideStrings(formula, (part) => canonicalPart(part, ownTable));
}

/** True when two formulas of a cell in table `ownTable` are the same formula. */
export function sameFormula(a: unknown, b: unknown, ownTable: string): boolean {
  if (typeof a !== "string" || typeof b !== "string") return a === b;
  return a === b || canonicalFormula(a, ownTable) === canonicalFormula(b, ownTable);
}
