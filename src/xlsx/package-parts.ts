// The add-in state as a custom XML part, which ExcelJS has no API for: this hooks its zip writer
// once per write and fails loudly if ExcelJS's internals no longer look as expected.
// Tables get no calculatedColumnFormula: ExcelJS 4.4 cannot read a table that has one (its
// tableColumn parser breaks on the child element), and our own tests and tools read files back
// with ExcelJS; every row carries the formula instead.
import type ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan-types";
import { hashOf } from "../workbook/hash";
import { escapeAttribute, stateXmlParts } from "../workbook/state-xml";

interface Zip {
  append: (data: unknown, options: { name: string }) => unknown;
}

interface XlsxInternals {
  addContentTypes?: (zip: Zip, model: unknown) => Promise<void>;
}

const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A GUID-shaped id derived from the part, so the same plan gives the same file. */
function itemId(plan: WorkbookPlan, xml: string, n: number): string {
  const h = (
    hashOf(xml) +
    hashOf(plan.stateNamespace) +
    hashOf(plan.version) +
    hashOf(`${plan.language}${n}`)
  ).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/** The state's XML parts (one, or several for a large state: see stateXmlParts), numbered from 1. */
function stateItems(plan: WorkbookPlan): string[] {
  return stateXmlParts(plan.stateNamespace, plan.state);
}

export function customXmlParts(plan: WorkbookPlan): { name: string; data: string }[] {
  const ns = escapeAttribute(plan.stateNamespace);
  return stateItems(plan).flatMap((xml, i) => {
    const n = i + 1;
    return [
      { name: `customXml/item${n}.xml`, data: xml },
      {
        name: `customXml/itemProps${n}.xml`,
        data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${itemId(plan, xml, n)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ns}"/></ds:schemaRefs></ds:datastoreItem>`,
      },
      {
        name: `customXml/_rels/item${n}.xml.rels`,
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
      },
    ];
  });
}

function patchPart(name: string, xml: string, count: number): string {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  if (name === "[Content_Types].xml") {
    const overrides = numbers
      .map(
        (n) =>
          `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
      )
      .join("");
    return xml.replace("</Types>", `${overrides}</Types>`);
  }
  if (name === "xl/_rels/workbook.xml.rels") {
    const rels = numbers
      .map(
        (n) =>
          `<Relationship Id="rIdSanaqState${n === 1 ? "" : n}" Type="${rel}/customXml" Target="../customXml/item${n}.xml"/>`,
      )
      .join("");
    return xml.replace("</Relationships>", `${rels}</Relationships>`);
  }
  return xml;
}

/** Hooks the next write of `wb` so the package gets the parts above. */
export function addPackageParts(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const original = xlsx.addContentTypes;
  if (typeof original !== "function") {
    throw new Error(
      "xlsx writer: this ExcelJS version has no xlsx.addContentTypes; cannot add the state part and calculated columns",
    );
  }
  const count = stateItems(plan).length;
  xlsx.addContentTypes = async (zip, model) => {
    const append = zip.append.bind(zip);
    zip.append = (data, options) =>
      append(typeof data === "string" ? patchPart(options.name, data, count) : data, options);
    await original.call(wb.xlsx, zip, model);
    for (const part of customXmlParts(plan)) append(part.data, { name: part.name });
  };
}
