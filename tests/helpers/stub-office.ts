// The Office.js globals a pane service calls, over a FakeExcel: Excel.run runs its batch on the
// fake's context; every requirement set is reported as supported.
import { vi } from "vitest";
import type { FakeExcel } from "./fake-excel";

export function stubOffice(fake: FakeExcel): void {
  vi.stubGlobal("Excel", {
    run: (a: unknown, b?: unknown) =>
      ((typeof a === "function" ? a : b) as (c: Excel.RequestContext) => Promise<unknown>)(
        fake.context,
      ),
  });
  vi.stubGlobal("Office", { context: { requirements: { isSetSupported: () => true } } });
}
