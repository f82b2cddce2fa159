// @vitest-environment jsdom
// Add a source inside Excel, end to end: the pane (real domain services and Excel actions) on
// the strict Office.js fake. A Russian and a Kazakh text are added, confirmed by the planner,
// kept in the workbook and re-checked with the curated seeds on every refresh.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readerText } from "../../src/domain/load/sources";
import { Pane } from "../../src/taskpane/components/Pane";
import { createDomainServices } from "../../src/taskpane/services/domain-services";
import { createExcelActions } from "../../src/taskpane/services/excel-actions";
import { runLoad } from "../../src/taskpane/services/load-flow";
import type { DomainServices } from "../../src/taskpane/services/pane-services";
import { labelsFor } from "../../src/workbook/labels";
import { FakeExcel, LATEST_LEVEL } from "../helpers/fake-excel";
import { stubOffice } from "../helpers/stub-office";
import { gridRowOf, letterAt } from "./grid-columns";

const SEEDS = join(__dirname, "..", "..", "seeds");
const fixture = (name: string): string =>
  readFileSync(join(__dirname, "..", "fixtures", "new-sources", name), "utf8");

// The pane's own domain services; only the seeds come from the disk instead of the add-in's URL.
const domain: DomainServices = {
  ...createDomainServices(),
  fetchSeed: async (file) => {
    const path = join(SEEDS, file);
    return existsSync(path) ? readFileSync(path, "utf8") : null;
  },
};

let fake: FakeExcel;
beforeEach(() => {
  // The latest host (Microsoft 365); every level is run in tests/taskpane/host-levels.test.ts.
  fake = new FakeExcel(["Sheet1"], { apiLevel: LATEST_LEVEL });
  stubOffice(fake);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const { columns } = labelsFor("en");
const col = (key: string): string => columns[key] ?? key;

/** The rows of an add-in table as objects keyed by header. */
function rows(table: string): Record<string, unknown>[] {
  const [header = [], ...body] = fake.tableGrid(table);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A planner types a value into the Value cell of a figure. */
function typeValue(id: string, value: number): void {
  const t = fake.table("tblFigures");
  const grid = fake.tableGrid("tblFigures");
  const letter = letterAt(grid[0] ?? [], "en", "value", t.rect.left);
  fake.type(t.sheet, `${letter}${t.rect.top + 1 + gridRowOf(grid, "en", id)}`, value);
}

async function addText(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole("tab", { name: /Add a source/ }));
  // The section is a lazy chunk: its code may still be on its way.
  const box = await screen.findByRole("textbox", { name: "Paste a text" }, { timeout: 15_000 });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Read numbers" }));
}

async function refresh(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: /Load/ }));
  await user.click(screen.getByRole("button", { name: "Refresh" }));
  await screen.findByTestId("sanaq-summary", {}, { timeout: 10_000 });
}

