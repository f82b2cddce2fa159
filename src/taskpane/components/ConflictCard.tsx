// One conflict: explanation in the pane's language, stated vs implied, the quotes with their
// numbers marked, and the planner's actions.
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Input,
  Label,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Conflict, Mention, Source } from "../../domain/types";
import { impliedIn, statedIn } from "../../domain/checks/conflict-values";
import { highlightQuote } from "../services/split-text";
import { useI18n } from "../state/i18n-context";
import type { Notice } from "../services/notice";
import { ActionNotice } from "./ActionNotice";
import { QuoteText } from "./QuoteText";

export interface ConflictActions {
  select: (conflict: Conflict) => void;
  accept: (conflict: Conflict) => void;
  keep: (conflict: Conflict, reason: string) => void;
  openSource: (sourceId: string, quote: string) => void;
}

const useStyles = makeStyles({
  card: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0 },
  id: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  values: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reason: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "8rem" },
});

export function ConflictCard(props: {
  conflict: Conflict;
  /** The conflict's name in the pane's language (conflictTitle); the id stays as a caption. */
  title: string;
  sources: ReadonlyMap<string, Source>;
  readNumbers: (text: string) => Mention[];
  actions: ConflictActions;
  /** What the last action on this card did, shown under its buttons. */
  notice?: Notice | null;
  onDismissNotice?: () => void;
}) {
  const { conflict, title, sources, readNumbers, actions, notice, onDismissNotice } = props;
  const { t, language } = useI18n();
  const styles = useStyles();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const suggestion = conflict.suggestion[language];
  const sourceIds = [...new Set(conflict.figures.map((f) => f.source))];
  return (
    <article
      className={styles.card}
      data-testid="sanaq-conflict"
      data-conflict={conflict.id}
      aria-label={title}
    >
      <div className={styles.header}>
        <Badge
          appearance="tint"
          color={
            conflict.severity === "error"
              ? "danger"
              : conflict.severity === "warning" || conflict.severity === "truncated"
                ? "warning"
                : "informative"
          }
        >
          {t(`severity.${conflict.severity}`)}
        </Badge>
        <Body1Strong as="h5" className={styles.title} data-testid="sanaq-conflict-title">
          {title}
        </Body1Strong>
        {/* The id is what the CSV report and the workbook's Conflicts sheet list. */}
        <Caption1 className={styles.id}>{conflict.id}</Caption1>
      </div>
      <Body1>{conflict.message[language]}</Body1>
      <dl className={styles.values}>
        {/* The same words as the workbook's Conflicts sheet and the CSV report. */}
        {(
          [
            ["stated", statedIn(conflict, language)],
            ["implied", impliedIn(conflict, language)],
          ] as const
        ).map(([side, value]) => (
          <div key={side}>
            <dt>
              <Caption1>{t(`conflict.${side}`)}</Caption1>
            </dt>
            <dd style={{ margin: 0 }} data-testid={`sanaq-${side}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {suggestion ? (
        <Body1>
          {t("conflict.suggestion")}: {suggestion}
        </Body1>
      ) : null}
      {quoteGroups(conflict).map((f) => (
        <QuoteText
          key={`${f.source}:${f.quote}`}
          label={t("conflict.quote", { source: sources.get(f.source)?.title ?? f.source })}
          parts={highlightQuote(f.quote, readNumbers(f.quote), f.values)}
          lang={sources.get(f.source)?.language}
        />
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => actions.select(conflict)}>
          {t("conflict.select")}
        </Button>
        <Button size="small" onClick={() => actions.accept(conflict)}>
          {t("conflict.accept")}
        </Button>
        {sourceIds.map((sourceId) => (
          <Button
            key={sourceId}
            size="small"
            onClick={() =>
              actions.openSource(
                sourceId,
                conflict.figures.find((f) => f.source === sourceId)?.quote ?? "",
              )
            }
          >
            {t("conflict.openSource")}
            {sourceIds.length > 1 ? `: ${sources.get(sourceId)?.title ?? sourceId}` : ""}
          </Button>
        ))}
      </div>
      <div className={styles.reason}>
        <div className={styles.grow}>
          <Label htmlFor={reasonId} size="small">
            {t("conflict.reason")}
          </Label>
          <Input
            id={reasonId}
            value={reason}
            onChange={(_e, d) => setReason(d.value)}
            style={{ width: "100%" }}
          />
        </div>
        <Button
          size="small"
          disabled={reason.trim() === ""}
          onClick={() => actions.keep(conflict, reason.trim())}
        >
          {t("conflict.keep")}
        </Button>
      </div>
      {notice ? (
        <ActionNotice notice={notice} onDismiss={onDismissNotice ?? (() => undefined)} />
      ) : null}
    </article>
  );
}

interface QuoteGroup {
  source: string;
  quote: string;
  values: number[];
}

/** One quote per distinct text with all its figures' values: a share's part and stated percent often share a sentence. */
function quoteGroups(conflict: Conflict): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const f of conflict.figures) {
    if (f.quote === "") continue;
    const key = `${f.source}\u0000${f.quote}`;
    const group = groups.get(key) ?? { source: f.source, quote: f.quote, values: [] };
    group.values.push(f.value);
    groups.set(key, group);
  }
  return [...groups.values()];
}
