// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { UiLanguage } from "../../src/i18n/index";
import { Refusal } from "../../src/excel/refusal";
import { Pane } from "../../src/taskpane/components/Pane";
import type { DomainServices, ExcelActions } from "../../src/taskpane/services/pane-services";
import { fakeDomain, fakeExcel, fakeFetch, seedFiles } from "./fakes";

afterEach(cleanup);

function renderPane(
  options: {
    domain?: DomainServices;
    excel?: ExcelActions;
    language?: UiLanguage;
    download?: (t: string, f: string) => void;
  } = {},
) {
  const domain = options.domain ?? fakeDomain();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Pane
        domain={domain}
        excel={options.excel}
        initialLanguage={options.language ?? "en"}
        download={options.download}
      />
    </FluentProvider>,
  );
  return { user, domain };
}

async function openTab(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(screen.getByRole("tab", { name }));
  await sectionLoaded();
}

/** The Conflicts, Sources and Add-a-source sections are lazy chunks: wait for their code. */
async function sectionLoaded() {
  // Generous: on a busy 2-core machine the first import of a section's module takes seconds.
  await waitFor(() => expect(screen.queryByTestId("sanaq-section-loading")).toBeNull(), {
    timeout: 15_000,
  });
}

describe("load flow", () => {
  it("in preview fetches the seeds, loads and checks by itself, and says writing needs Excel", async () => {
    const fetchSeed = fakeFetch();
    renderPane({ domain: fakeDomain({ fetchSeed }) });
    expect(screen.getByTestId("sanaq-preview").textContent).toMatch(/needs Excel/);
    const summary = await screen.findByTestId("sanaq-summary");
    expect(summary.textContent).toMatch(/Preview only: nothing written/);
    expect(within(summary).getByText("Figures loaded").nextSibling?.textContent).toBe("5");
    expect(within(summary).getByText("Conflicts").nextSibling?.textContent).toBe("2");
    expect(fetchSeed.mock.calls.map((c) => c[0])).toEqual([
      "sources.csv",
      "figures.csv",
      "relations.csv",
      "indicators.csv",
      "002.txt",
      "000.txt",
    ]);
  });

  it("inside Excel writes once on Load, then shows the summary", async () => {
    const { excel } = fakeExcel();
    const { user } = renderPane({ excel });
    expect(screen.queryByTestId("sanaq-preview")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    const summary = await screen.findByTestId("sanaq-summary");
    expect(summary.textContent).toMatch(/Written to the workbook/);
    expect(excel.write).toHaveBeenCalledTimes(1);
    expect(excel.write.mock.calls[0]?.[0].figures).toHaveLength(5);
    expect(screen.getByRole("button", { name: "Refresh" })).toBeTruthy();
  });

  it("lists every seed error (file, row, column, found, fix) and writes nothing", async () => {
    const { excel } = fakeExcel();
    const domain = fakeDomain({
      fetchSeed: fakeFetch({ ...seedFiles, "figures.csv": "id,value\nBAD" }),
    });
    const { user } = renderPane({ excel, domain });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Nothing was written/);
    const items = within(alert)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items[0]).toBe(
      "figures.csv, row 4, column value: found “двенадцать”, expected a number.",
    );
    expect(items[1]).toMatch(/relations\.csv, row 2, column part: found “zh\.4g”/);
    expect(items[2]).toBe("texts: found “009.txt”, expected a file named in sources.csv.");
    expect(excel.write).not.toHaveBeenCalled();
  });

  it("Cancel before the write starts writes nothing", async () => {
    const { excel } = fakeExcel();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = fakeFetch();
    const fetchSeed = vi.fn(async (file: string, signal: AbortSignal) => {
      if (file === "relations.csv") {
        await gate;
        signal.throwIfAborted();
      }
      return inner(file, signal);
    });
    const { user } = renderPane({ excel, domain: fakeDomain({ fetchSeed }) });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Fetching relations.csv")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => release());
    expect(await screen.findByText("Cancelled. Nothing was written.")).toBeTruthy();
    expect(excel.write).not.toHaveBeenCalled();
  });

  it("says which seed file could not be fetched", async () => {
    const { "relations.csv": _gone, ...rest } = seedFiles;
    renderPane({ domain: fakeDomain({ fetchSeed: fakeFetch(rest) }) });
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Could not fetch relations.csv (HTTP 404).",
    );
  });
});

