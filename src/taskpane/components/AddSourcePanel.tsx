// Add a source: paste a text or pick a .txt/.csv file; see its automatic checks and the figures
// proposed for it (region, indicator, as-of from the words around each number), confirm or
// change them, and add the text as a source the workbook keeps and re-checks on every refresh.
import {
  Badge,
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle1,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Indicator } from "../../domain/load/types";
import type { AddedSource } from "../../domain/propose/added-sources";
import type {
  Existing,
  ProposeResult,
  ProposedFigure,
  SourceProposal,
} from "../../domain/propose/propose-source";
import { PLACES } from "../../domain/regions/gazetteer";
import { decodeText } from "../../domain/text/decode-text";
import type { Figure } from "../../domain/types";
import { regionName } from "../../i18n/region-name";
import { fileBytes } from "../services/file-bytes";
import type { TextCheck } from "../services/pane-services";
import { readCsvTexts } from "../services/read-csv-texts";
import { useI18n } from "../state/i18n-context";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  quote: { color: tokens.colorNeutralForeground2 },
});

/** Regions a figure can be filed under: the regions, the three cities and the country. */
const REGION_KEYS = [...new Set(PLACES.map((p) => p.fileAs))];

interface Choice {
  picked: boolean;
  region: string;
  indicator: string;
}

