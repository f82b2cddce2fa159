// Formula injection: texts that look like formulas (=, +, -, @, tab, CR first) are written as
// plain strings and read back by LibreOffice as the same text, not as a formula's result.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/workbook/plan";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { decodeXlsxString } from "../../src/xlsx/xlsx-string";
import { sheetsAsCsv, sofficeOrSkip } from "../helpers/libreoffice";
import { syntheticInput } from "../workbook/synthetic";

const hasSoffice = sofficeOrSkip();

// Each evaluates to something else than its text if read as a formula.
const payloads = [
  "=1+1",
  "+1+1",
  "-1+2",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://x","y")',
];

async function injectedFile(): Promise<string> {
  const input = syntheticInput();
  input.figures = input.figures
    .concat(input.figures.map((f) => ({ ...f, id: `${f.id}.b` })))
    .map((f, i) => ({
      ...f,
      quote: payloads[i % payloads.length] ?? f.quote,
    }));
  input.sources = [{ ...input.sources[0]!, title: "=2*3", publisher: "-5+1", region: "@A1" }];
  const file = join(mkdtempSync(join(tmpdir(), "sanaq-inject-")), "inject.xlsx");
  await writeXlsx(buildPlan(input), file);
  return file;
}

describe("formula injection on .xlsx", () => {
  it("stores formula-like texts as string cells, never formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await injectedFile());
    const ws = wb.getWorksheet("Figures");
    const quotes = payloads.map((_, i) => ws?.getCell(`I${i + 2}`));
    expect(quotes.map((c) => c?.type)).toEqual(payloads.map(() => ExcelJS.ValueType.String));
    expect(quotes.map((c) => decodeXlsxString(String(c?.value)))).toEqual(payloads);
  });

  it.runIf(hasSoffice)("LibreOffice reads them back as the same text", async () => {
    const csv = sheetsAsCsv(await injectedFile());
    const figures = csv.Figures ?? [];
    const quote = figures[0]?.indexOf("Quote") ?? -1;
    expect(figures.slice(1, 1 + payloads.length).map((r) => r[quote])).toEqual(payloads);
    const [header = [], source = []] = csv.Sources ?? [];
    const of = (name: string): string | undefined => source[header.indexOf(name)];
    expect([of("Title"), of("Region"), of("Publisher")]).toEqual(["=2*3", "@A1", "-5+1"]);
  });
});
