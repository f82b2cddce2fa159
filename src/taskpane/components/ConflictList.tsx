// Conflicts grouped by region, then kind; the report can be exported as CSV.
import {
  Body1,
  Button,
  Subtitle1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Indicator } from "../../domain/load/types";
import type { Conflict, Figure, Mention, Relation, Source } from "../../domain/types";
import { regionName } from "../../i18n/region-name";
import { conflictTitle, titleIndex } from "../services/conflict-title";
import { groupConflicts } from "../services/group-conflicts";
import { useI18n } from "../state/i18n-context";
import type { Notice } from "../services/notice";
import { ActionNotice } from "./ActionNotice";
import { ConflictCard, type ConflictActions } from "./ConflictCard";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  header: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    justifyContent: "space-between",
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  region: { display: "grid", gap: tokens.spacingVerticalS },
});

export function ConflictList(props: {
  conflicts: readonly Conflict[];
  figures: readonly Figure[];
  sources: readonly Source[];
  relations: readonly Relation[];
  indicators: readonly Indicator[];
  readNumbers: (text: string) => Mention[];
  actions: ConflictActions;
  onExport: () => void;
  live: boolean;
  /** In Excel the report is written to a sheet; in the preview it is a CSV download. */
  inExcel?: boolean;
  /** The last action's notice, shown next to the card or button it came from. */
  notice?: Notice | null;
  onDismissNotice?: () => void;
}) {
  const {
    conflicts,
    figures,
    sources,
    relations,
    indicators,
    readNumbers,
    actions,
    onExport,
    live,
    inExcel,
    notice = null,
    onDismissNotice = () => undefined,
  } = props;
  const { t, locale, number, language } = useI18n();
  const styles = useStyles();
  const groups = useMemo(
    () => groupConflicts(conflicts, figures, locale, (r) => regionName(language, r)),
    [conflicts, figures, locale, language],
  );
  const titles = useMemo(
    () => titleIndex({ relations, figures, indicators }),
    [relations, figures, indicators],
  );
  const sourcesById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  // A notice whose card has gone (the conflict resolved by the action) shows by the export
  // button, at the top of the list, rather than nowhere.
  const atTop = notice !== null && !conflicts.some((c) => c.id === notice.at);
  return (
    <section className={styles.root} aria-labelledby="sanaq-conflicts-heading">
      <div className={styles.header}>
        <Subtitle1 as="h2" id="sanaq-conflicts-heading">
          {t("conflicts.heading")} ({number(conflicts.length)})
        </Subtitle1>
        <Button size="small" onClick={onExport} disabled={conflicts.length === 0}>
          {inExcel ? t("conflicts.exportSheet") : t("conflicts.export")}
        </Button>
      </div>
      {notice && atTop ? <ActionNotice notice={notice} onDismiss={onDismissNotice} /> : null}
      {live ? <Text size={200}>{t("conflicts.live")}</Text> : null}
      {conflicts.length === 0 ? <Body1>{t("conflicts.none")}</Body1> : null}
      {groups.map((g) => (
        <section
          key={g.region}
          className={styles.region}
          aria-label={regionName(language, g.region) || t("conflicts.noRegion")}
          data-testid="sanaq-region"
        >
          <Subtitle2 as="h3">
            {t("conflicts.regionCount", {
              region: regionName(language, g.region) || t("conflicts.noRegion"),
              count: g.count,
            })}
          </Subtitle2>
          {g.kinds.map((k) => (
            <div key={k.kind}>
              <Text as="h4" weight="semibold" size={300} style={{ margin: 0 }}>
                {t(`kind.${k.kind}`)}
              </Text>
              <ul className={styles.list}>
                {k.conflicts.map((c) => (
                  <li key={c.id}>
                    <ConflictCard
                      conflict={c}
                      title={conflictTitle(c, titles, language)}
                      sources={sourcesById}
                      readNumbers={readNumbers}
                      actions={actions}
                      notice={notice?.at === c.id ? notice : null}
                      onDismissNotice={onDismissNotice}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
