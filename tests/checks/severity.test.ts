// Severity a planner can act on: error, a lower "truncated" finding, an "info" note for a listed
// breakdown a little short of its total. Examples from real texts (tests/corpus).
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import { isTruncation } from "../../src/domain/checks/share";
import type { Figure, Relation } from "../../src/domain/types";
import { fig, pct, rel } from "./figures";

const run = (figures: Figure[], relations: Relation[]) =>
  runChecks({ sources: [], figures, relations });

function share(part: number, whole: number, stated: number, written: string) {
  const quote = `из ${whole} сёл связь есть в ${part} (${written})`;
  return run(
    [fig("w", whole, { quote }), fig("p", part, { quote }), pct("s", stated, quote)],
    [rel("r", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
  ).conflicts;
}

describe("truncated percentages", () => {
  it("97,1% for 342 of 352 (97.16%) is 'truncated', and the message says so in three languages", () => {
    const [c, ...rest] = share(342, 352, 97.1, "97,1%");
    expect(rest).toEqual([]);
    expect(c?.severity).toBe("truncated");
    expect(c?.message.en).toBe(
      "The text states 97.1%; 342 of 352 is 97.159%, which rounds to 97.2%: the percentage is truncated, not rounded.",
    );
    expect(c?.message.ru).toBe(
      "В тексте указано 97,1%; 342 из 352 — это 97,159%, что округляется до 97,2%: процент усечён, а не округлён.",
    );
    expect(c?.message.kk).toBe(
      "Мәтінде 97,1% делінген; 352-нің 342-сі — 97,159%, дөңгелектегенде 97,2%: пайыз дөңгелектелмей, қысқартылған.",
    );
  });

  it("99% for 6 924 of 6 936 (99.83%) and 94% for 349 of 368 (94.84%) are truncated", () => {
    expect(share(6924, 6936, 99, "99%")[0]?.severity).toBe("truncated");
    expect(share(349, 368, 94, "94 процента")[0]?.severity).toBe("truncated");
  });

  it("a percentage that is neither rounded nor truncated stays an error; a rounded one holds", () => {
    expect(share(51, 353, 12.2, "12,2%")[0]?.severity).toBe("error");
    expect(share(343, 352, 97.4, "97,4%")).toEqual([]);
    expect(share(5773, 6924, 83, "83%")).toEqual([]);
  });

  it("isTruncation: cut off at the written decimals, and not also the rounded value", () => {
    expect(isTruncation(97.159, 97.1, 1)).toBe(true);
    expect(isTruncation(64.567, 64.56, 2)).toBe(true);
    expect(isTruncation(97.14, 97.1, 1)).toBe(false); // rounds to 97.1: no conflict at all
    expect(isTruncation(12.2, 12.2, 1)).toBe(false);
    expect(isTruncation(14.4, 12.2, 1)).toBe(false);
  });
});

describe("listed breakdowns a little short of their total", () => {
  const parts = (values: number[], total: number, listed: boolean) =>
    run(
      [...values.map((v, i) => fig(`p${i}`, v)), fig("t", total)],
      [
        {
          ...rel("b", "sum", { parts: values.map((_v, i) => `p${i}`), whole: ["t"] }),
          ...(listed ? { breakdown: "listed" as const } : {}),
        },
      ],
    ).conflicts;

  it("a listed breakdown 18 short of 882 (2%) is an info note that says the list may be incomplete", () => {
    const [c] = parts([210, 243, 69, 135, 189], 882, true);
    expect(c?.severity).toBe("info");
    expect(c?.message.en).toBe(
      "The listed parts 210 + 243 + 69 + 135 + 189 add up to 846, 36 short of the stated total 882: the list may be incomplete.",
    );
    expect(c?.message.ru).toContain("перечень, возможно, неполный");
    expect(c?.message.kk).toContain("тізім толық болмауы мүмкін");
  });

  it("the same shortfall of a breakdown said to be complete is an error; far short or over is an error", () => {
    expect(parts([210, 243, 69, 135, 189], 882, false)[0]?.severity).toBe("error");
    expect(parts([100, 200], 882, false)[0]?.severity).toBe("error");
    // Far short of its total, a listed breakdown plainly names only some parts: it holds.
    expect(parts([100, 200], 882, true)).toEqual([]);
    expect(parts([500, 400], 882, true)[0]?.severity).toBe("error");
    expect(parts([500, 382], 882, true)).toEqual([]);
  });
});
