// The whole task pane: header with the language switch, the sections as tabs, and the
// read-only preview notice outside Excel. Excel actions are passed in (absent = preview).
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Conflict } from "../../domain/types";
import type { MessageKey, UiLanguage } from "../../i18n/index";
import { conflictRows, conflictsCsv } from "../services/conflict-csv";
import { downloadText } from "../services/download";
import type { DomainServices, ExcelActions } from "../services/pane-services";
import type { LoadDeps } from "../services/load-types";
import { createWriteGate } from "../services/write-gate";
import { I18nProvider, useI18n } from "../state/i18n-context";
import { useLiveCheck } from "../state/use-live-check";
import { useLoad } from "../state/use-load";
import { AddSourcePanel } from "./AddSourcePanel";
import type { ConflictActions } from "./ConflictCard";
import { ConflictList } from "./ConflictList";
import { LanguagePicker } from "./LanguagePicker";
import { LoadPanel } from "./LoadPanel";
import { SourcesPanel, type SourceFocus } from "./SourcesPanel";

type TabKey = "load" | "conflicts" | "sources" | "add";
const tabs: readonly TabKey[] = ["load", "conflicts", "sources", "add"];

export interface PaneProps {
  domain: DomainServices;
  excel?: ExcelActions;
  initialLanguage: UiLanguage;
  /** Saves the CSV report outside Excel; a Blob URL download by default. */
  download?: (text: string, fileName: string) => void;
  now?: () => number;
  onLanguageChange?: (language: UiLanguage) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  tabs: { flexWrap: "wrap" },
  main: { display: "grid", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function Pane(props: PaneProps) {
  const [language, setLanguage] = useState<UiLanguage>(props.initialLanguage);
  const { onLanguageChange } = props;
  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);
  return (
    <I18nProvider language={language}>
      <PaneBody {...props} onLanguage={setLanguage} />
    </I18nProvider>
  );
}

function PaneBody(props: PaneProps & { onLanguage: (language: UiLanguage) => void }) {
  const { domain, excel, onLanguage } = props;
  const { t, language, failed } = useI18n();
  const styles = useStyles();
  const gate = useMemo(() => createWriteGate(), []);
  const [tab, setTab] = useState<TabKey>("load");
  const [focus, setFocus] = useState<SourceFocus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const deps = useMemo<LoadDeps>(
    () => ({
      fetchSeed: domain.fetchSeed,
      loadSeeds: domain.loadSeeds,
      runChecks: domain.runChecks,
      write: excel ? (data, signal) => gate.run(() => excel.write(data, signal)) : undefined,
      now: props.now ?? (() => performance.now()),
    }),
    [domain, excel, gate, props.now],
  );
  const load = useLoad(deps);
  const data = load.outcome?.status === "done" ? load.outcome.data : null;
  // The last good data stays on screen while a refresh runs.
  const lastData = useRef(data);
  const lastWritten = useRef(false);
  if (data && load.outcome?.status === "done") {
    lastData.current = data;
    lastWritten.current = load.outcome.written;
  }
  const shown = data ?? lastData.current;
  // Only a workbook the pane has written has a Figures table to watch.
  const live = useLiveCheck(
    shown,
    lastWritten.current ? excel : undefined,
    gate,
    domain.runChecks,
    domain.checkEdits,
  );

  // Outside Excel the preview loads by itself: there is nothing to write, only to show.
  const started = useRef(false);
  useEffect(() => {
    if (!excel && !started.current) {
      started.current = true;
      void load.start();
    }
  }, [excel, load]);

  const needsExcel = useCallback(
    (action: MessageKey) =>
      setNotice(t("conflict.needsExcel", { action: t(action).toLowerCase() })),
    [t],
  );

  // An Excel action that fails (a deleted row, an old Excel) says why instead of failing silently.
  const attempt = <T,>(work: Promise<T>, done?: (value: T) => void): void => {
    work.then(done, (error: unknown) => setNotice(failed(error)));
  };

  const conflictActions: ConflictActions = {
    select: (c) =>
      excel
        ? attempt(excel.selectFigures(c.figures.map((f) => f.id)))
        : needsExcel("conflict.select"),
    accept: (c) => {
      if (!excel || !shown) return needsExcel("conflict.accept");
      const original = new Map(shown.figures.map((f) => [f.id, f.value]));
      attempt(
        gate
          .run(() =>
            Promise.all(c.figures.map((f) => excel.setValue(f.id, original.get(f.id) ?? f.value))),
          )
          .then(live.refresh),
        () => setNotice(t("conflict.accepted")),
      );
    },
    keep: (c, reason) => {
      if (!excel) return needsExcel("conflict.keep");
      attempt(
        gate.run(() => Promise.all(c.figures.map((f) => excel.keepWithReason(f.id, reason)))),
        () => setNotice(t("conflict.kept")),
      );
    },
    openSource: (sourceId, quote) => {
      setFocus({ sourceId, quote });
      setTab("sources");
    },
  };

  const conflicts: Conflict[] = live.check?.conflicts ?? [];
  // In Excel the report goes to a sheet (Excel for Mac's WKWebView does not download Blob
  // URLs); the browser preview downloads the CSV.
  const exportReport = (): void => {
    if (excel) {
      const rows = conflictRows(conflicts, live.figures, language);
      attempt(excel.writeReport(rows, t("report.sheet")), (sheet) =>
        setNotice(t("report.written", { sheet })),
      );
      return;
    }
    const csv = conflictsCsv(conflicts, live.figures, language);
    (props.download ?? downloadText)(csv, `sanaq-conflicts-${language}.csv`);
  };
  const takenIds = useMemo(() => new Set(live.figures.map((f) => f.id)), [live.figures]);

  return (
    <div className={styles.root} data-testid="sanaq-pane-body" lang={language}>
      <header className={styles.header}>
        <div>
          <Title2 as="h1">{t("app.title")}</Title2>
          <br />
          <Text size={200}>{t("app.tagline")}</Text>
        </div>
        <LanguagePicker onChange={onLanguage} />
      </header>
      {!excel ? (
        <MessageBar layout="multiline" intent="info" data-testid="sanaq-preview">
          <MessageBarBody>
            <MessageBarTitle>{t("preview.title")}</MessageBarTitle>
            {t("preview.body")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <nav aria-label={t("app.tabs")}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_e, d) => setTab(d.value as TabKey)}
          size="small"
        >
          {tabs.map((key) => (
            <Tab key={key} value={key}>
              {t(`tab.${key}`)}
              {key === "conflicts" && live.check ? ` (${live.check.conflicts.length})` : ""}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {notice ? (
          <MessageBar layout="multiline" intent="info" data-testid="sanaq-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {tab === "load" ? <LoadPanel load={load} inExcel={excel !== undefined} /> : null}
        {tab === "conflicts" ? (
          shown ? (
            <ConflictList
              conflicts={conflicts}
              figures={live.figures}
              sources={shown.sources}
              relations={shown.relations}
              indicators={shown.indicators ?? []}
              readNumbers={domain.readNumbers}
              actions={conflictActions}
              onExport={exportReport}
              inExcel={excel !== undefined}
              live={live.live}
            />
          ) : (
            <Text>{t("conflicts.notLoaded")}</Text>
          )
        ) : null}
        {tab === "sources" ? (
          <SourcesPanel
            sources={shown?.sources ?? []}
            readNumbers={domain.readNumbers}
            focus={focus}
            onSnip={
              excel
                ? (snip) =>
                    gate
                      .run(() => excel.snipToSelection(snip))
                      .then(async (id) => (await live.refresh(), id))
                : undefined
            }
          />
        ) : null}
        {tab === "add" ? (
          <AddSourcePanel
            readNumbers={domain.readNumbers}
            checkText={domain.checkText}
            takenIds={takenIds}
            onAdd={excel ? (figures) => gate.run(() => excel.addFigures(figures)) : undefined}
          />
        ) : null}
      </main>
    </div>
  );
}
