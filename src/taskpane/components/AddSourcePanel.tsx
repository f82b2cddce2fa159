// Add a source: paste a text or pick a .txt/.csv file, see its numbers and automatic checks,
// and add the rows the planner ticks to Figures.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { decodeText } from "../../domain/text/decode-text";
import type { Figure, Mention } from "../../domain/types";
import { fileBytes } from "../services/file-bytes";
import { newFigures } from "../services/new-figures";
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
    gap: tokens.spacingVerticalXXS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function AddSourcePanel(props: {
  readNumbers: (text: string) => Mention[];
  checkText: (text: string, onProgress?: (fraction: number) => void) => Promise<TextCheck>;
  takenIds: ReadonlySet<string>;
  /** Inside Excel: appends the rows to Figures. */
  onAdd?: (figures: Figure[]) => Promise<void>;
}) {
  const { readNumbers, checkText, takenIds, onAdd } = props;
  const { t, number, language, failed } = useI18n();
  const styles = useStyles();
  const fileId = useId();
  const [text, setText] = useState("");
  const [reading, setReading] = useState<{ file: string; fraction: number } | null>(null);
  const [mentions, setMentions] = useState<Mention[] | null>(null);
  const [check, setCheck] = useState<TextCheck | null>(null);
  const [checking, setChecking] = useState<number | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [region, setRegion] = useState("");
  const [indicator, setIndicator] = useState("");
  const [notice, setNotice] = useState<string | null>(null);

  const read = async (): Promise<void> => {
    if (text.trim() === "") {
      setNotice(t("add.empty"));
      return;
    }
    setMentions(readNumbers(text));
    setPicked(new Set());
    setNotice(null);
    setCheck(null);
    setChecking(0);
    try {
      setCheck(await checkText(text, setChecking));
    } catch (error) {
      setNotice(failed(error));
    } finally {
      setChecking(null);
    }
  };

  const pickFile = async (file: File): Promise<void> => {
    setNotice(null);
    setMentions(null);
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
    if (!mentions) return;
    const chosen = mentions.filter((_m, i) => picked.has(i));
    const figures = newFigures({
      text,
      mentions: chosen,
      // Unique per confirmation, so a second text never reuses the first one's figure ids.
      sourceId: `added-${new Date().toISOString().slice(0, 19).replace(/\D/g, "")}`,
      region,
      indicator,
      taken: takenIds,
    });
    if (onAdd) {
      try {
        await onAdd(figures);
        setNotice(t("add.added", { count: figures.length }));
      } catch (error) {
        setNotice(failed(error));
      }
    } else {
      setNotice(t("add.wouldAdd", { count: figures.length }));
    }
  };

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
      {mentions ? (
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
          <Subtitle2 as="h3">{t("add.found", { count: mentions.length })}</Subtitle2>
          <ul className={styles.list} data-testid="sanaq-found">
            {mentions.map((m, i) => (
              <li key={`${m.start}`}>
                <Checkbox
                  checked={picked.has(i)}
                  label={`${m.text} · ${t(`mention.${m.kind}`)} · ${number(m.value)}`}
                  onChange={(_e, d) => {
                    const next = new Set(picked);
                    if (d.checked) next.add(i);
                    else next.delete(i);
                    setPicked(next);
                  }}
                />
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Field label={t("add.region")}>
              <Input value={region} onChange={(_e, d) => setRegion(d.value)} />
            </Field>
            <Field label={t("add.indicator")}>
              <Input value={indicator} onChange={(_e, d) => setIndicator(d.value)} />
            </Field>
          </div>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={picked.size === 0}
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
