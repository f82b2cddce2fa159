// writtenStep's fast path: a value the quote writes plainly needs no number reader; a value
// that is only part of a longer number ("1 353", "353 000", "12,25") goes to the reader.
import { describe, expect, it } from "vitest";
import { writtenStep } from "../../src/domain/checks/reading";
import { readNumbers } from "../../src/domain/numbers/read-numbers";

/** writtenStep with a reader that counts its calls. */
function step(
  value: number,
  quote: string,
  unit = "",
): { step: number; text: string; read: number } {
  let read = 0;
  const out = writtenStep({ value, quote, unit }, (q) => {
    read++;
    return readNumbers(q);
  });
  return { ...out, read };
}

describe("writtenStep, plainly written values", () => {
  it.each([
    ["353 ауыл", 353, ""],
    ["24-і", 24, ""],
    ["охват 12,2% сел", 12.2, "%"],
    ["(12.2%)", 12.2, "%"],
    ["12,25% и 12,2%", 12.2, "%"],
  ])("reads %j without the number reader", (quote, value, unit) => {
    expect(step(value, quote, unit).read).toBe(0);
  });

  it.each([
    ["в 1 353 пунктах", 353],
    ["в 1\u00a0353 пунктах", 353],
    ["в 1\u202f353 пунктах", 353],
    ["353 000 жителей", 353],
    ["353\u00a0000 жителей", 353],
    ["12,25%", 12.2],
    ["1.353", 353],
  ])("asks the reader when %j holds the value only inside a longer number", (quote, value) => {
    expect(step(value, quote).read).toBe(1);
  });

  it("takes the precision of a plain value from its decimals", () => {
    expect(step(12.2, "охват 12,2% сел", "%")).toEqual({ step: 0.1, text: "12,2%", read: 0 });
    expect(step(353, "353 ауыл")).toEqual({ step: 1, text: "353", read: 0 });
  });
});
