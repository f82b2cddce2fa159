// The whole task pane: header with the language switch, the sections as tabs, and the
// read-only preview notice outside Excel. Excel actions are passed in (absent = preview).
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title2,
} from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cssVar } from "../theme-vars";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Conflict } from "../../domain/types";
import type { MessageKey, UiLanguage } from "../../i18n/index";
import { downloadText } from "../services/download";
import { EXPORT, type Notice } from "../services/notice";
import type { DomainServices, ExcelActions } from "../services/pane-services";
import type { LoadDeps } from "../services/load-types";
import { createWriteGate } from "../services/write-gate";
import { I18nProvider, useI18n } from "../state/i18n-context";
import { useLiveCheck } from "../state/use-live-check";
import { useLoad } from "../state/use-load";
import type { ConflictActions } from "./ConflictCard";
import { LanguagePicker } from "./LanguagePicker";
import {
  AddSourcePanel,
  ConflictList,
  LazySection,
  preloadSections,
  SectionLoading,
  SourcesPanel,
} from "./lazy-panels";
import { LoadPanel } from "./LoadPanel";
import { SectionTabs } from "./SectionTabs";
import type { SourceFocus } from "./SourcesPanel";

type TabKey = "load" | "conflicts" | "sources" | "add";
const tabs: readonly TabKey[] = ["load", "conflicts", "sources", "add"];

export interface PaneProps {
  /**
   * The domain functions; null while the pane cannot act yet (the host or the pane's code is
   * still on its way): the shell shows, Load is disabled and the preview does not start.
   */
  domain: DomainServices | null;
  excel?: ExcelActions;
  initialLanguage: UiLanguage;
  /** Saves the CSV report outside Excel; a Blob URL download by default. */
  download?: (text: string, fileName: string) => void;
  now?: () => number;
  onLanguageChange?: (language: UiLanguage) => void;
}

const styles = {
  root: {
    display: "flex",
    flexDirection: "column",
    gap: cssVar("spacingVerticalM"),
    padding: cssVar("spacingHorizontalM"),
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    justifyContent: "space-between",
    gap: cssVar("spacingHorizontalM"),
  },
  main: { display: "grid", gap: cssVar("spacingVerticalM"), minWidth: 0 },
} satisfies Record<string, CSSProperties>;

