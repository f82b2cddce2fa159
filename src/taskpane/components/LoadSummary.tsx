// After a load: figures, derived indicators, conflicts by kind, time taken.
import { Subtitle2 } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cssVar } from "../theme-vars";
import type { PaneData } from "../services/load-types";
import { kindOrder } from "../services/group-conflicts";
import { useI18n } from "../state/i18n-context";

const styles = {
  list: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: cssVar("spacingHorizontalM"),
    rowGap: cssVar("spacingVerticalXXS"),
    margin: 0,
  },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  sub: { paddingInlineStart: cssVar("spacingHorizontalM") },
} satisfies Record<string, CSSProperties>;

export function LoadSummary({
  data,
  written,
  ms,
}: {
  data: PaneData;
  written: boolean;
  ms: number;
}) {
  const { t, number } = useI18n();
  const conflicts = data.check.conflicts;
  const rows: [string, string, boolean][] = [
    [t("summary.sources"), number(data.sources.length), false],
    [t("summary.figures"), number(data.figures.length), false],
    [t("summary.derived"), number(data.check.derived.length), false],
    [t("summary.conflicts"), number(conflicts.length), false],
    ...kindOrder
      .map((kind): [string, string, boolean] => [
        t(`kind.${kind}`),
        number(conflicts.filter((c) => c.kind === kind).length),
        true,
      ])
      .filter(([, count]) => count !== number(0)),
    [t("summary.time"), t("summary.seconds", { value: number(ms / 1000, 2) }), false],
  ];
  return (
    <section aria-labelledby="sanaq-summary" data-testid="sanaq-summary">
      <Subtitle2 as="h3" id="sanaq-summary">
        {t("summary.heading")}: {written ? t("summary.written") : t("summary.notWritten")}
      </Subtitle2>
      <dl style={styles.list}>
        {rows.map(([label, value, sub]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt style={sub ? styles.sub : undefined}>{label}</dt>
            <dd style={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
