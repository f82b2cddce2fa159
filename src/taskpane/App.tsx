// The task pane's shell: a header and whether it runs inside Excel or in a plain browser.
import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

export interface AppProps {
  /** The Office host ("Excel", ...) or null when the page runs outside Office. */
  host: string | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function hostLine(host: string | null): string {
  if (host === null) return "Preview mode (browser): not connected to Excel.";
  return host === "Excel" ? "Running inside Excel." : `Running inside ${host}, not Excel.`;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="sanaq-pane" data-host={host ?? "preview"}>
      <Title2 as="h1">Sanaq</Title2>
      <Body1 data-testid="sanaq-host">{hostLine(host)}</Body1>
    </main>
  );
}
