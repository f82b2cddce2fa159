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

export function QuoteText(props: {
  parts: readonly TextPart[];
  label: string;
  /** The source text's language, so screen readers read the quote in it. */
  lang?: string;
}) {
  const { parts, label, lang } = props;
  const styles = useStyles();
  return (
    <blockquote className={styles.quote} aria-label={label} lang={lang}>
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
