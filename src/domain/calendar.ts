// Month names as the texts write them: Russian in the genitive ("13 января"), Kazakh in the
// nominative ("13 қаңтар"). The number reader finds dates with them; the pane formats dates.
// And the real-calendar tests of written dates (2025-02-30 is none).
export const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
export const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date YYYY-MM-DD: 2025-02-28 is one, 2025-02-30 and 2025-13-01 are not. */
export function isDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === v;
}

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * An ISO 8601 date or date-time on a real day: 2026-11-22, 2026-11-22T10:00:00Z,
 * 2026-11-22T15:00+05:00. Date.parse alone takes "1" as the year 2001.
 */
export function isIsoTimestamp(v: string): boolean {
  const m = TIMESTAMP.exec(v);
  return m !== null && isDate(m[1] ?? "");
}
