// The task pane: the Pane with the real domain functions, and Excel actions only when the host
// is Excel (elsewhere a read-only preview). The host line says which.
// The shell renders before Office.js answers (host undefined); the domain functions and the
// Excel actions are separate chunks (webpack import()), fetched at once, in parallel with
// Office.onReady, and handed to the Pane when they and the host are known.
import { Caption1 } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cssVar } from "./theme-vars";
import { useEffect, useMemo, useRef, useState } from "react";
import { pickLanguage, translate, type UiLanguage } from "../i18n/index";
import { Pane } from "./components/Pane";
import type { DomainServices, ExcelActions } from "./services/pane-services";
import type { SeedPrefetch } from "./services/seed-prefetch";

export interface AppProps {
  /**
   * The Office host ("Excel", ...), null when the page runs outside Office, undefined while
   * Office.js has not answered yet.
   */
  host: string | null | undefined;
  /** Office.context.displayLanguage inside Office. */
  displayLanguage?: string;
  /** The seeds asked for at start: the browser preview's first load reads them. */
  seeds?: SeedPrefetch;
}

const styles = {
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    backgroundColor: cssVar("colorNeutralBackground1"),
    color: cssVar("colorNeutralForeground1"),
  },
  footer: { padding: `${cssVar("spacingVerticalS")} ${cssVar("spacingHorizontalM")}` },
} satisfies Record<string, CSSProperties>;

export function hostLine(host: string | null | undefined, language: UiLanguage = "en"): string {
  if (host === undefined) return translate(language, "host.pending");
  if (host === null) return translate(language, "host.preview");
  return host === "Excel"
    ? translate(language, "host.excel")
    : translate(language, "host.other", { host });
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

// Asked for right after the first render (not before: parsing them would delay the shell),
// while Office.js looks for its host (preloadChunks); one download per page.
let domainChunk: Promise<DomainServices> | undefined;
function loadDomain(): Promise<DomainServices> {
  domainChunk ??= import(/* webpackChunkName: "domain" */ "./services/domain-services").then((m) =>
    m.createDomainServices(),
  );
  return domainChunk;
}
type ExcelModule = typeof import("./services/excel-actions");
let excelChunk: Promise<ExcelModule> | undefined;
function loadExcel(): Promise<ExcelModule> {
  excelChunk ??= import(/* webpackChunkName: "excel" */ "./services/excel-actions");
  return excelChunk;
}

/** Starts the domain chunk, and the Excel chunk once Office says the host is Excel. */
export function preloadChunks(office: Promise<{ host: string | null }>): void {
  loadDomain().catch(() => undefined); // a failure shows when the App asks for it
  void office.then((state) => {
    if (state.host === "Excel") loadExcel().catch(() => undefined);
  });
}

type Chunk<T> = { ok: T } | { error: unknown } | undefined;

/** A chunk's module once it has loaded (undefined before), or the error it failed with. */
function useChunk<T>(load: (() => Promise<T>) | undefined): Chunk<T> {
  const [value, setValue] = useState<Chunk<T>>(undefined);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (ok) => live && setValue({ ok }),
      (error: unknown) => live && setValue({ error }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}

const okOf = <T,>(chunk: Chunk<T>): T | undefined =>
  chunk && "ok" in chunk ? chunk.ok : undefined;
const errorOf = (chunk: Chunk<unknown>): unknown =>
  chunk && "error" in chunk ? chunk.error : undefined;

export function App({ host, displayLanguage, seeds }: AppProps) {
  const [language, setLanguage] = useState<UiLanguage>(() =>
    pickLanguage(displayLanguage ?? browserLanguage()),
  );
  // Office's display language arrives with the host, after the first render.
  useEffect(() => {
    if (displayLanguage) setLanguage(pickLanguage(displayLanguage));
  }, [displayLanguage]);
  // The workbook is written in the pane's language at the time of the load.
  const languageRef = useRef(language);
  languageRef.current = language;
  const inExcel = host === "Excel";
  const domainChunk = useChunk(loadDomain);
  const excelChunk = useChunk(inExcel ? loadExcel : undefined);
  const loaded = okOf(domainChunk);
  // Outside Office the preview's first load takes the seeds asked for at start.
  const domain = useMemo(
    () =>
      loaded && host === null && seeds
        ? { ...loaded, fetchSeed: seeds.serve(loaded.fetchSeed) }
        : loaded,
    [loaded, host, seeds],
  );
  const excelModule = okOf(excelChunk);
  const [excel, setExcel] = useState<ExcelActions | undefined>(undefined);
  useEffect(() => {
    setExcel(excelModule ? excelModule.createExcelActions(() => languageRef.current) : undefined);
  }, [excelModule]);
  const failure = errorOf(domainChunk) ?? errorOf(excelChunk);
  // The Pane acts only when it knows where it runs and has the code to do it.
  const ready = host !== undefined && domain !== undefined && (!inExcel || excel !== undefined);
  return (
    <div style={styles.root} data-testid="sanaq-pane" data-host={hostAttribute(host)}>
      <Pane
        domain={ready ? domain : null}
        excel={ready ? excel : undefined}
        initialLanguage={language}
        onLanguageChange={setLanguage}
      />
      <footer style={styles.footer}>
        {failure !== undefined ? (
          // A chunk that did not arrive (the add-in's server gone): say so instead of a dead pane.
          <Caption1 role="alert" block>
            {translate(language, "errors.unexpected", {
              message: failure instanceof Error ? failure.message : String(failure),
            })}
          </Caption1>
        ) : null}
        <Caption1 data-testid="sanaq-host">{hostLine(host, language)}</Caption1>
      </footer>
    </div>
  );
}

function hostAttribute(host: string | null | undefined): string {
  if (host === undefined) return "pending";
  return host ?? "preview";
}
