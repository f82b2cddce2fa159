// The loader's errors as a readable list: where (file, row, column), what was found, what to fix.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cssVar } from "../theme-vars";
import type { LoadError } from "../../domain/load/types";
import { useI18n } from "../state/i18n-context";

const styles = {
  list: {
    margin: 0,
    paddingInlineStart: cssVar("spacingHorizontalL"),
    display: "grid",
    gap: cssVar("spacingVerticalXS"),
  },
} satisfies Record<string, CSSProperties>;

/** Row 0 is a problem of the whole file; an empty column, of the whole row. */
function where(e: LoadError): "file" | "row" | "cell" {
  if (e.row === 0) return "file";
  return e.column === "" ? "row" : "cell";
}

export function ErrorList({ errors }: { errors: readonly LoadError[] }) {
  const { t } = useI18n();
  return (
    <MessageBar layout="multiline" intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.heading")}</MessageBarTitle>
        <ul style={styles.list} aria-label={t("errors.heading")}>
          {errors.map((e, i) => (
            <li key={`${e.file}:${e.row}:${e.column}:${i}`}>
              {where(e) === "file"
                ? t("errors.inFile", { file: e.file, found: e.found, expected: e.expected })
                : t(where(e) === "row" ? "errors.inRow" : "errors.item", {
                    file: e.file,
                    row: String(e.row),
                    column: e.column,
                    found: e.found,
                    expected: e.expected,
                  })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