describe("conflicts", () => {
  it("groups by region then kind, and marks the figures' numbers in the quote", async () => {
    const { user } = renderPane();
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Conflicts/);
    const regions = screen.getAllByTestId("sanaq-region");
    expect(regions.map((r) => within(r).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Aktobe region (1)",
      "Zhambyl region (1)",
    ]);
    const zh = regions[1]!;
    expect(within(zh).getByRole("heading", { level: 4 }).textContent).toBe("Share");
    const card = within(zh).getByTestId("sanaq-conflict");
    expect(card.getAttribute("aria-label")).toBe("Share: Villages with 3G");
    expect(within(card).getByTestId("sanaq-conflict-title").textContent).toBe(
      "Share: Villages with 3G",
    );
    expect(card.textContent).toMatch(/EN share:zhambyl\.3g does not hold/);
    expect(within(card).getByTestId("sanaq-stated").textContent).toBe("12.2%");
    expect(within(card).getByTestId("sanaq-implied").textContent).toBe("14.4%");
    const quote = within(card).getByRole("blockquote");
    const marks = [...quote.querySelectorAll("mark")];
    expect(marks.map((m) => m.textContent)).toEqual(["353", "51", "12,2%"]);
    // The 3G percent, not the 2G one that comes first.
    expect(marks[1]?.nextSibling).toBe(marks[2]?.previousSibling);
    expect(marks[2]?.previousSibling?.textContent).toBe(" (");
  });

  it("titles cards and names regions in Kazakh, the id kept as a caption", async () => {
    const { user } = renderPane({ language: "kk" });
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Сәйкессіздіктер/);
    const regions = screen.getAllByTestId("sanaq-region");
    expect(regions.map((r) => within(r).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Ақтөбе облысы (1)",
      "Жамбыл облысы (1)",
    ]);
    expect(regions.map((r) => r.getAttribute("aria-label"))).toEqual([
      "Ақтөбе облысы",
      "Жамбыл облысы",
    ]);
    const share = screen.getByRole("article", { name: "Үлес: 3G бар ауылдар" });
    expect(share.getAttribute("data-conflict")).toBe("share:zhambyl.3g");
    expect(within(share).getByText("share:zhambyl.3g")).toBeTruthy();
    const sum = screen.getByRole("article", { name: "Қосынды: Интернеті бар ауылдар" });
    expect(sum.getAttribute("data-conflict")).toBe("sum:aktobe.mobile");
    // The source's region in the Sources tab is localized too.
    await openTab(user, /Дереккөздер/);
    expect(screen.getByText(/Жамбыл облысы/)).toBeTruthy();
  });

  it("exports the report as CSV with formula-like cells escaped", async () => {
    const download = vi.fn();
    const { user } = renderPane({ download, language: "ru" });
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Расхождения/);
    await user.click(screen.getByRole("button", { name: "Выгрузить отчёт (CSV)" }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const [csv, name] = download.mock.calls[0] as [string, string];
    expect(name).toBe("sanaq-conflicts-ru.csv");
    // What Excel in a Russian locale opens with a double click: a BOM, ";" between cells,
    // the region and the percentages as Russian writes them.
    expect(csv.split("\r\n")[0]).toMatch(/^\ufeffРасхождение;Вид;Важность;Регион/);
    expect(csv).toMatch(
      /share:zhambyl\.3g;Доля;Ошибка;Жамбылская область;12,2%;14,4%;RU share:zhambyl\.3g не сходится/,
    );
  });

  it("in preview, actions explain they need Excel; Open source goes to the quote", async () => {
    const { user } = renderPane();
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Conflicts/);
    const card = screen.getAllByTestId("sanaq-conflict")[1]!;
    await user.click(within(card).getByRole("button", { name: "Select cells" }));
    expect(screen.getByTestId("sanaq-notice").textContent).toMatch(
      /in Excel this would select cells/,
    );
    await user.click(within(card).getByRole("button", { name: "Open source" }));
    expect(screen.getByRole("tab", { name: "Sources", selected: true })).toBeTruthy();
    await sectionLoaded();
    await waitFor(() => expect(screen.queryByTestId("sanaq-source-text")).not.toBeNull(), {
      timeout: 15_000,
    });
    // The keyboard lands on the quote's first number.
    expect(document.activeElement?.textContent).toBe("353");
  });

  it("inside Excel, Select cells selects the conflict's figures and Accept writes the source values", async () => {
    const { excel, edit } = fakeExcel();
    const { user } = renderPane({ excel });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Conflicts/);
    await new Promise((r) => setTimeout(r, 600)); // past the settle time of the load's own write
    edit("zh.total", 999);
    await waitFor(() => expect(excel.readValues).toHaveBeenCalled());
    const card = await screen.findByText(/EN share:zhambyl/);
    const article = card.closest("article")!;
    await user.click(within(article as HTMLElement).getByRole("button", { name: "Select cells" }));
    expect(excel.selectFigures).toHaveBeenCalledWith(["zh.3g", "zh.total", "zh.3g.pct"]);
    await user.click(
      within(article as HTMLElement).getByRole("button", { name: "Accept source value" }),
    );
    await waitFor(() => expect(excel.setValue).toHaveBeenCalledWith("zh.total", 353));
    await user.type(
      within(article as HTMLElement).getByLabelText("Reason for keeping your value"),
      "audited",
    );
    await user.click(within(article as HTMLElement).getByRole("button", { name: "Keep mine" }));
    expect(excel.keepWithReason).toHaveBeenCalledWith("zh.3g", "audited");
  });

  it("an Excel action that fails says why in the pane's language", async () => {
    const { excel } = fakeExcel();
    excel.selectFigures.mockRejectedValueOnce(new Error("the row was deleted"));
    const { user } = renderPane({ excel, language: "ru" });
    await user.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Расхождения/);
    const [card] = await screen.findAllByTestId("sanaq-conflict");
    await user.click(within(card!).getByRole("button", { name: "Выделить ячейки" }));
    expect((await screen.findByTestId("sanaq-notice")).textContent).toBe(
      "Произошла ошибка: the row was deleted",
    );
  });
});

