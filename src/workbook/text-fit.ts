// How much room a text needs in a cell, estimated without a font renderer. A column's width is
// counted in widths of the digit 0 of the default font, in Excel (Calibri 11) and in LibreOffice
// (Calibri, or DejaVu Sans where Calibri is missing: then columns and text are both wider). So a
// text is measured in digit widths too, each character rounded up to the wider of the two fonts
// (Latin, Cyrillic and the Kazakh letters alike): rows set from it are never too short.

/** Points a wrapped line takes: Calibri 11 rows are 15 pt a line, DejaVu Sans 11 lines 12.8 pt. */
export const linePoints = 15;

/** Excel's tallest row. */
export const maxRowPoints = 409;

/** Points a width unit takes on paper at 100 %: DejaVu Sans' digit at 11 pt (Calibri's is 5.6). */
export const printPointsPerUnit = 7;

const classes: [number, string][] = [
  [0.55, " .,:;'!|iIlјjіı\u00a0"],
  [0.75, 'tfr()[]/-"«»'],
  [1.6, "mwшщжюымф—"],
  [1.8, "MWШЩЖЮЫФ%@"],
];

/** Width of one character in digit widths (the wider of Calibri and DejaVu Sans). */
export function charUnits(ch: string): number {
  for (const [units, chars] of classes) if (chars.includes(ch)) return units;
  if (ch >= "0" && ch <= "9") return 1;
  if (ch !== ch.toLowerCase()) return 1.3; // other capitals
  return 1.05; // lowercase Latin and Cyrillic
}

export function textUnits(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charUnits(ch);
  return sum;
}

/** A column width in Excel character units as screen points in Excel (7 px a unit, 5 px padding). */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

/** Digit widths of a cell that text cannot use: both apps keep a margin, and a unit to spare. */
export const textMargin = 1.5;

/** Room for text inside a cell, in digit widths. */
function room(width: number): number {
  return width - textMargin;
}

/**
 * Lines a text wraps to in a column `width` characters wide: greedy word wrap at spaces as Excel
 * and LibreOffice do, every line break kept. A word longer than a line (an id) is broken by
 * characters, where the apps break it at places of their own: one line more for it.
 */
export function wrappedLines(text: string, width: number): number {
  const line = room(width);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const w = textUnits(word);
      const space = used === 0 ? 0 : charUnits(" ");
      if (used + space + w <= line) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      used = w;
      if (w > line) {
        lines += Math.ceil(w / line);
        used = 0;
      }
    }
  }
  return lines;
}

/** The row height (points) that shows `lines` lines, within Excel's limit. */
export function rowPoints(lines: number): number {
  return Math.min(maxRowPoints, Math.max(1, lines) * linePoints + 3);
}
