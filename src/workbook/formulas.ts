// Formula text builders: structured references into tables and the Figures lookup.
// Portable on purpose: INDEX/MATCH, IF, ISNUMBER, ABS only (no XLOOKUP, LET, dynamic arrays).

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

/** The Figures value of the id in `idRef`, or "" when that id cell is empty. */
export function figureLookup(figures: FiguresRef, idRef: string): string {
  const value = wholeColumn(figures.table, figures.valueColumn);
  const ids = wholeColumn(figures.table, figures.idColumn);
  return `IF(${idRef}="","",INDEX(${value},MATCH(${idRef},${ids},0)))`;
}

/** a/b*100 when both are numbers and b is not 0, else "". */
export function percentOf(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}=0,"",${a}/${b}*100),"")`;
}

/** a-b when both are numbers, else "". */
export function difference(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}-${b},"")`;
}