describe("notices next to the action", () => {
  it("a card's notice shows under that card's buttons, not elsewhere, and can be dismissed", async () => {
    const { user } = renderPane();
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Conflicts/);
    const [first, second] = screen.getAllByTestId("sanaq-conflict") as [HTMLElement, HTMLElement];
    await user.click(within(second).getByRole("button", { name: "Select cells" }));
    const notice = within(second).getByTestId("sanaq-notice");
    expect(notice.textContent).toBe("Preview: in Excel this would select cells.");
    // It follows the buttons of the card that caused it.
    const buttons = within(second).getByRole("button", { name: "Keep mine" });
    expect(buttons.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(first).queryByTestId("sanaq-notice")).toBeNull();
    expect(screen.getAllByTestId("sanaq-notice")).toHaveLength(1);
    // A new action moves the notice to its own card.
    await user.click(within(first).getByRole("button", { name: "Accept source value" }));
    expect(within(second).queryByTestId("sanaq-notice")).toBeNull();
    expect(within(first).getByTestId("sanaq-notice").textContent).toBe(
      "Preview: in Excel this would accept source value.",
    );
    await user.click(within(first).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("sanaq-notice")).toBeNull();
  });

  it("a notice is translated again when the language changes", async () => {
    const { excel } = fakeExcel();
    excel.selectFigures.mockRejectedValueOnce(new Error("the row was deleted"));
    const { user } = renderPane({ excel, language: "kk" });
    await user.click(screen.getByRole("button", { name: "Кітапқа жүктеу" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Сәйкессіздіктер|Қайшылықтар/);
    const [card] = screen.getAllByTestId("sanaq-conflict") as [HTMLElement];
    await user.click(within(card).getByRole("button", { name: "Ұяшықтарды белгілеу" }));
    const kk = await within(card).findByTestId("sanaq-notice");
    expect(kk.textContent).toBe("Қате орын алды: the row was deleted");
    expect(kk.getAttribute("role")).toBe("alert");
    await user.selectOptions(screen.getByRole("combobox", { name: "Тіл" }), "Русский");
    await waitFor(() =>
      expect(screen.getByTestId("sanaq-notice").textContent).toBe(
        "Произошла ошибка: the row was deleted",
      ),
    );
    expect(screen.getByRole("button", { name: "Закрыть" }).getAttribute("title")).toBe("Закрыть");
    await user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "English");
    await waitFor(() =>
      expect(screen.getByTestId("sanaq-notice").textContent).toBe(
        "Something went wrong: the row was deleted",
      ),
    );
  });

  it("the report's notice shows by the report button and follows the language", async () => {
    const { excel } = fakeExcel();
    const { user } = renderPane({ excel, language: "ru" });
    await user.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Расхождения|Противоречия/);
    const button = screen.getByRole("button", { name: "Записать отчёт на лист" });
    await user.click(button);
    const notice = await screen.findByTestId("sanaq-notice");
    expect(notice.textContent).toBe("Отчёт о расхождениях — на листе «Отчёт о расхождениях».");
    // Right after the heading with the button, before the first card.
    const firstCard = screen.getAllByTestId("sanaq-conflict")[0]!;
    expect(button.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      notice.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "English");
    await waitFor(() =>
      expect(screen.getByTestId("sanaq-notice").textContent).toBe(
        "The conflict report is on sheet “Отчёт о расхождениях”.",
      ),
    );
  });
});

