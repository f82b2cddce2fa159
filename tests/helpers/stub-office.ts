// The Office.js globals a pane service calls, over a FakeExcel: Excel.run is the fake's run
// (its options gated too) and Office.context.requirements.isSetSupported answers for the fake's
// level (FakeExcel.apiLevel, from the generated table of api-sets.generated.ts), so a pane test
// on a 1.14 fake takes the same paths Office 2021 does.
import { vi } from "vitest";
import type { FakeExcel } from "./fake-excel";

export function stubOffice(fake: FakeExcel): void {
  vi.stubGlobal("Excel", { run: fake.run });
  vi.stubGlobal("Office", { context: { requirements: { isSetSupported: fake.isSetSupported } } });
}
