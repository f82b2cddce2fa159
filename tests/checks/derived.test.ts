// Derived indicators and the arithmetic hostile inputs of issue 7.
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import type { Figure, Relation } from "../../src/domain/types";
import { fig, pct, rel } from "./figures";

const run = (figures: Figure[], relations: Relation[]) =>
  runChecks({ sources: [], figures, relations });

describe("derived indicators", () => {
  it("a share relation without a stated percentage gives coverage and what remains", () => {
    const r = run(
      [fig("c", 294), fig("n", 17), fig("all", 311)],
      [rel("cov", "share", { part: ["c"], whole: ["all"] }, "Internet coverage of villages")],
    );
    expect(r.derived.map((d) => [d.id, d.kind, Math.round(d.value * 10) / 10])).toEqual([
      ["coverage:cov", "coverage", 94.5],
      ["remaining:cov", "remaining", 17],
    ]);
    expect(r.derived[0]?.from).toEqual({ part: "c", whole: "all" });
  });

  it("a whole given as a list adds up (with + without internet)", () => {
    const r = run(
      [fig("c", 294), fig("n", 17)],
      [rel("cov", "share", { part: ["c"], whole: ["c", "n"] }, "coverage")],
    );
    expect(r.derived[0]?.value).toBeCloseTo(94.53, 2);
    expect(r.derived[0]?.from).toEqual({ part: "c", "whole.1": "c", "whole.2": "n" });
  });

  it("5G Taraz: 26 + 27 planned, 32 in operation → progress 60,4 %, 21 remaining, no conflict", () => {
    const r = run(
      [fig("p24", 26), fig("p25", 27), fig("done", 32)],
      [rel("t5g", "target", { planned: ["p24", "p25"], done: ["done"] })],
    );
    expect(r.conflicts).toEqual([]);
    expect(r.derived[0]).toMatchObject({ id: "progress:t5g", kind: "progress", unit: "%" });
    expect(r.derived[0]?.value).toBeCloseTo(60.38, 2);
    expect(r.derived[1]).toMatchObject({ id: "remaining:t5g", kind: "remaining", value: 21 });
  });

  it("an over-fulfilled plan has 0 remaining and progress over 100 %", () => {
    const r = run(
      [fig("p", 10), fig("d", 12)],
      [rel("t", "target", { planned: ["p"], done: ["d"] })],
    );
    expect(r.derived[0]?.value).toBeCloseTo(120);
    expect(r.derived[1]?.value).toBe(0);
  });

  it("cameras connected to the operations centre as a share of a 'more than' total: no remaining", () => {
    const r = run(
      [
        fig("ocu", 20000, { quote: "с 20 тысяч камер" }),
        fig("all", 79000, { qualifier: "more_than", quote: "более 79 тысяч камер" }),
      ],
      [
        rel(
          "cam",
          "share",
          { part: ["ocu"], whole: ["all"] },
          "Cameras connected to the Operational Control Centre",
        ),
      ],
    );
    expect(r.derived.map((d) => d.id)).toEqual(["share:cam"]);
    expect(r.derived[0]?.value).toBeCloseTo(25.32, 2);
    expect(r.conflicts).toEqual([]);
  });
});

describe("hostile arithmetic", () => {
  it("a whole of 0: no crash, no division, a 'cannot compute' derived", () => {
    const r = run([fig("p", 0), fig("w", 0)], [rel("z", "share", { part: ["p"], whole: ["w"] })]);
    expect(r.derived[0]?.value).toBeNaN();
    expect(r.derived[0]?.unavailable?.en).toBe("Cannot compute: the whole is 0.");
    expect(r.derived[0]?.unavailable?.ru).toBe("Невозможно вычислить: общее число равно 0.");
    expect(r.derived[0]?.unavailable?.kk).toBe("Есептеу мүмкін емес: жалпы саны 0-ге тең.");
    expect(r.conflicts).toEqual([]);
  });

  it("a part over a whole of 0 is a conflict, and the share cannot be computed", () => {
    const r = run([fig("p", 5), fig("w", 0)], [rel("z", "share", { part: ["p"], whole: ["w"] })]);
    expect(r.conflicts[0]?.kind).toBe("share");
    expect(r.conflicts[0]?.implied).toBe("");
    expect(r.derived[0]?.unavailable).toBeDefined();
  });

  it("a plan of 0 cannot give progress", () => {
    const r = run(
      [fig("p", 0), fig("d", 3)],
      [rel("t", "target", { planned: ["p"], done: ["d"] })],
    );
    expect(r.derived[0]?.value).toBeNaN();
    expect(r.derived[0]?.unavailable?.kk).toBe("Есептеу мүмкін емес: жоспар 0-ге тең.");
  });

  it("a missing total: no crash, a 'cannot compute' derived naming the figure", () => {
    const r = run(
      [fig("p", 5)],
      [
        rel("m", "share", { part: ["p"], whole: ["nope"] }),
        rel("s", "sum", { parts: ["p"], whole: ["nope"] }),
        rel("t", "target", { planned: ["nope"], done: ["p"] }),
      ],
    );
    expect(r.derived.map((d) => [d.id, Number.isNaN(d.value)])).toEqual([
      ["share:m", true],
      ["progress:t", true],
      ["remaining:t", true],
    ]);
    expect(r.derived[0]?.unavailable?.en).toBe("Cannot compute: figure nope is missing.");
    expect(r.conflicts).toEqual([]);
  });

  it("very large numbers (1e12) keep exact integer arithmetic", () => {
    const r = run(
      [fig("a", 4e11), fig("b", 6e11), fig("t", 1e12), pct("s", 40), fig("t2", 1e12 + 1)],
      [
        rel("sum", "sum", { parts: ["a", "b"], whole: ["t"] }),
        rel("sh", "share", { part: ["a"], whole: ["t"], stated: ["s"] }),
        rel("bad", "sum", { parts: ["a", "b"], whole: ["t2"] }),
      ],
    );
    expect(r.conflicts.map((c) => c.id)).toEqual(["sum:bad"]);
    expect(r.conflicts[0]?.message.ru.replaceAll("\u00a0", " ")).toBe(
      "Части 400 000 000 000 + 600 000 000 000 в сумме дают 1 000 000 000 000, но в тексте указано 1 000 000 000 001.",
    );
    expect(r.derived[0]?.value).toBe(40);
  });

  it("a huge range of wholes is reasoned on without enumerating them", () => {
    const r = run(
      [fig("w", 1e12, { qualifier: "more_than" }), fig("p", 5e11), pct("s", 12.2)],
      [rel("x", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
    );
    expect(r.conflicts).toEqual([]);
  });

  it("negative values are rejected with a clear error", () => {
    expect(() => run([fig("neg", -5, { source: "src-1" })], [])).toThrow(
      /figure "neg" \(source src-1\): value -5 is not allowed; expected a non-negative number/,
    );
    expect(() => run([fig("nan", Number.NaN)], [])).toThrow(/figure "nan"/);
  });

  it("an unknown figure in a same relation does not crash", () => {
    expect(run([fig("a", 1)], [rel("s", "same", { members: ["a", "zz"] })]).conflicts).toEqual([]);
  });
});