describe("Add a source inside Excel", () => {
  it(
    "adds a Russian and a Kazakh text: rows, relations and conflicts join the workbook, survive refreshes and keep planner edits",
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      const excel = createExcelActions(() => "en");
      render(
        <FluentProvider theme={webLightTheme}>
          <Pane domain={domain} excel={excel} initialLanguage="en" />
        </FluentProvider>,
      );
      await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
      await screen.findByTestId("sanaq-summary", {}, { timeout: 10_000 });
      const curated = rows("tblFigures");

      // Russian: the planner sees the proposals, confirms them as they are.
      await addText(user, fixture("aktobe-ru.txt"));
      const proposed = within(
        await screen.findByTestId("sanaq-proposed", {}, { timeout: 10_000 }),
      ).getAllByRole("listitem");
      expect(proposed).toHaveLength(6);
      const first = within(proposed[0] as HTMLElement);
      expect(first.getByRole("checkbox").closest("li")?.textContent).toMatch(/296/);
      expect((first.getByRole("combobox", { name: "Region" }) as HTMLSelectElement).value).toBe(
        "Aktobe region",
      );
      expect((first.getByRole("combobox", { name: "Indicator" }) as HTMLSelectElement).value).toBe(
        "villages.internet",
      );
      await user.click(screen.getByRole("button", { name: "Add the source and the ticked rows" }));
      await waitFor(
        () =>
          expect(screen.getByTestId("sanaq-add-notice").textContent).toMatch(
            /^Source aktobe-ru-2 added with 6 figures and \d+ relations/,
          ),
        { timeout: 10_000 },
      );

      const source = rows("tblSources").find((r) => r[col("id")] === "aktobe-ru-2");
      // The Sources sheet shows the text without its "date YYYY-MM-DD" line (the Date column has it).
      expect(source?.[col("text")]).toBe(readerText(fixture("aktobe-ru.txt")));
      expect(source?.[col("region")]).toBe("Aktobe region");
      const added = rows("tblFigures").filter((r) =>
        String(r[col("id")]).startsWith("aktobe-ru-2."),
      );
      expect(added.map((r) => r[col("value")])).toEqual([296, 272, 24, 1200, 800, 12]);
      expect(
        rows("tblRelations").some((r) => String(r[col("id")]).startsWith("aktobe-ru-2.")),
      ).toBe(true);
      const agreement = rows("tblConflicts").find(
        (r) =>
          String(r[col("id")]).startsWith("agreement:") &&
          String(r[col("figures")]).includes("aktobe-ru-2.villages.internet.2025"),
      );
      expect(String(agreement?.[col("message")])).toContain(
        "«В Актюбинской области подвели итоги подключения аулов к интернету»",
      );

      // The planner edits a new figure; a refresh keeps the edit and the added source.
      typeValue("aktobe-ru-2.cameras.installed.planned.2026", 1300);
      await refresh(user);
      const afterRefresh = rows("tblFigures");
      expect(
        afterRefresh.find((r) => r[col("id")] === "aktobe-ru-2.cameras.installed.planned.2026")?.[
          col("value")
        ],
      ).toBe(1300);
      expect(
        afterRefresh.filter((r) => String(r[col("id")]).startsWith("aktobe-ru-2.")),
      ).toHaveLength(6);

      // Kazakh: the planner unticks one figure and files another under a different indicator.
      await addText(user, fixture("zhambyl-kk.txt"));
      const kk = within(
        await screen.findByTestId("sanaq-proposed", {}, { timeout: 10_000 }),
      ).getAllByRole("listitem");
      expect(kk).toHaveLength(4);
      await user.click(within(kk[2] as HTMLElement).getByRole("checkbox"));
      await user.selectOptions(
        within(kk[0] as HTMLElement).getByRole("combobox", { name: "Indicator" }),
        "villages.total",
      );
      await user.click(screen.getByRole("button", { name: "Add the source and the ticked rows" }));
      await waitFor(
        () =>
          expect(screen.getByTestId("sanaq-add-notice").textContent).toMatch(
            /^Source zhambyl-kk added with 3 figures/,
          ),
        { timeout: 10_000 },
      );
      await refresh(user);

      const final = rows("tblFigures");
      const kkRows = final.filter((r) => r[col("source")] === "zhambyl-kk");
      expect(kkRows.map((r) => [r[col("value")], r[col("indicator")]])).toEqual([
        [353, expect.stringMatching(/./)],
        [259, expect.stringMatching(/./)],
        [40, expect.stringMatching(/./)],
      ]);
      expect(
        final.find((r) => r[col("id")] === "aktobe-ru-2.cameras.installed.planned.2026")?.[
          col("value")
        ],
      ).toBe(1300);
      // The curated rows are as the first load wrote them, but for the conflicts the new texts
      // join them in (the agreement of 294 with 296).
      const curatedIds = new Set(curated.map((r) => r[col("id")]));
      const sourceSide = (r: Record<string, unknown>) => {
        const { [col("conflicts")]: _c, [col("status")]: _s, ...rest } = r;
        return rest;
      };
      expect(final.filter((r) => curatedIds.has(r[col("id")])).map(sourceSide)).toEqual(
        curated.map(sourceSide),
      );
      expect(
        final.find((r) => r[col("id")] === "aktobe.villages.internet.2025.ru")?.[col("conflicts")],
      ).toMatch(/^agreement:/);
      expect(rows("tblSources").map((r) => r[col("id")])).toEqual([
        "aktobe-ru",
        "aktobe-kk",
        "aktobe-kk-long",
        "zhambyl-ru",
        "kz-kk",
        "aktobe-ru-2",
        "zhambyl-kk",
      ]);

      // The pane opened again later reads both texts back from the workbook.
      const reopened = createExcelActions(() => "en");
      const stored = await reopened.readAdded();
      expect(stored.map((s) => s.source.id)).toEqual(["aktobe-ru-2", "zhambyl-kk"]);
      expect(stored[1]?.figures.find((f) => f.value === 353)?.indicator).toBe("villages.total");
      const outcome = await runLoad(
        { ...domain, readAdded: () => reopened.readAdded(), now: () => 0 },
        new AbortController().signal,
        () => {},
      );
      expect(outcome.status).toBe("done");
      if (outcome.status !== "done") return;
      expect(outcome.data.sources.map((s) => s.id)).toContain("zhambyl-kk");
      expect(
        outcome.data.check.conflicts.some(
          (c) => c.kind === "agreement" && c.figures.some((f) => f.source === "aktobe-ru-2"),
        ),
      ).toBe(true);
    },
  );
});
