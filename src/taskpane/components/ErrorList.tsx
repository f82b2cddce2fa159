// The loader's errors as a readable list: where (file, row, column), what was found, what to fix.
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SeedError } from "../services/load-types";
import { useI18n } from "../state/i18n-context";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

export function ErrorList({ errors }: { errors: readonly SeedError[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar layout="multiline" intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.heading")}</MessageBarTitle>
        <ul className={styles.list} aria-label={t("errors.heading")}>
          {errors.map((e, i) => (
            <li key={`${e.file}:${e.row}:${e.column}:${i}`}>
              {t("errors.item", {
                file: e.file,
                row: String(e.row),
                column: e.column,
                found: e.found,
                expected: e.expected,
              })}{" "}
              {e.message ? t("errors.fix", { message: e.message }) : null}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