export function Pane(props: PaneProps) {
  const [language, setLanguage] = useState<UiLanguage>(props.initialLanguage);
  const { onLanguageChange, initialLanguage } = props;
  // Office's display language may arrive after the first render (the shell does not wait).
  useEffect(() => setLanguage(initialLanguage), [initialLanguage]);
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

/** Stands in for a domain function until the domain chunk has arrived; never reached then. */
function notReady(): never {
  throw new Error("The pane's code is still loading.");
}

function PaneBody(props: PaneProps & { onLanguage: (language: UiLanguage) => void }) {
  const { domain, excel, onLanguage } = props;
  const { t, language } = useI18n();
  const gate = useMemo(() => createWriteGate(), []);
  const [tab, setTab] = useState<TabKey>("load");
  const [focus, setFocus] = useState<SourceFocus | null>(null);
  // What the last action did, kept untranslated and shown next to that action (ActionNotice).
  const [notice, setNotice] = useState<Notice | null>(null);

  const deps = useMemo<LoadDeps>(
    () => ({
      fetchSeed: domain?.fetchSeed ?? notReady,
      loadSeeds: domain?.loadSeeds ?? notReady,
      runChecks: domain?.runChecks ?? notReady,
      write: excel ? (data, signal) => gate.run(() => excel.write(data, signal)) : undefined,
      readAdded: excel ? () => excel.readAdded() : undefined,
      now: props.now ?? (() => performance.now()),
    }),
    [domain, excel, gate, props.now],
  );
  const load = useLoad(deps);
  const loadedOnce = load.outcome !== null;
  useEffect(() => {
    if (loadedOnce) preloadSections();
  }, [loadedOnce]);
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
    domain?.runChecks ?? notReady,
    domain?.checkEdits ?? notReady,
  );

  // Outside Excel the preview loads by itself: there is nothing to write, only to show.
  const started = useRef(false);
  useEffect(() => {
    if (domain && !excel && !started.current) {
      started.current = true;
      void load.start();
    }
  }, [domain, excel, load]);

  const needsExcel = useCallback(
    (at: string, key: MessageKey) => setNotice({ at, intent: "info", message: { key } }),
    [],
  );
  const said = (at: string, key: MessageKey, params?: Record<string, string>) => () =>
    setNotice({ at, message: { key, params } });

  // An Excel action that fails (a deleted row, an old Excel) says why instead of failing
  // silently, next to the button that started it.
  const attempt = <T,>(at: string, work: Promise<T>, done?: (value: T) => void): void => {
    work.then(done, (error: unknown) => setNotice({ at, message: { error } }));
  };

  const conflictActions: ConflictActions = {
    select: (c) =>
      excel
        ? attempt(c.id, excel.selectFigures(c.figures.map((f) => f.id)))
        : needsExcel(c.id, "conflict.needsExcel.select"),
    accept: (c) => {
      if (!excel || !shown) return needsExcel(c.id, "conflict.needsExcel.accept");
      const original = new Map(shown.figures.map((f) => [f.id, f.value]));
      attempt(
        c.id,
        gate
          .run(() =>
            Promise.all(c.figures.map((f) => excel.setValue(f.id, original.get(f.id) ?? f.value))),
          )
          .then(live.refresh),
        said(c.id, "conflict.accepted"),
      );
    },
    keep: (c, reason) => {
      if (!excel) return needsExcel(c.id, "conflict.needsExcel.keep");
      attempt(
        c.id,
        gate.run(() => Promise.all(c.figures.map((f) => excel.keepWithReason(f.id, reason)))),
        said(c.id, "conflict.kept"),
      );
    },
    openSource: (sourceId, quote) => {
      setFocus({ sourceId, quote });
      setTab("sources");
    },
  };

  const conflicts: Conflict[] = live.check?.conflicts ?? [];
  // In Excel the report goes to a sheet (Excel for Mac's WKWebView does not download Blob
  // URLs); the browser preview downloads the CSV. papaparse comes with the conflicts chunk.
  const exportReport = (): void => {
    attempt(EXPORT, import(/* webpackChunkName: "conflicts" */ "../services/conflict-csv"), (m) => {
      if (excel) {
        const rows = m.conflictRows(conflicts, live.figures, language);
        attempt(EXPORT, excel.writeReport(rows, t("report.sheet")), (sheet) =>
          said(EXPORT, "report.written", { sheet })(),
        );
        return;
      }
      const csv = m.conflictsCsv(conflicts, live.figures, language);
      (props.download ?? downloadText)(csv, `sanaq-conflicts-${language}.csv`);
    });
  };
  const existing = useMemo(
    () => ({
      sources: shown?.sources ?? [],
      figures: live.figures,
      relations: shown?.relations ?? [],
      indicators: shown?.indicators ?? [],
    }),
    [shown, live.figures],
  );

  return (
    <div style={styles.root} data-testid="sanaq-pane-body" lang={language}>
      <header style={styles.header}>
        <div>
          <Title2 as="h1">{t("app.title")}</Title2>
          <br />
          <Text size={200}>{t("app.tagline")}</Text>
        </div>
        <LanguagePicker onChange={onLanguage} />
      </header>
      {domain && !excel ? (
        <MessageBar layout="multiline" intent="info" data-testid="sanaq-preview">
          <MessageBarBody>
            <MessageBarTitle>{t("preview.title")}</MessageBarTitle>
            {t("preview.body")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <nav aria-label={t("app.tabs")}>
        <SectionTabs
          keys={tabs}
          selected={tab}
          onSelect={setTab}
          label={(key) => t(`tab.${key}`)}
          suffix={(key) =>
            key === "conflicts" && live.check ? ` (${live.check.conflicts.length})` : ""
          }
        />
      </nav>
      <main style={styles.main}>
        {tab === "load" ? (
          <LoadPanel
            load={load}
            inExcel={excel !== undefined}
            // In preview the load starts by itself: the button stays disabled until it has.
            ready={domain !== null && (excel !== undefined || load.running || loadedOnce)}
          />
        ) : null}
        <LazySection>
          {tab === "conflicts" ? (
            shown ? (
              <ConflictList
                conflicts={conflicts}
                figures={live.figures}
                sources={shown.sources}
                relations={shown.relations}
                indicators={shown.indicators ?? []}
                readNumbers={domain?.readNumbers ?? notReady}
                actions={conflictActions}
                onExport={exportReport}
                notice={notice}
                onDismissNotice={() => setNotice(null)}
                inExcel={excel !== undefined}
                live={live.live}
              />
            ) : (
              <Text>{t("conflicts.notLoaded")}</Text>
            )
          ) : null}
          {tab === "sources" && !domain ? <SectionLoading /> : null}
          {tab === "sources" && domain ? (
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
          {tab === "add" && !domain ? <SectionLoading /> : null}
          {tab === "add" && domain ? (
            <AddSourcePanel
              checkText={domain.checkText}
              propose={domain.proposeSource}
              existing={existing}
              onAddSource={
                excel
                  ? async (source) => {
                      await gate.run(() => excel.addSource(source));
                      // A refresh: the seeds with every kept text, checked together, as on any load.
                      await load.start();
                    }
                  : undefined
              }
            />
          ) : null}
        </LazySection>
      </main>
    </div>
  );
}