describe("Excel's refusals and the report", () => {
  it("inside Excel the report goes to a sheet of the workbook, named in the pane, and nothing downloads", async () => {
    const { excel } = fakeExcel();
    const download = vi.fn();
    const { user } = renderPane({ excel, download, language: "kk" });
    await user.click(screen.getByRole("button", { name: "Кітапқа жүктеу" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Сәйкессіздіктер/);
    await user.click(screen.getByRole("button", { name: "Есепті параққа жазу" }));
    await waitFor(() => expect(excel.writeReport).toHaveBeenCalledTimes(1));
    const [rows, sheet] = excel.writeReport.mock.calls[0] as [string[][], string];
    expect(sheet).toBe("Сәйкессіздіктер есебі");
    expect(rows[0]?.length).toBe(11);
    expect(rows.length).toBe(3);
    expect((await screen.findByTestId("sanaq-notice")).textContent).toBe(
      "Сәйкессіздіктер есебі «Сәйкессіздіктер есебі» парағында.",
    );
    expect(download).not.toHaveBeenCalled();
  });

  it("a load Excel refused says which sheet and range, in the pane's language", async () => {
    const { excel } = fakeExcel();
    excel.write.mockRejectedValueOnce(
      new Refusal("clash", { sheet: "Показатели", range: "B3:C5", table: "tblFigures" }),
    );
    const { user } = renderPane({ excel, language: "ru" });
    await user.click(screen.getByRole("button", { name: "Загрузить в книгу" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "На листе «Показатели» уже есть данные в B3:C5, куда Sanaq записал бы свои. Ничего не записано. Переименуйте этот лист или перенесите данные и загрузите снова.",
    );
  });
});

describe("live updates", () => {
  it("follows a planner's edit in Figures and ignores the add-in's own writes", async () => {
    const { excel, edit } = fakeExcel();
    const { user } = renderPane({ excel });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    await screen.findByTestId("sanaq-summary");
    await waitFor(() => expect(excel.watchFigures).toHaveBeenCalled());
    // A Refresh rewrites the workbook while the watch is on: its change events are the
    // add-in's own and must not trigger a re-read.
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(excel.write).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 700));
    expect(excel.readValues).not.toHaveBeenCalled();
    await openTab(user, /Conflicts \(2\)/);
    expect(screen.getByText("Following planner edits on the “Figures” sheet.")).toBeTruthy();
    // The planner corrects the Aktobe part: the sum conflict goes away, and the edit itself
    // is listed against its quote.
    edit("ak.mobile", 270);
    await waitFor(() => expect(screen.queryByText(/EN sum:aktobe\.mobile/)).toBeNull());
    expect(excel.readValues).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { level: 4, name: "Edited value" })).toBeTruthy();
    expect(screen.getByText(/EN source:ak\.mobile does not hold/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: /Conflicts \(2\)/ })).toBeTruthy();
  });
});