export function AddSourcePanel(props: {
  checkText: (text: string, onProgress?: (fraction: number) => void) => Promise<TextCheck>;
  propose: (text: string, existing: Existing, region?: string) => ProposeResult;
  /** What the workbook already has: ids are never reused, indicators are offered. */
  existing: Existing;
  /** Inside Excel: keeps the text and its rows in the workbook and refreshes it. */
  onAddSource?: (source: AddedSource) => Promise<void>;
}) {
  const { checkText, propose, existing, onAddSource } = props;
  const { t, number, language, failed } = useI18n();
  const styles = useStyles();
  const fileId = useId();
  const [text, setText] = useState("");
  const [reading, setReading] = useState<{ file: string; fraction: number } | null>(null);
  const [proposal, setProposal] = useState<SourceProposal | null>(null);
  const [check, setCheck] = useState<TextCheck | null>(null);
  const [checking, setChecking] = useState<number | null>(null);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [textRegion, setTextRegion] = useState("");
  const [needsRegion, setNeedsRegion] = useState(false);
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const newKeys = useMemo(
    () => new Set((proposal?.indicators ?? []).map((i) => i.key)),
    [proposal],
  );
  const indicatorOptions = useMemo(
    () => [...existing.indicators, ...(proposal?.indicators ?? [])],
    [existing.indicators, proposal],
  );

  const read = async (region = textRegion): Promise<void> => {
    if (text.trim() === "") {
      setNotice(t("add.empty"));
      return;
    }
    const result = propose(text, existing, region || undefined);
    setChecked(true);
    setCheck(null);
    setChecking(0);
    // The checks run in slices with progress (the pane never freezes on a long text).
    const checkDone = checkText(text, setChecking)
      .then(setCheck)
      .catch((error: unknown) => setNotice(failed(error)))
      .finally(() => setChecking(null));
    if (!result.ok) {
      setProposal(null);
      setNeedsRegion(result.reason === "no-region");
      setNotice(result.message[language]);
      await checkDone;
      return;
    }
    setNeedsRegion(false);
    setNotice(null);
    setProposal(result.proposal);
    setChoices(
      result.proposal.figures.map((f) => ({
        picked: true,
        region: f.region,
        indicator: f.indicator,
      })),
    );
    await checkDone;
  };

  const pickFile = async (file: File): Promise<void> => {
    setNotice(null);
    setProposal(null);
    setChecked(false);
    setCheck(null);
    // The same decoding as `sanaq extract` / `check-text`: UTF-16 and Windows-1251 read and
    // said so, binary refused; nothing is read as numbers from bytes that are not text.
    const decoded = decodeText(await fileBytes(file));
    if (!decoded.ok) {
      setText("");
      setNotice(`${file.name}: ${decoded.message[language]}`);
      return;
    }
    const said = decoded.notice ? `${decoded.notice[language]} ` : "";
    if (/\.csv$/i.test(file.name)) {
      setReading({ file: file.name, fraction: 0 });
      const { texts } = await readCsvTexts(decoded.text, (fraction) =>
        setReading({ file: file.name, fraction }),
      );
      setReading(null);
      setText(texts.join("\n\n"));
      setNotice(said + t("add.csvRows", { count: texts.length }));
    } else {
      setText(decoded.text);
      if (decoded.notice) setNotice(decoded.notice[language]);
    }
  };

  const confirm = async (): Promise<void> => {
    if (!proposal) return;
    const added = confirmedSource(proposal, choices);
    const counts = {
      source: added.source.id,
      count: added.figures.length,
      relations: added.relations.length,
    };
    if (!onAddSource) {
      setNotice(t("add.wouldAdd", counts));
      return;
    }
    try {
      await onAddSource(added);
      setNotice(t("add.added", counts));
      setProposal(null);
    } catch (error) {
      setNotice(failed(error));
    }
  };

  const setChoice = (i: number, change: Partial<Choice>): void =>
    setChoices((all) => all.map((c, k) => (k === i ? { ...c, ...change } : c)));

  const regionSelect = (label: string, value: string, onChange: (v: string) => void) => (
    <Field label={label}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        {value === "" ? <option value="">—</option> : null}
        {REGION_KEYS.map((key) => (
          <option key={key} value={key}>
            {regionName(language, key)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.root} aria-labelledby="sanaq-add-heading">
      <Subtitle1 as="h2" id="sanaq-add-heading">
        {t("add.heading")}
      </Subtitle1>
      <Field label={t("add.paste")}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={6} resize="vertical" />
      </Field>
      <div>
        <label htmlFor={fileId}>{t("add.file")}</label>
        <br />
        <input
          id={fileId}
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void pickFile(file);
          }}
        />
      </div>
      {reading ? (
        <Field
          label={t("add.reading", {
            file: reading.file,
            percent: Math.round(reading.fraction * 100),
          })}
        >
          <ProgressBar value={reading.fraction} max={1} />
        </Field>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void read()} disabled={checking !== null}>
          {t("add.read")}
        </Button>
      </div>
      {notice ? (
        <MessageBar layout="multiline" intent="info" data-testid="sanaq-add-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {needsRegion
        ? regionSelect(t("add.textRegion"), textRegion, (v) => {
            setTextRegion(v);
            void read(v);
          })
        : null}
      {checked ? (
        <>
          <Subtitle2 as="h3">{t("add.checks")}</Subtitle2>
          {checking !== null ? (
            <Field label={t("add.checking", { percent: Math.round(checking * 100) })}>
              <ProgressBar value={checking} max={1} data-testid="sanaq-checking" />
            </Field>
          ) : null}
          {check ? (
            <>
              <Body1 data-testid="sanaq-statements">
                {check.statements === 0
                  ? t("add.nothingTestable")
                  : t("add.statements", { count: check.statements })}
              </Body1>
              {check.statements === 0 ? null : check.findings.length === 0 ? (
                <Body1>{t("add.noChecks")}</Body1>
              ) : (
                <ul data-testid="sanaq-findings">
                  {check.findings.map((f, i) => (
                    <li key={i} data-severity={f.severity}>
                      <strong>{t(`severity.${f.severity}`)}</strong>: {f.message[language]}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </>
      ) : null}
      {proposal ? (
        <>
          <Subtitle2 as="h3">{t("add.proposed", { count: proposal.figures.length })}</Subtitle2>
          <Body1>{t("add.skipped", { count: proposal.skipped.length })}</Body1>
          <Body1>{t("add.relations", { count: proposal.relations.length })}</Body1>
          <ul className={styles.list} data-testid="sanaq-proposed">
            {proposal.figures.map((f, i) => (
              <ProposedRow
                key={f.id}
                figure={f}
                choice={choices[i] as Choice}
                indicators={indicatorOptions}
                isNew={newKeys.has(choices[i]?.indicator ?? "")}
                onChange={(change) => setChoice(i, change)}
                regionSelect={regionSelect}
                number={number}
                classes={styles}
              />
            ))}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={!choices.some((c) => c.picked)}
              onClick={() => void confirm()}
            >
              {t("add.confirm")}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function ProposedRow(props: {
  figure: ProposedFigure;
  choice: Choice;
  indicators: Indicator[];
  isNew: boolean;
  onChange: (change: Partial<Choice>) => void;
  regionSelect: (label: string, value: string, onChange: (v: string) => void) => React.ReactNode;
  number: (n: number) => string;
  classes: Record<"item" | "quote" | "row", string>;
}) {
  const { figure: f, choice, indicators, onChange, number, classes } = props;
  const { t, language } = useI18n();
  const p = f.proposal;
  const written = p.mention.text.trim();
  const value = `${number(f.value)}${f.unit === "" ? "" : ` ${f.unit}`}`;
  const bare = (s: string): string => s.replace(/\s/g, "");
  return (
    <li className={classes.item}>
      <Checkbox
        checked={choice.picked}
        label={[
          written,
          // The value only when the text writes it otherwise ("272,5 тысячи" is 272 500), not
          // again for "97,1%" or "352".
          ...(bare(written) === bare(value) || written === String(f.value) ? [] : [value]),
          ...(f.asOf ? [t("add.asOf", { asOf: f.asOf })] : []),
        ].join(" · ")}
        onChange={(_e, d) => onChange({ picked: d.checked === true })}
      />
      <Body1 className={classes.quote}>{f.quote}</Body1>
      <div className={classes.row}>
        {props.regionSelect(t("add.region"), choice.region, (region) => onChange({ region }))}
        <Field label={t("add.indicator")}>
          <Select value={choice.indicator} onChange={(_e, d) => onChange({ indicator: d.value })}>
            {indicators.map((i) => (
              <option key={i.key} value={i.key}>
                {i.label[language]} ({i.key})
              </option>
            ))}
          </Select>
        </Field>
        {props.isNew ? <Badge appearance="outline">{t("add.newIndicator")}</Badge> : null}
      </div>
      {p.regionAlternatives.length > 0 && choice.region === f.region ? (
        <Body1 data-testid="sanaq-check-region">
          {t("add.checkRegion", {
            alternatives: p.regionAlternatives.map((r) => regionName(language, r)).join(", "),
          })}
        </Body1>
      ) : null}
      {p.indicatorConfidence < 0.6 && choice.indicator === f.indicator ? (
        <Body1 data-testid="sanaq-check-indicator">
          {t("add.checkIndicator", { percent: Math.round(p.indicatorConfidence * 100) })}
        </Body1>
      ) : null}
    </li>
  );
}

/** The text with the figures the planner kept, as they set them, and what those need. */
export function confirmedSource(proposal: SourceProposal, choices: Choice[]): AddedSource {
  const figures: Figure[] = [];
  proposal.figures.forEach((f, i) => {
    const c = choices[i];
    if (!c?.picked) return;
    const { proposal: _meta, ...figure } = f;
    figures.push({ ...figure, region: c.region, indicator: c.indicator });
  });
  const ids = new Set(figures.map((f) => f.id));
  const used = new Set(figures.map((f) => f.indicator));
  return {
    source: proposal.source,
    figures,
    relations: proposal.relations.filter((r) =>
      Object.values(r.roles).every((list) => list.every((id) => ids.has(id))),
    ),
    indicators: proposal.indicators.filter((i) => used.has(i.key)),
  };
}
