// A source quote with the figure's number marked (<mark>); text is rendered as text, never HTML.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TextPart } from "../services/split-text";

const useStyles = makeStyles({
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
    fontStyle: "italic",
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontStyle: "normal",
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function QuoteText({ parts, label }: { parts: readonly TextPart[]; label: string }) {
  const styles = useStyles();
  return (
    <blockquote className={styles.quote} aria-label={label}>
      {parts.map((p, i) =>
        p.span === undefined ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark key={i} className={styles.mark}>
            {p.text}
          </mark>
        ),
      )}
    </blockquote>
  );
}
