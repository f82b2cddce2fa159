import { describe, expect, it } from "vitest";
import {
  contains,
  integerBounds,
  intersect,
  isEmpty,
  percentOf,
  readingInterval,
} from "../../src/domain/checks/intervals";
import { readFigure, writtenStep } from "../../src/domain/checks/reading";
import { fig, pct } from "./figures";

describe("reading intervals", () => {
  it("one written decimal of a percentage is [v − 0.05, v + 0.05)", () => {
    const i = readFigure(pct("p", 12.2, "43 (12,2%) обеспечены")).interval;
    expect(contains(i, 12.15)).toBe(true);
    expect(contains(i, 12.2499)).toBe(true);
    expect(contains(i, 12.25)).toBe(false);
    expect(contains(i, 12.149)).toBe(false);
  });

  it("an exact integer count is itself only", () => {
    const r = readFigure(fig("n", 51, { quote: "51 (12,2%) — 3G" }));
    expect(r.integer).toBe(true);
    expect(integerBounds(r.interval)).toEqual({ min: 51, max: 51 });
  });

  it("more_than, at_least, less_than, at_most, up_to and range bounds", () => {
    expect(readingInterval(150, "more_than", 1)).toMatchObject({
      lo: 150,
      loOpen: true,
      hi: Infinity,
    });
    expect(readingInterval(150, "at_least", 1)).toMatchObject({ lo: 150, loOpen: false });
    expect(readingInterval(75, "less_than", 1)).toMatchObject({ lo: 0, hi: 75, hiOpen: true });
    expect(readingInterval(75, "at_most", 1)).toMatchObject({ lo: 0, hi: 75, hiOpen: false });
    expect(readingInterval(400000, "up_to", 1000)).toMatchObject({
      lo: 0,
      hi: 400000,
      hiOpen: false,
    });
    expect(readingInterval(300, "range", 1, 400)).toMatchObject({
      lo: 300,
      hi: 400,
      loOpen: false,
      hiOpen: false,
    });
    const more = readFigure(
      fig("e", 150, { qualifier: "more_than", quote: "более 150 мероприятий" }),
    ).interval;
    expect(integerBounds(more)).toEqual({ min: 151, max: Infinity });
  });

  it("about is ±10 % of the value", () => {
    const i = readFigure(
      fig("c", 20000, { qualifier: "about", quote: "оның шамамен 20 мыңы" }),
    ).interval;
    expect(integerBounds(i)).toEqual({ min: 18000, max: 22000 });
  });

  it("precision comes from the quote: '272,5 тысячи' → 100, '20 тысяч' → 1000, '2,5 млн' → 100 000", () => {
    expect(
      writtenStep(fig("a", 272500, { quote: "более 272,5 тысячи родителей" })).step,
    ).toBeCloseTo(100);
    expect(writtenStep(fig("b", 20000, { quote: "записи с 20 тысяч камер" })).step).toBe(1000);
    expect(writtenStep(fig("c", 2500000, { quote: "Қосымша 2,5 млн адам" })).step).toBeCloseTo(
      100000,
    );
    expect(writtenStep(fig("d", 4000, { quote: "свыше 4 000 участников" })).step).toBe(1);
    const children = readFigure(fig("k", 356200, { quote: "356,2 тысячам детей" })).interval;
    expect(integerBounds(children)).toEqual({ min: 356150, max: 356249 });
  });

  it("finds the mention with readNumbers: number words are exact, Kazakh multipliers count", () => {
    expect(writtenStep(fig("d", 9, { quote: "в девяти районах области" }))).toEqual({
      step: 1,
      text: "девяти",
    });
    expect(writtenStep(fig("h", 400000, { quote: "400 мыңға дейін үй" }))).toEqual({
      step: 1000,
      text: "400 мыңға",
    });
    // The percent of "43 (12,2%)" is not the count 12 of another quote.
    expect(writtenStep(pct("p", 12.2, "43 (12,2%) обеспечены")).text).toBe("12,2%");
  });

  it("without the number in the quote, precision comes from the value's decimals", () => {
    expect(writtenStep(pct("p", 49.1, "no number here")).step).toBeCloseTo(0.1);
    expect(writtenStep(fig("n", 7, { quote: "" })).step).toBe(1);
  });

  it("division keeps open and closed ends", () => {
    const share = percentOf(
      { lo: 51, hi: 51, loOpen: false, hiOpen: false },
      { lo: 353, hi: 353, loOpen: false, hiOpen: false },
    );
    expect(share.lo).toBeCloseTo(14.4476, 3);
    const open = percentOf(
      { lo: 10, hi: 20, loOpen: true, hiOpen: false },
      { lo: 100, hi: 200, loOpen: false, hiOpen: true },
    );
    expect(open).toMatchObject({ lo: 5, hi: 20, loOpen: true, hiOpen: false });
    expect(
      percentOf(
        { lo: 1, hi: 1, loOpen: false, hiOpen: false },
        { lo: 0, hi: 10, loOpen: false, hiOpen: false },
      ).hi,
    ).toBe(Infinity);
  });

  it("intersection of touching half-open ends is empty", () => {
    expect(
      isEmpty(
        intersect(
          { lo: 0, hi: 1, loOpen: false, hiOpen: true },
          { lo: 1, hi: 2, loOpen: false, hiOpen: false },
        ),
      ),
    ).toBe(true);
    expect(
      isEmpty(
        intersect(
          { lo: 0, hi: 1, loOpen: false, hiOpen: false },
          { lo: 1, hi: 2, loOpen: false, hiOpen: false },
        ),
      ),
    ).toBe(false);
  });
});
