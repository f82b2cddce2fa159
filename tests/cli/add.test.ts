// sanaq add: a Russian and a Kazakh text join a copy of the seeds; the copy loads, covers every
// number, and `sanaq check --seeds OUT` shows the new conflicts; bad input writes nothing.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sanaq } from "../helpers/run-sanaq";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { checkCoverage, readSkipped } from "../../src/domain/load/coverage";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { readNumbers } from "../../src/domain/numbers/read-numbers";

const seeds = join(__dirname, "..", "..", "seeds");
const fixtures = join(__dirname, "..", "fixtures", "new-sources");

const tmp = (): string => mkdtempSync(join(tmpdir(), "sanaq-add-"));

function loadOut(dir: string) {
  const files = readSeedsDir(dir);
  const loaded = loadSeeds(files);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  const { skipped, errors } = readSkipped(
    "skipped.csv",
    readFileSync(join(dir, "skipped.csv"), "utf8"),
    new Set(loaded.sources.map((s) => s.id)),
  );
  expect(errors).toEqual([]);
  const coverage = checkCoverage(loaded.sources, loaded.figures, skipped, readNumbers);
  return { files, loaded, coverage };
}

describe("sanaq add", () => {
  it("adds a Russian and then a Kazakh text; the copy loads and covers every number", async () => {
    const one = tmp();
    const out1 = join(one, "seeds");
    const ru = await sanaq("add", join(fixtures, "aktobe-ru.txt"), "--seeds", seeds, "--out", out1);
    expect(ru.err).toBe("");
    expect(ru.code).toBe(0);
    expect(ru.out).toContain("as source aktobe-ru");
    expect(ru.out).toContain(`Next: sanaq check --seeds ${out1}`);

    const out2 = join(one, "seeds2");
    const kk = await sanaq("add", join(fixtures, "zhambyl-kk.txt"), "--seeds", out1, "--out", out2);
    expect(kk.err).toBe("");
    expect(kk.code).toBe(0);

    const { loaded, coverage } = loadOut(out2);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.stale).toEqual([]);
    expect(loaded.sources.map((s) => s.id)).toEqual([
      "aktobe-ru",
      "aktobe-kk",
      "aktobe-kk-long",
      "zhambyl-ru",
      "kz-kk",
      "aktobe-ru-2",
      "zhambyl-kk",
    ]);
    // The curated rows are unchanged, byte for byte; the new ones come after them.
    for (const name of [
      "figures.csv",
      "relations.csv",
      "sources.csv",
      "skipped.csv",
      "indicators.csv",
    ]) {
      const before = readFileSync(join(seeds, name), "utf8");
      expect(readFileSync(join(out2, name), "utf8").startsWith(before), name).toBe(true);
    }
    for (const f of readdirSync(seeds)) {
      if (f.endsWith(".txt"))
        expect(readFileSync(join(out2, f), "utf8")).toBe(readFileSync(join(seeds, f), "utf8"));
    }
    const added = loaded.figures.filter((f) => f.source === "zhambyl-kk");
    expect(added.map((f) => f.indicator)).toContain("settlements.4g");
    expect(loaded.indicators.some((i) => i.key.startsWith("schools."))).toBe(true);
    expect(loaded.relations.some((r) => r.id.startsWith("aktobe-ru-2."))).toBe(true);
    // The text file is named as the curated ones and listed in SHA256SUMS.
    const texts = readdirSync(out2).filter((f) => f.endsWith(".txt"));
    expect(texts).toHaveLength(7);
    expect(readFileSync(join(out2, "SHA256SUMS"), "utf8").trim().split("\n")).toHaveLength(7);
  });

  it("sanaq check --seeds OUT names both sources of a disagreement by title", async () => {
    const out = join(tmp(), "seeds");
    expect((await sanaq("add", join(fixtures, "aktobe-ru.txt"), "--out", out)).code).toBe(0);
    const { code, out: json } = await sanaq("check", "--seeds", out, "--json");
    expect(code).toBe(0);
    const conflicts = (
      JSON.parse(json) as {
        conflicts: {
          kind: string;
          figures: { id: string; value: number }[];
          message: { en: string; ru: string };
        }[];
      }
    ).conflicts;
    const agreement = conflicts.find(
      (c) =>
        c.kind === "agreement" &&
        c.figures.some((f) => f.id === "aktobe-ru-2.villages.internet.2025"),
    );
    expect(new Set(agreement?.figures.map((f) => f.value))).toEqual(new Set([294, 296]));
    expect(agreement?.message.en).toContain(
      "«В Актюбинской области подвели итоги подключения аулов к интернету»",
    );
    expect(agreement?.message.en).toContain(
      "«Вопросы цифровой трансформации региона и подготовки кадров в сфере информационных технологий обсудили на совещании в Актобе»",
    );
    // The curated conflicts are still there, unchanged.
    const before = JSON.parse((await sanaq("check", "--json")).out) as { conflicts: unknown[] };
    for (const c of before.conflicts) expect(conflicts).toContainEqual(c);
  });

  it.each([
    ["empty.txt", /the file is empty/],
    ["no-numbers.txt", /no quantities/],
    ["no-region.txt", /No region found/],
    ["binary.txt", /not a text file/],
    ["missing.txt", /file not found/],
  ])("refuses %s with a clear message and writes nothing", async (file, message) => {
    const out = join(tmp(), "seeds");
    const { code, err } = await sanaq("add", join(fixtures, file), "--out", out);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).toContain("Nothing was written.");
    expect(existsSync(out)).toBe(false);
  });

  it("takes --region for a text that names none", async () => {
    const out = join(tmp(), "seeds");
    const { code } = await sanaq(
      "add",
      join(fixtures, "no-region.txt"),
      "--out",
      out,
      "--region",
      "Astana",
    );
    expect(code).toBe(0);
    const { loaded } = loadOut(out);
    expect(loaded.sources.at(-1)?.region).toBe("Astana");
  });

  it("refuses a non-empty --out that is not the seeds directory, and bad usage", async () => {
    const out = tmp();
    writeFileSync(join(out, "note.txt"), "mine");
    const busy = await sanaq("add", join(fixtures, "aktobe-ru.txt"), "--out", out);
    expect(busy.code).toBe(1);
    expect(busy.err).toMatch(/is not empty/);
    expect(readdirSync(out)).toEqual(["note.txt"]);
    expect((await sanaq("add", join(fixtures, "aktobe-ru.txt"))).code).toBe(2);
  });
  it("reads FILE as extract does: a FIFO or a device is refused by name, not read", async () => {
    const dir = tmp();
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    for (const file of [fifo, "/dev/zero"]) {
      const out = join(tmp(), "seeds");
      const { code, err } = await sanaq("add", file, "--out", out);
      expect(code, file).toBe(1);
      expect(err).toContain(`${file}: a `);
      expect(err).toContain("expected a text file of at most");
      expect(existsSync(out)).toBe(false);
    }
  });

  it("decodes a Windows-1251 text, says so, and adds it", async () => {
    const text = readFileSync(join(fixtures, "aktobe-ru.txt"), "utf8");
    const decoder = new TextDecoder("windows-1251");
    const byte = new Map<string, number>();
    for (let b = 0; b < 256; b++) byte.set(decoder.decode(Uint8Array.of(b)), b);
    const file = join(tmp(), "aktobe-1251.txt");
    writeFileSync(file, Uint8Array.from([...text].map((ch) => byte.get(ch) ?? 0x3f)));
    const out = join(tmp(), "seeds");
    const { code, err } = await sanaq("add", file, "--out", out);
    expect(code).toBe(0);
    expect(err).toMatch(/Windows-1251/);
    expect(loadOut(out).loaded.sources.at(-1)?.text).toBe(text);
  });

  it("reads skipped.csv like every seed file: a link out of the seeds folder is refused", async () => {
    const dir = join(tmp(), "seeds");
    cpSync(seeds, dir, { recursive: true });
    rmSync(join(dir, "skipped.csv"));
    symlinkSync("/etc/passwd", join(dir, "skipped.csv"));
    const out = join(tmp(), "out");
    const { code, err } = await sanaq(
      "add",
      join(fixtures, "aktobe-ru.txt"),
      "--seeds",
      dir,
      "--out",
      out,
    );
    expect(code).toBe(1);
    expect(err).toContain("skipped.csv");
    expect(err).not.toContain("root:");
    expect(existsSync(out)).toBe(false);
  });
});
