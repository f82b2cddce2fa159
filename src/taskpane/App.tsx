// The task pane: the Pane with the real domain functions, and Excel actions only when the host
// is Excel (elsewhere a read-only preview). The host line says which.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { pickLanguage, translate, type UiLanguage } from "../i18n/index";
import { Pane } from "./components/Pane";
import { createDomainServices } from "./services/domain-services";
import { createExcelActions } from "./services/excel-actions";

export interface AppProps {
  /** The Office host ("Excel", ...) or null when the page runs outside Office. */
  host: string | null;
  /** Office.context.displayLanguage inside Office. */
  displayLanguage?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  footer: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

export function hostLine(host: string | null, language: UiLanguage = "en"): string {
  if (host === null) return translate(language, "host.preview");
  return host === "Excel"
    ? translate(language, "host.excel")
    : translate(language, "host.other", { host });
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

export function App({ host, displayLanguage }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<UiLanguage>(() =>
    pickLanguage(displayLanguage ?? browserLanguage()),
  );
  // The workbook is written in the pane's language at the time of the load.
  const languageRef = useRef(language);
  languageRef.current = language;
  const domain = useMemo(() => createDomainServices(), []);
  const inExcel = host === "Excel";
  const excel = useMemo(
    () => (inExcel ? createExcelActions(() => languageRef.current) : undefined),
    [inExcel],
  );
  return (
    <div className={styles.root} data-testid="sanaq-pane" data-host={host ?? "preview"}>
      <Pane
        domain={domain}
        excel={excel}
        initialLanguage={language}
        onLanguageChange={setLanguage}
      />
      <footer className={styles.footer}>
        <Caption1 data-testid="sanaq-host">{hostLine(host, language)}</Caption1>
      </footer>
    </div>
  );
}
