// The add-in state as a custom XML part, which ExcelJS has no API for: this hooks its zip writer
// once per write and fails loudly if ExcelJS's internals no longer look as expected.
// Tables get no calculatedColumnFormula: ExcelJS 4.4 cannot read a table that has one (its
// tableColumn parser breaks on the child element), and our own tests and tools read files back
// with ExcelJS; every row carries the formula instead.
import type ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan-types";
import { hashOf } from "../workbook/hash";
import { escapeAttribute, stateXml } from "../workbook/state-xml";

interface Zip {
  append: (data: unknown, options: { name: string }) => unknown;
}

interface XlsxInternals {
  addContentTypes?: (zip: Zip, model: unknown) => Promise<void>;
}

const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A GUID-shaped id derived from the state, so the same plan gives the same file. */
function itemId(plan: WorkbookPlan): string {
  const h = (
    hashOf(plan.state) +
    hashOf(plan.stateNamespace) +
    hashOf(plan.version) +
    hashOf(plan.language)
  ).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

export function customXmlParts(plan: WorkbookPlan): { name: string; data: string }[] {
  const ns = escapeAttribute(plan.stateNamespace);
  return [
    { name: "customXml/item1.xml", data: stateXml(plan.stateNamespace, plan.state) },
    {
      name: "customXml/itemProps1.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${itemId(plan)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ns}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
    {
      name: "customXml/_rels/item1.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    },
  ];
}

function patchPart(name: string, xml: string): string {
  if (name === "[Content_Types].xml") {
    return xml.replace(
      "</Types>",
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    );
  }
  if (name === "xl/_rels/workbook.xml.rels") {
    return xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdSanaqState" Type="${rel}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
    );
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
  xlsx.addContentTypes = async (zip, model) => {
    const append = zip.append.bind(zip);
    zip.append = (data, options) =>
      append(typeof data === "string" ? patchPart(options.name, data) : data, options);
    await original.call(wb.xlsx, zip, model);
    for (const part of customXmlParts(plan)) append(part.data, { name: part.name });
  };
}
