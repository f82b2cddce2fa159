// Reads the texts of a CSV file in chunks (papaparse `chunk`), reporting progress, so a large
// file does not freeze the pane. The text is the "text" column, else each row's longest cell.
import Papa from "papaparse";

export interface CsvTexts {
  texts: string[];
  rows: number;
}

function rowText(row: Record<string, unknown>): string {
  const text = row.text;
  if (typeof text === "string") return text.trim();
  const cells = Object.values(row).filter((v): v is string => typeof v === "string");
  return cells.reduce((longest, c) => (c.length > longest.length ? c : longest), "").trim();
}

export function readCsvTexts(
  input: File | string,
  onProgress: (fraction: number) => void,
): Promise<CsvTexts> {
  const size = typeof input === "string" ? input.length : input.size;
  return new Promise((resolve, reject) => {
    const texts: string[] = [];
    let rows = 0;
    Papa.parse<Record<string, unknown>>(input as File, {
      header: true,
      skipEmptyLines: true,
      chunkSize: 256 * 1024,
      chunk: (results) => {
        for (const row of results.data) {
          rows += 1;
          const text = rowText(row);
          if (text !== "") texts.push(text);
        }
        onProgress(size === 0 ? 1 : Math.min(1, results.meta.cursor / size));
      },
      complete: () => {
        onProgress(1);
        resolve({ texts, rows });
      },
      error: (error: Error) => reject(error),
    });
  });
}
