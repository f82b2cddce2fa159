// Formula text builders: structured references into tables and the Figures lookup.
// Portable on purpose: INDEX/MATCH, IF, IFERROR, AND, ISNUMBER, FIND, SUMPRODUCT, MAX only
// (no XLOOKUP, LET, dynamic arrays).

/** Escapes a header for use inside a structured reference: ' [ ] # get a leading '. */
export function escapeColumn(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

export function thisRow(table: string, column: string): string {
  return `${table}[[#This Row],[${escapeColumn(column)}]]`;
}

export function wholeColumn(table: string, column: string): string {
  return `${table}[${escapeColumn(column)}]`;
}

/** A string literal inside a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export interface FiguresRef {
  table: string;
  idColumn: string;
  valueColumn: string;
}

/**
 * The Figures value of the id in `idRef`, "" when that cell is empty. The row in `hintRef` is
 * tried first (O(1) while Figures keeps its loaded order); MATCH scans only when it misses, so a
 * sorted or edited Figures table still gives the right value. A cell holding several ids joined
 * by `separator` gets the sum of their values (SUMPRODUCT; IF evaluates one branch only). Both
 * ways ignore case, as Excel's MATCH does.
 */
export function figureLookup(
  figures: FiguresRef,
  idRef: string,
  hintRef: string,
  separator: string,
): string {
  const value = wholeColumn(figures.table, figures.valueColumn);
  const ids = wholeColumn(figures.table, figures.idColumn);
  const sep = quoted(separator);
  // UPPER on both sides: FIND alone tells case, MATCH and "=" do not, and ids are unique
  // ignoring case, so "F.4G|f.no4g" must add the same figures "f.4g" alone finds.
  const several = `SUMPRODUCT(ISNUMBER(FIND(UPPER(${sep}&${ids}&${sep}),UPPER(${sep}&${idRef}&${sep})))*${value})`;
  const row = `IF(IFERROR(INDEX(${ids},${hintRef})=${idRef},FALSE),${hintRef},MATCH(${idRef},${ids},0))`;
  return `IF(${idRef}="","",IF(ISNUMBER(FIND(${sep},${idRef})),${several},INDEX(${value},${row})))`;
}

/** a/b*100 when both are numbers and b is not 0, else "". */
export function percentOf(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}=0,"",${a}/${b}*100),"")`;
}

/** MAX(0,a-b) when both are numbers, else "": what remains of a plan never goes below 0. */
export function remainder(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),MAX(0,${a}-${b}),"")`;
}

/** a-b when both are numbers, else "". */
export function difference(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}-${b},"")`;
}