describe("language", () => {
  it("switches kk / ru / en from the language list, with locale number formatting", async () => {
    const { user } = renderPane({ language: "kk" });
    await screen.findByTestId("sanaq-summary");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Жаңалық мәтіндеріндегі сандарды жүктеу",
    );
    expect(document.documentElement.lang).toBe("kk");
    await user.selectOptions(screen.getByRole("combobox", { name: "Тіл" }), "Русский");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Загрузить цифры из новостных текстов",
    );
    expect(screen.getByRole("tab", { name: /Расхождения/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("ru");
    // Seconds with a decimal comma in Russian.
    expect(screen.getByText("Затрачено времени").nextSibling?.textContent).toMatch(
      /^\d+(,\d+)? с$/,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "English");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Load figures from the news texts",
    );
  });
});

describe("sources", () => {
  it("shows every number as a chip; clicking one shows what would be snipped (preview)", async () => {
    const { user } = renderPane();
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Sources/);
    const text = screen.getByTestId("sanaq-source-text");
    const chips = within(text).getAllByRole("button");
    expect(chips.map((c) => c.textContent)).toEqual([
      "353",
      "43",
      "12,2%",
      "2",
      "51",
      "12,2%",
      "3",
      "259",
      "73,4%",
      "4",
    ]);
    await user.click(chips[4]!);
    expect(screen.getByTestId("sanaq-snip").textContent).toMatch(
      /value 51, quote “На сегодняшний день из 353/,
    );
  });

  it("inside Excel snips to the selected Figures row", async () => {
    const { excel } = fakeExcel();
    const { user } = renderPane({ excel });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Sources/);
    await user.click(within(screen.getByTestId("sanaq-source-text")).getAllByRole("button")[4]!);
    await waitFor(() =>
      expect(screen.getByTestId("sanaq-snip").textContent).toBe(
        "Written to figure zh.3g: value 51.",
      ),
    );
    expect(excel.snipToSelection.mock.calls[0]?.[0]).toMatchObject({ value: 51, source: "zh" });
  });
});

describe("add a source", () => {
  it("proposes region and indicator of each figure; the planner confirms and the text is kept", async () => {
    const { excel, stored } = fakeExcel();
    const { user } = renderPane({ excel });
    await user.click(screen.getByRole("button", { name: "Load into the workbook" }));
    await screen.findByTestId("sanaq-summary");
    await openTab(user, /Add a source/);
    await user.click(screen.getByRole("textbox", { name: "Paste a text" }));
    await user.paste("В Жамбылской области 120 сел. Из них 30 (25%) подключены к интернету.");
    await user.click(screen.getByRole("button", { name: "Read numbers" }));
    expect((await screen.findByTestId("sanaq-findings")).textContent).toBe(
      "Warning: EN percent to check",
    );
    expect(screen.getByTestId("sanaq-statements").textContent).toBe("Statements tested: 1");
    const items = within(screen.getByTestId("sanaq-proposed")).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    // Each number as the text writes it; its value again only when written otherwise.
    expect(within(items[2] as HTMLElement).getByRole("checkbox", { name: "25%" })).toBeTruthy();
    const region = within(items[1] as HTMLElement).getByRole("combobox", { name: "Region" });
    expect((region as HTMLSelectElement).value).toBe("Zhambyl region");
    // The planner files the 30 villages under another region and unticks the percentage.
    await user.selectOptions(region, "Astana");
    await user.click(within(items[2] as HTMLElement).getByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: "Add the source and the ticked rows" }));
    await waitFor(() => expect(excel.addSource).toHaveBeenCalledTimes(1));
    const added = stored[0];
    expect(added?.source).toMatchObject({ id: "zhambyl-ru", region: "Zhambyl region" });
    expect(added?.figures.map((f) => [f.value, f.region])).toEqual([
      [120, "Zhambyl region"],
      [30, "Astana"],
    ]);
    // Added, then refreshed: the load reads the kept texts back from the workbook.
    await waitFor(() => expect(excel.write).toHaveBeenCalledTimes(2));
    expect(excel.readAdded).toHaveBeenCalledTimes(2);
    expect(excel.write.mock.calls[1]?.[0].sources.map((s) => s.id)).toContain("zhambyl-ru");
    expect(screen.getByTestId("sanaq-add-notice").textContent).toMatch(
      /^Source zhambyl-ru added with 2 figures and \d+ relations/,
    );
  });

  it("a text that names no region asks for it instead of guessing", async () => {
    const { user } = renderPane();
    await openTab(user, /Add a source/);
    await user.click(screen.getByRole("textbox", { name: "Paste a text" }));
    await user.paste("На совещании отметили, что подключены 15 школ.");
    await user.click(screen.getByRole("button", { name: "Read numbers" }));
    expect(screen.getByTestId("sanaq-add-notice").textContent).toMatch(/^No region found/);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Region of the text" }),
      "Shymkent",
    );
    const items = within(screen.getByTestId("sanaq-proposed")).getAllByRole("listitem");
    expect(
      (
        within(items[0] as HTMLElement).getByRole("combobox", {
          name: "Region",
        }) as HTMLSelectElement
      ).value,
    ).toBe("Shymkent");
    await user.click(screen.getByRole("button", { name: "Add the source and the ticked rows" }));
    expect(screen.getByTestId("sanaq-add-notice").textContent).toBe(
      "Preview: inside Excel, source shymkent-ru would be added with 1 figures and 0 relations.",
    );
  });

  it("reads a CSV file in chunks with its text column", async () => {
    const { user } = renderPane();
    await openTab(user, /Add a source/);
    const rows = Array.from({ length: 3000 }, (_v, i) => `${i},"Текст ${i}: ${i + 7} сел"`).join(
      "\n",
    );
    const file = new File([`id,text\n${rows}\n`], "news.csv", { type: "text/csv" });
    await user.upload(screen.getByLabelText("Or pick a .txt or .csv file"), file);
    expect(await screen.findByText("3,000 text rows read from the CSV file")).toBeTruthy();
    expect(
      (screen.getByRole("textbox", { name: "Paste a text" }) as HTMLTextAreaElement).value,
    ).toMatch(/^Текст 0: 7 сел\n\nТекст 1: 8 сел/);
  });
});

