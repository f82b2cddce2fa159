// Load / Refresh with a progress bar and Cancel, then the summary or the list of errors.
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
} from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cssVar } from "../theme-vars";
import type { LoadProgress } from "../services/load-types";
import type { LoadState } from "../state/use-load";
import { useI18n } from "../state/i18n-context";
import { ErrorList } from "./ErrorList";
import { LoadSummary } from "./LoadSummary";

const styles = {
  root: { display: "grid", gap: cssVar("spacingVerticalM") },
  actions: { display: "flex", flexWrap: "wrap", gap: cssVar("spacingHorizontalS") },
} satisfies Record<string, CSSProperties>;

export function LoadPanel({
  load,
  inExcel,
  ready = true,
}: {
  load: LoadState;
  inExcel: boolean;
  /** False until the host is known and the pane's code has arrived: the button is disabled. */
  ready?: boolean;
}) {
  const { t, failed } = useI18n();
  const { running, progress, outcome } = load;
  const loadedOnce = outcome?.status === "done";
  const label = loadedOnce
    ? t("load.refresh")
    : inExcel || !ready
      ? t("load.button")
      : t("load.buttonPreview");
  return (
    <section style={styles.root} aria-labelledby="sanaq-load-heading">
      <Subtitle1 as="h2" id="sanaq-load-heading">
        {t("load.heading")}
      </Subtitle1>
      <Body1>{t("load.intro")}</Body1>
      <div style={styles.actions}>
        <Button
          appearance="primary"
          disabled={running || !ready}
          onClick={() => void load.start()}
          data-testid="sanaq-load"
        >
          {label}
        </Button>
        {running ? <Button onClick={load.cancel}>{t("load.cancel")}</Button> : null}
      </div>
      {running && progress ? (
        <Field
          label={t("load.progress")}
          validationMessage={stepText(progress, t)}
          validationState="none"
        >
          <ProgressBar value={progress.fraction} max={1} />
        </Field>
      ) : null}
      {outcome?.status === "done" ? (
        <LoadSummary data={outcome.data} written={outcome.written} ms={outcome.ms} />
      ) : null}
      {outcome?.status === "invalid" ? <ErrorList errors={outcome.errors} /> : null}
      {outcome?.status === "cancelled" ? (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            {outcome.duringWrite ? t("load.cancelledAfterWrite") : t("load.cancelled")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.status === "failed" ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>
            {outcome.fetch
              ? t("errors.fetch", {
                  file: outcome.fetch.file,
                  status: String(outcome.fetch.status),
                })
              : failed(outcome.error ?? new Error(outcome.message))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function stepText(progress: LoadProgress, t: ReturnType<typeof useI18n>["t"]): string {
  switch (progress.step) {
    case "fetch":
      return t("step.fetch", { file: progress.file ?? "" });
    case "validate":
      return t("step.validate");
    case "check":
      return t("step.check");
    case "write":
      return t("step.write");
    case "done":
      return t("step.done");
  }
}
