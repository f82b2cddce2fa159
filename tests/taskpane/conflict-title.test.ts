import { describe, expect, it } from "vitest";
import type { Conflict, Figure, Relation } from "../../src/domain/types";
import { regionName } from "../../src/i18n/region-name";
import { conflictTitle, titleIndex } from "../../src/taskpane/services/conflict-title";
import { indicator } from "./fakes";

const figure = (id: string, indicator: string): Figure => ({
  id,
  source: "s",
  region: "Zhambyl region",
  indicator,
  value: 1,
  unit: "",
  qualifier: "exact",
  asOf: "2025",
  quote: "",
});

const conflict = (
  id: string,
  kind: Conflict["kind"],
  figureIds: string[],
  relation?: string,
): Conflict => ({
  id,
  kind,
  severity: "error",
  ...(relation ? { relation } : {}),
  figures: figureIds.map((f) => ({ id: f, value: 1, source: "s", quote: "" })),
  stated: "",
  implied: "",
  message: { en: "", ru: "", kk: "" },
  suggestion: { en: "", ru: "", kk: "" },
});

const relations: Relation[] = [
  {
    id: "zhambyl.3g.coverage",
    type: "share",
    // The stated percent comes first among the conflict's figures; the title names the part.
    roles: { part: ["zh.3g"], whole: ["zh.total"], stated: ["zh.3g.pct"] },
    label: "3G",
  },
  { id: "zh.sum", type: "sum", roles: { parts: ["zh.3g"], whole: ["zh.total"] }, label: "" },
];
const index = titleIndex({
  relations,
  figures: [
    figure("zh.3g", "villages.3g"),
    figure("zh.total", "villages.total"),
    figure("zh.3g.pct", "villages.3g.share"),
    figure("ak.internet", "villages.internet"),
    figure("zh.odd", "not.documented"),
  ],
  indicators: [
    indicator("villages.3g", "Villages with 3G", "Сёла с 3G", "3G бар ауылдар"),
    indicator(
      "villages.total",
      "Rural settlements",
      "Сельские населённые пункты",
      "Ауылдық елді мекендер",
    ),
    indicator("villages.3g.share", "3G share", "Доля 3G", "3G үлесі"),
    indicator(
      "villages.internet",
      "Villages with internet",
      "Аулы с интернетом",
      "Интернеті бар ауылдар",
    ),
  ],
});

describe("conflictTitle", () => {
  const share = conflict(
    "share:zhambyl.3g.coverage",
    "share",
    ["zh.3g.pct", "zh.3g", "zh.total"],
    "zhambyl.3g.coverage",
  );

  it("names a share after its part's indicator, with the kind in the language", () => {
    expect(conflictTitle(share, index, "en")).toBe("Share: Villages with 3G");
    expect(conflictTitle(share, index, "ru")).toBe("Доля: Сёла с 3G");
    expect(conflictTitle(share, index, "kk")).toBe("Үлес: 3G бар ауылдар");
  });

  it("names a sum after its whole, agreement and source after their first figure", () => {
    expect(
      conflictTitle(conflict("sum:zh.sum", "sum", ["zh.3g", "zh.total"], "zh.sum"), index, "en"),
    ).toBe("Sum: Rural settlements");
    const agreement = conflict("agreement:x", "agreement", ["ak.internet", "zh.3g"], "x");
    expect(conflictTitle(agreement, index, "kk")).toBe("Мәндер сәйкес емес: Интернеті бар ауылдар");
    expect(conflictTitle(conflict("source:zh.total", "source", ["zh.total"]), index, "ru")).toBe(
      "Изменённое значение: Сельские населённые пункты",
    );
  });

  it("falls back to the relation id, then the figure id, when the indicator is unknown", () => {
    const unknownRelation = conflict("share:gone", "share", ["zh.odd"], "gone");
    expect(conflictTitle(unknownRelation, index, "en")).toBe("Share: gone");
    const undocumented = conflict("source:zh.odd", "source", ["zh.odd"]);
    expect(conflictTitle(undocumented, index, "kk")).toBe("Өзгертілген мән: zh.odd");
    const empty = titleIndex({ relations: [], figures: [], indicators: [] });
    expect(conflictTitle(share, empty, "en")).toBe("Share: zhambyl.3g.coverage");
  });
});

describe("regionName", () => {
  it("localizes the regions of the seeds and leaves others as they are", () => {
    expect(regionName("kk", "Zhambyl region")).toBe("Жамбыл облысы");
    expect(regionName("ru", "Zhambyl region")).toBe("Жамбылская область");
    expect(regionName("kk", "Aktobe region")).toBe("Ақтөбе облысы");
    expect(regionName("ru", "Aktobe city")).toBe("город Актобе");
    expect(regionName("kk", "Taraz")).toBe("Тараз");
    expect(regionName("ru", "Kazakhstan")).toBe("Казахстан");
    expect(regionName("en", "Zhambyl region")).toBe("Zhambyl region");
    expect(regionName("kk", "Абай")).toBe("Абай");
    expect(regionName("ru", "")).toBe("");
  });
});
