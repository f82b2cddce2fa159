// A load or refresh the add-in refuses before writing anything (or, for "moved", takes back),
// with what the planner must do.
// The pane shows it in its language (src/i18n: `refusal.<kind>`); the message is the English one.
import { translate } from "../i18n/index";

export type RefusalKind = "clash" | "tableInTheWay" | "protected" | "filtered" | "moved";

export interface RefusalParams {
  sheet: string;
  /** The cells in the way ("A1:D20"), or the table's name. */
  range: string;
  /** The add-in's table that would be written there. */
  table: string;
}

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly params: RefusalParams,
  ) {
    // The message in English, from the same catalog the pane shows in kk/ru/en.
    super(translate("en", `refusal.${kind}`, { ...params }));
    this.name = "Refusal";
  }
}
