// Table names: stable in every language, start with "tbl" so they never read as cell addresses.
export const tableNames = {
  sources: "tblSources",
  figures: "tblFigures",
  coverage: "tblCoverage",
  plans: "tblPlans",
  conflicts: "tblConflicts",
  relations: "tblRelations",
} as const;

export const tableStyle = "TableStyleLight9";

/** Excel's limit is 32 767 characters a cell; a source's text on Sources is cut at 32 000. */
export const maxTextLength = 32_000;
