// Share, sum, agreement and source conflicts on synthetic figures (the seeds are in seeds.test.ts).
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import { checkEdits, sourceConflict } from "../../src/domain/checks/source";
import type { Figure, Relation } from "../../src/domain/types";
import { fig, pct, rel } from "./figures";

const run = (figures: Figure[], relations: Relation[]) =>
  runChecks({ sources: [], figures, relations });

describe("share conflicts", () => {
  const whole = fig("w", 353, { quote: "из 353 населенных пунктов" });

  it("51 (12,2%) of 353 cannot be true; the suggestion names part 43 or whole 417–419", () => {
    const r = run(
      [whole, fig("p", 51, { quote: "51 (12,2%) — 3G" }), pct("s", 12.2, "51 (12,2%) — 3G")],
      [rel("z.3g", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0]!;
    expect(c).toMatchObject({
      id: "share:z.3g",
      kind: "share",
      severity: "error",
      stated: "12,2%",
      implied: "14.4%",
    });
    expect(c.figures.map((f) => f.id)).toEqual(["p", "w", "s"]);
    expect(c.message.ru).toBe("В тексте указано 12,2%, но 51 из 353 — это 14,4%.");
    expect(c.message.kk).toBe("Мәтінде 12,2% делінген, бірақ 353-тің 51-і — 14,4%.");
    expect(c.suggestion.en).toBe("A part of 43 of 353, or a whole of 417–419, would give 12.2%.");
  });

  it("43 (12,2%) and 259 (73,4%) of 353 hold", () => {
    const r = run(
      [
        whole,
        fig("a", 43),
        pct("as", 12.2, "43 (12,2%)"),
        fig("b", 259),
        pct("bs", 73.4, "(73,4%)"),
      ],
      [
        rel("r2", "share", { part: ["a"], whole: ["w"], stated: ["as"] }),
        rel("r4", "share", { part: ["b"], whole: ["w"], stated: ["bs"] }),
      ],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("no integer part of 357 gives 50,9% — a conflict, with the whole 371 that would", () => {
    const r = run(
      [fig("w", 357), fig("p", 189), pct("s", 50.9, "(50,9%)")],
      [rel("f", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts[0]?.suggestion.en).toBe(
      "No whole-number part of 357 gives 50.9%; a whole of 371 would.",
    );
    expect(r.conflicts[0]?.suggestion.ru).toBe(
      "Никакое целое число из 357 не даёт 50,9%; это получается при общем числе 371.",
    );
  });

  it("uses integrality: 50,9% of a count whose whole is 'about' 357 holds with some integer", () => {
    const r = run(
      [fig("w", 357, { qualifier: "about" }), fig("p", 189), pct("s", 50.9)],
      [rel("f", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("a stated share of a 'more than' whole holds when some whole fits", () => {
    const r = run(
      [
        fig("w", 6000, { qualifier: "more_than" }),
        fig("p", 3000, { qualifier: "more_than" }),
        pct("s", 40),
      ],
      [rel("k", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("a part larger than its whole is a conflict even without a stated share", () => {
    const r = run([fig("w", 10), fig("p", 12)], [rel("x", "share", { part: ["p"], whole: ["w"] })]);
    expect(r.conflicts[0]).toMatchObject({
      id: "share:x",
      kind: "share",
      severity: "error",
      implied: "120.0%",
    });
    expect(r.conflicts[0]?.message.en).toContain("larger than its whole");
    expect(r.derived.find((d) => d.id === "share:x")?.value).toBeCloseTo(120);
  });

  it("a stated percentage over 100 is a conflict", () => {
    const r = run(
      [fig("w", 10), fig("p", 10), pct("s", 120)],
      [rel("x", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts[0]?.message.ru).toBe(
      "В тексте указано 120%, но доля от целого не может превышать 100%.",
    );
  });

  it("a conflict that rests on an 'about' tolerance is a warning", () => {
    const r = run(
      [fig("w", 100, { qualifier: "about" }), fig("p", 50), pct("s", 80)],
      [rel("x", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts[0]?.severity).toBe("warning");
  });
});

describe("sum conflicts", () => {
  it("43 + 51 + 259 = 353 holds; 189 + 168 = 357 holds", () => {
    const r = run(
      [
        fig("a", 43),
        fig("b", 51),
        fig("c", 259),
        fig("t", 353),
        fig("f", 189),
        fig("n", 168),
        fig("t2", 357),
      ],
      [
        rel("m", "sum", { parts: ["a", "b", "c"], whole: ["t"] }),
        rel("fb", "sum", { parts: ["f", "n"], whole: ["t2"] }),
      ],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("parts over the total are a conflict with the total that would fit", () => {
    const r = run(
      [fig("a", 12), fig("b", 11), fig("t", 22)],
      [rel("rm", "sum", { parts: ["a", "b"], whole: ["t"] })],
    );
    expect(r.conflicts[0]).toMatchObject({
      id: "sum:rm",
      kind: "sum",
      stated: "22",
      implied: "23",
    });
    expect(r.conflicts[0]?.message.ru).toBe(
      "Части 12 + 11 в сумме дают 23, но в тексте указано 22.",
    );
    expect(r.conflicts[0]?.suggestion.kk).toBe("Барлығы 23 болса, дәл келеді.");
  });

  it("'более 150' against 68 + 103 = 171 holds; against 68 + 80 it does not", () => {
    const more = fig("t", 150, {
      qualifier: "more_than",
      quote: "проведено более 150 мероприятий",
    });
    const ok = run(
      [more, fig("a", 68), fig("b", 103)],
      [rel("h", "sum", { parts: ["a", "b"], whole: ["t"] })],
    );
    expect(ok.conflicts).toEqual([]);
    const bad = run(
      [more, fig("a", 68), fig("b", 80)],
      [rel("h", "sum", { parts: ["a", "b"], whole: ["t"] })],
    );
    expect(bad.conflicts[0]?.message.ru).toBe(
      "Части 68 + 80 в сумме дают 148, но в тексте указано более 150.",
    );
    expect(bad.conflicts[0]?.message.kk).toBe(
      "Бөліктердің қосындысы 68 + 80 = 148, бірақ мәтінде 150-ден астам делінген.",
    );
  });
});

describe("agreement conflicts", () => {
  it("353 and 357 settlements in one text cannot both be true", () => {
    const r = run(
      [fig("a", 353, { indicator: "settlements" }), fig("b", 357, { indicator: "settlements" })],
      [],
    );
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      kind: "agreement",
      severity: "error",
      stated: "353",
      implied: "357",
    });
  });

  it("more than 272,5 thousand (ru) and 272,5 мыңнан астам (kk) agree; 20 тысяч and шамамен 20 мыңы agree", () => {
    const r = run(
      [
        fig("p1", 272500, {
          qualifier: "more_than",
          indicator: "parents",
          quote: "более 272,5 тысячи родителей",
        }),
        fig("p2", 272500, {
          qualifier: "more_than",
          indicator: "parents",
          quote: "272,5 мыңнан астам ата-ана",
        }),
        fig("c1", 20000, { indicator: "ocu", quote: "с 20 тысяч камер" }),
        fig("c2", 20000, { indicator: "ocu", qualifier: "about", quote: "шамамен 20 мыңы" }),
      ],
      [],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("different as-of dates or regions are different quantities", () => {
    const r = run(
      [
        fig("a", 68, { indicator: "events", asOf: "2024" }),
        fig("b", 103, { indicator: "events", asOf: "2025" }),
      ],
      [],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("a same relation is checked once, under its own id", () => {
    const r = run(
      [fig("a", 353, { indicator: "s" }), fig("b", 357, { indicator: "s" })],
      [rel("zs", "same", { members: ["a", "b"] })],
    );
    expect(r.conflicts.map((c) => c.id)).toEqual(["agreement:zs"]);
  });

  it("the parts and total of one indicator in a sum relation are a breakdown, not restatements", () => {
    const f = (id: string, v: number) => fig(id, v, { indicator: "4g.planned" });
    const r = run(
      [f("a", 68), f("b", 51), f("c", 89), f("t", 208)],
      [rel("ops", "sum", { parts: ["a", "b", "c"], whole: ["t"] })],
    );
    expect(r.conflicts).toEqual([]);
  });
});

describe("source conflicts (planners' edits)", () => {
  const f = fig("p", 51, { quote: "51 (12,2%) — 3G" });

  it("an edit the quote does not allow is a source conflict in three languages", () => {
    const c = sourceConflict(f, 60);
    expect(c).toMatchObject({
      id: "source:p",
      kind: "source",
      severity: "error",
      stated: "51",
      implied: "60",
    });
    expect(c?.message.ru).toBe(
      "Значение 60 больше не совпадает с цитатой, где указано 51: «51 (12,2%) — 3G».",
    );
    expect(c?.message.kk).toContain("60 мәні дәйексөзге сәйкес емес");
  });

  it("an edit within the written precision is no conflict", () => {
    expect(sourceConflict(pct("s", 12.2, "(12,2%)"), 12.2)).toBeNull();
    expect(sourceConflict(fig("c", 20000, { quote: "20 тысяч камер" }), 20300)).toBeNull();
    expect(sourceConflict(fig("m", 150, { qualifier: "more_than" }), 171)).toBeNull();
  });

  it("checkEdits reports only the edits that break", () => {
    expect(checkEdits([f, fig("q", 7)], { p: 52, q: 7 }).map((c) => c.id)).toEqual(["source:p"]);
  });
});
