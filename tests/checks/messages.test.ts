import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPercent,
  kkAblative,
  kkGenitive,
  kkPossessive,
  showValue,
} from "../../src/domain/checks/messages";

describe("number formatting", () => {
  it("ru and kk: decimal comma and no-break-space thousands; en: point and commas", () => {
    expect(formatNumber(1234567.5, "ru", 1)).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber(1234567.5, "kk", 1)).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber(1234567.5, "en", 1)).toBe("1,234,567.5");
    expect(formatNumber(1700, "ru")).toBe("1700");
    expect(formatPercent(14.447, "ru")).toBe("14,4%");
    expect(formatNumber(Infinity, "en")).toBe("∞");
  });

  it("qualifiers in each language", () => {
    const more = { value: 272500, qualifier: "more_than" as const, decimals: 0, percent: false };
    expect(showValue(more, "ru")).toBe("более 272\u00a0500");
    expect(showValue(more, "kk")).toBe("272\u00a0500-ден астам");
    expect(showValue({ value: 20000, qualifier: "about", decimals: 0, percent: false }, "kk")).toBe(
      "шамамен 20\u00a0000",
    );
    expect(
      showValue({ value: 300, upper: 400, qualifier: "range", decimals: 0, percent: false }, "en"),
    ).toBe("300–400");
  });
});

describe("Kazakh case endings after numbers", () => {
  it("genitive follows the last word read aloud", () => {
    expect(kkGenitive(353, "353")).toBe("353-тің");
    expect(kkGenitive(357, "357")).toBe("357-нің");
    expect(kkGenitive(50, "50")).toBe("50-дің");
    expect(kkGenitive(100, "100")).toBe("100-дің");
    expect(kkGenitive(1000, "1000")).toBe("1000-ның");
    expect(kkGenitive(6, "6")).toBe("6-ның");
    expect(kkGenitive(30, "30")).toBe("30-дың");
  });

  it("possessive and ablative", () => {
    expect(kkPossessive(51, "51")).toBe("51-і");
    expect(kkPossessive(189, "189")).toBe("189-ы");
    expect(kkPossessive(2, "2")).toBe("2-сі");
    expect(kkPossessive(6, "6")).toBe("6-сы");
    expect(kkAblative(150, "150")).toBe("150-ден");
    expect(kkAblative(6000, "6000")).toBe("6000-нан");
    expect(kkAblative(79, "79")).toBe("79-дан");
    expect(kkAblative(50, "50%", true)).toBe("50%-дан");
  });
});