describe("add a source: files that are not UTF-8, honest checks", () => {
  it("decodes a Windows-1251 file and says so; refuses a binary file as not a text file", async () => {
    const { user } = renderPane();
    await openTab(user, /Add a source/);
    const text = "Из 120 сёл 30 (25%) подключены.";
    const cp = Uint8Array.from(
      [...text].map((ch) => {
        const c = ch.charCodeAt(0);
        return c < 0x80 ? c : ch === "ё" ? 0xb8 : c - 0x410 + 0xc0;
      }),
    );
    const input = screen.getByLabelText("Or pick a .txt or .csv file");
    await user.upload(input, new File([cp], "news.txt", { type: "text/plain" }));
    await waitFor(() =>
      expect(
        (screen.getByRole("textbox", { name: "Paste a text" }) as HTMLTextAreaElement).value,
      ).toBe(text),
    );
    expect(screen.getByTestId("sanaq-add-notice").textContent).toBe(
      "Read as Windows-1251 (Cyrillic): the file is not UTF-8.",
    );
    const pdf = new File([new TextEncoder().encode("%PDF-1.7 120 30 25%")], "scan.txt", {
      type: "text/plain",
    });
    await user.upload(input, pdf);
    await waitFor(() =>
      expect(screen.getByTestId("sanaq-add-notice").textContent).toBe(
        "scan.txt: not a text file (it looks like a PDF file); expected a UTF-8 text file.",
      ),
    );
    expect(
      (screen.getByRole("textbox", { name: "Paste a text" }) as HTMLTextAreaElement).value,
    ).toBe("");
  });

  it("says 'nothing testable found' instead of 'no conflicts' when no statement was tested", async () => {
    const { user } = renderPane();
    await openTab(user, /Add a source/);
    await user.click(screen.getByRole("textbox", { name: "Paste a text" }));
    await user.paste("В 2025 году построят 17 вышек.");
    await user.click(screen.getByRole("button", { name: "Read numbers" }));
    expect((await screen.findByTestId("sanaq-statements")).textContent).toMatch(
      /^Nothing testable found/,
    );
    expect(screen.queryByText("The automatic checks found nothing to report.")).toBeNull();
  });
});
