// A load or refresh the add-in refuses before writing anything (or, for "moved", takes back),
// with what the planner must do.
// The pane shows it in its language (src/i18n: `refusal.<kind>`); the message is the English one.

export type RefusalKind = "clash" | "tableInTheWay" | "protected" | "filtered" | "moved";

export interface RefusalParams {
  sheet: string;
  /** The cells in the way ("A1:D20"), or the table's name. */
  range: string;
  /** The add-in's table that would be written there. */
  table: string;
}

const english: Record<RefusalKind, (p: RefusalParams) => string> = {
  clash: (p) =>
    `sheet "${p.sheet}" already has data in ${p.range}, where Sanaq would write table ${p.table}; nothing was written: rename that sheet or move the data, then load again`,
  tableInTheWay: (p) =>
    `sheet "${p.sheet}" has table ${p.range} where Sanaq would write table ${p.table}; nothing was written: rename that sheet or move the table, then load again`,
  protected: (p) =>
    `sheet "${p.sheet}" is protected; nothing was written: unprotect it (Review > Unprotect Sheet) and refresh again`,
  moved: (p) =>
    `rows of table ${p.table} on sheet "${p.sheet}" were sorted, inserted or deleted while Sanaq was writing; its changes were taken back: refresh again`,
  filtered: (p) =>
    `table ${p.table} on sheet "${p.sheet}" is filtered; nothing was written: clear its filter and refresh again`,
};

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly params: RefusalParams,
  ) {
    super(english[kind](params));
    this.name = "Refusal";
  }
}
