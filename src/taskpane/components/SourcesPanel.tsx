// A source text with every number as a chip; clicking one snips it to the selected Figures row.
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle1,
  Tooltip,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { QUANTITIES } from "../../domain/numbers/read-numbers";
import type { Mention, Source } from "../../domain/types";
import type { Snip } from "../services/pane-services";
import { quoteAround } from "../services/quote-around";
import { splitText } from "../services/split-text";
import { regionName } from "../../i18n/region-name";
import { useI18n } from "../state/i18n-context";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  text: { whiteSpace: "pre-wrap", lineHeight: tokens.lineHeightBase400, overflowWrap: "anywhere" },
  chip: {
    fontFamily: "inherit",
    fontSize: "inherit",
    lineHeight: "inherit",
    cursor: "pointer",
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorBrandStroke2),
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": {
      ...shorthands.outline(tokens.strokeWidthThick, "solid", tokens.colorStrokeFocus2),
    },
  },
  // Years, dates, identifiers and the like are numbers but not quantities: shown quieter.
  notQuantity: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  inQuote: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder2),
  },
  quote: { backgroundColor: tokens.colorPaletteYellowBackground1 },
});

export interface SourceFocus {
  sourceId: string;
  quote: string;
}

export function SourcesPanel(props: {
  sources: readonly Source[];
  readNumbers: (text: string) => Mention[];
  focus: SourceFocus | null;
  /** Inside Excel: writes the snip, resolves to the figure id written or null when no row is selected. */
  onSnip?: (snip: Snip) => Promise<string | null>;
}) {
  const { sources, readNumbers, focus, onSnip } = props;
  const { t, number, date, language, failed } = useI18n();
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(focus?.sourceId ?? sources[0]?.id ?? "");
  const [notice, setNotice] = useState<string | null>(null);
  const firstInQuote = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (focus) setSelected(focus.sourceId);
  }, [focus]);

  const source = sources.find((s) => s.id === selected) ?? sources[0];
  const mentions = useMemo(() => (source ? readNumbers(source.text) : []), [source, readNumbers]);
  const quoteStart =
    source && focus?.sourceId === source.id && focus.quote ? source.text.indexOf(focus.quote) : -1;
  const quoteEnd = quoteStart >= 0 && focus ? quoteStart + focus.quote.length : -1;

  useEffect(() => {
    // Open source: bring the quote into view and put the keyboard on its first number.
    const chip = firstInQuote.current;
    if (chip) {
      chip.scrollIntoView?.({ block: "center" });
      chip.focus();
    }
  }, [quoteStart, source?.id]);

  if (!source) return <Body1>{t("sources.none")}</Body1>;

  const snip = async (m: Mention): Promise<void> => {
    const s: Snip = {
      value: m.value,
      quote: quoteAround(source.text, m.start, m.end),
      source: source.id,
    };
    if (!onSnip) {
      setNotice(
        t("sources.snipPreview", { value: number(s.value), quote: s.quote, source: s.source }),
      );
      return;
    }
    try {
      const figure = await onSnip(s);
      setNotice(
        figure === null
          ? t("sources.noRow")
          : t("sources.snipped", { figure, value: number(s.value) }),
      );
    } catch (error) {
      setNotice(failed(error));
    }
  };

  firstInQuote.current = null;
  const parts = splitText(source.text, mentions);
  const offsets: number[] = [];
  parts.reduce((at, p) => (offsets.push(at), at + p.text.length), 0);
  return (
    <section className={styles.root} aria-labelledby="sanaq-sources-heading">
      <Subtitle1 as="h2" id="sanaq-sources-heading">
        {t("sources.heading")}
      </Subtitle1>
      <Field label={t("sources.pick")}>
        <Dropdown
          value={source.title}
          selectedOptions={[source.id]}
          onOptionSelect={(_e, d) => d.optionValue && setSelected(d.optionValue)}
        >
          {sources.map((s) => (
            <Option key={s.id} value={s.id} text={s.title}>
              {s.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1>
        {[
          source.publisher,
          regionName(language, source.region),
          date(source.published),
          t("sources.numbers", { count: mentions.length }),
        ]
          .filter((x) => x !== "")
          .join(" · ")}
      </Caption1>
      <Body1>{t("sources.hint")}</Body1>
      {notice ? (
        <MessageBar layout="multiline" intent="info" data-testid="sanaq-snip">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.text} lang={source.language} data-testid="sanaq-source-text">
        {parts.map((p, i) => {
          const at = offsets[i] ?? 0;
          const inQuote = quoteStart >= 0 && at >= quoteStart && at < quoteEnd;
          if (p.span === undefined)
            return (
              <span key={i} className={inQuote ? styles.quote : undefined}>
                {p.text}
              </span>
            );
          const m = mentions[p.span];
          if (!m) return <span key={i}>{p.text}</span>;
          return (
            <Tooltip
              key={i}
              relationship="description"
              content={t("sources.chip", {
                kind: t(`mention.${m.kind}`),
                value: number(m.value) + (m.unit && m.unit !== "%" ? ` ${m.unit}` : m.unit),
              })}
            >
              <button
                type="button"
                className={mergeClasses(
                  styles.chip,
                  !QUANTITIES.has(m.kind) && styles.notQuantity,
                  inQuote && styles.inQuote,
                )}
                data-kind={m.kind}
                ref={(el) => {
                  if (inQuote && el && !firstInQuote.current) firstInQuote.current = el;
                }}
                onClick={() => void snip(m)}
              >
                {p.text}
              </button>
            </Tooltip>
          );
        })}
      </div>
    </section>
  );
}
