// Shared helpers of the number reader tests.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readNumbers } from "../../src/domain/numbers/read-numbers";
import type { Mention } from "../../src/domain/types";

const seedDir = join(__dirname, "..", "..", "seeds");

export const seedTexts: ReadonlyMap<string, string> = new Map(
  readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f, readFileSync(join(seedDir, f), "utf8")]),
);

/** The quote, after checking that it stands verbatim in a seed text. */
export function seedQuote(quote: string): string {
  const found = [...seedTexts.values()].some((t) => t.includes(quote));
  if (!found) throw new Error(`not a verbatim seed quote: ${JSON.stringify(quote)}`);
  return quote;
}

/** What a mention says, without its span (spans are checked separately). */
export type Reading = Pick<Mention, "text" | "value" | "qualifier" | "unit" | "kind"> & {
  upper?: number;
};

export function read(text: string): Reading[] {
  return readNumbers(text).map((m) => {
    const r: Reading = {
      text: m.text,
      value: m.value,
      qualifier: m.qualifier,
      unit: m.unit,
      kind: m.kind,
    };
    if (m.upper !== undefined) r.upper = m.upper;
    return r;
  });
}

/** A count of `value`, exact unless told. */
export function count(
  text: string,
  value: number,
  qualifier: Mention["qualifier"] = "exact",
): Reading {
  return { text, value, qualifier, unit: "", kind: "count" };
}

/** One line per mention, "text|value|upper|qualifier|unit|kind": compact expectations for tables of cases. */
export function brief(text: string): string[] {
  return readNumbers(text).map(
    (m) => `${m.text}|${m.value}|${m.upper ?? ""}|${m.qualifier}|${m.unit}|${m.kind}`,
  );
}
