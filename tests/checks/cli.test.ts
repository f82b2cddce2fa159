// sanaq check and sanaq check-text, run in-process through main().
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sanaq } from "../helpers/run-sanaq";

const seeds = join(__dirname, "..", "..", "seeds");

describe("sanaq check", () => {
  it("--json prints exactly figures, derived and conflicts of the default seeds", async () => {
    const { code, out } = await sanaq("check", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      figures: number;
      derived: unknown[];
      conflicts: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(["figures", "derived", "conflicts"]);
    expect(json.figures).toBe(96);
    expect(json.conflicts).toHaveLength(4);
    expect(Object.keys(json.conflicts[0] ?? {})).toEqual([
      "id",
      "kind",
      "severity",
      "figures",
      "stated",
      "implied",
      "message",
      "suggestion",
    ]);
    expect(json.conflicts[0]).toMatchObject({
      kind: "share",
      severity: "error",
      stated: "12,2%",
      implied: "14.4%",
      figures: [
        { id: "zhambyl.settlements.3g", value: 51, source: "zhambyl-ru", quote: "51 (12,2%) — 3G" },
        {},
        {},
      ],
      suggestion: { en: "A part of 43 of 353, or a whole of 417–419, would give 12.2%." },
    });
  });

  it("prints a readable report with the three languages and the derived indicators", async () => {
    const { code, out } = await sanaq("check", "--seeds", seeds);
    expect(code).toBe(0);
    expect(out).toContain("96 figures, 29 derived indicators, 4 conflicts");
    expect(out).toContain("ru: В тексте указано 12,2%, но 51 из 353 — это 14,4%.");
    expect(out).toContain("kk: Мәтінде 12,2% делінген, бірақ 353-тің 51-і — 14,4%.");
    expect(out).toMatch(/progress\s+60\.4%\s+Taraz/);
  });

  it("bad seeds: non-zero with file, row, column, found and expected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-check-"));
    for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f));
    const csv = readFileSync(join(seeds, "figures.csv"), "utf8").replace(
      "zhambyl.settlements.3g,zhambyl-ru,Zhambyl region,settlements.3g,51,",
      "zhambyl.settlements.3g,zhambyl-ru,Zhambyl region,settlements.3g,fifty-one,",
    );
    writeFileSync(join(dir, "figures.csv"), csv);
    const { code, err } = await sanaq("check", "--seeds", dir);
    expect(code).toBe(1);
    expect(err).toContain("figures.csv");
    expect(err).toContain("value");
    expect(err).toContain("fifty-one");
  });

  it("a missing seeds directory is a clear error", async () => {
    const { code, err } = await sanaq("check", "--seeds", "/no/such/dir");
    expect(code).toBe(1);
    expect(err).toContain("seeds directory not found: /no/such/dir");
  });

  it("an unknown option is a usage error", async () => {
    expect((await sanaq("check", "--frobnicate")).code).toBe(2);
  });
});

describe("sanaq check-text", () => {
  it("finds the 3G and fiber conflicts of seeds/003 with generated ids and verbatim quotes", async () => {
    const file = join(seeds, "003_12f04e18eaaee14a.txt");
    const { code, out } = await sanaq("check-text", file, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      conflicts: { stated: string; figures: { id: string; quote: string }[] }[];
    };
    expect(json.conflicts.map((c) => c.stated)).toEqual(["12,2%", "50,9%", "49,1%"]);
    const text = readFileSync(file, "utf8");
    for (const f of json.conflicts.flatMap((c) => c.figures)) {
      expect(f.id).toMatch(/^003_12f04e18eaaee14a\.n\d+$/);
      expect(text).toContain(f.quote);
    }
  });

  it("a consistent text reports no conflicts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-text-"));
    const file = join(dir, "ok.txt");
    writeFileSync(
      file,
      "Облыстағы 400 елді мекеннің 320-сы (80%) интернетпен қамтылған. Из 120 сёл 30 (25%) подключены.",
    );
    const { code, out } = await sanaq("check-text", file);
    expect(code).toBe(0);
    // Both statements are found and derived (not just nothing found), and agree.
    expect(out).toContain("2 statements tested, 6 figures, 2 derived indicators, 0 conflicts");
    expect(out).toContain("No conflicts.");
  });

  it("--json says how many statements were tested and gives each conflict's id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-text-"));
    const file = join(dir, "t.txt");
    writeFileSync(
      file,
      "Из 120 сёл 30 (20%) подключены. Облыстағы 400 елді мекеннің 320-сы (80%) қосылған.",
    );
    const json = JSON.parse((await sanaq("check-text", file, "--json")).out) as {
      statements: number;
      conflicts: { id: string }[];
    };
    expect(Object.keys(json)).toEqual(["statements", "figures", "derived", "conflicts"]);
    expect(json.statements).toBe(2);
    expect(json.conflicts.map((c) => c.id)).toEqual([expect.stringMatching(/^share:share\.\d+$/)]);
  });

  it("nothing testable found is not 'no conflicts'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-text-"));
    const file = join(dir, "none.txt");
    writeFileSync(file, "В 2025 году в области построят 17 вышек связи.");
    const { code, out } = await sanaq("check-text", file);
    expect(code).toBe(0);
    expect(out).toContain("0 statements tested");
    expect(out).toContain("Nothing testable found");
    expect(out).not.toContain("No conflicts.");
    const json = JSON.parse((await sanaq("check-text", file, "--json")).out) as {
      statements: number;
    };
    expect(json.statements).toBe(0);
  });

  it("decodes UTF-16 and Windows-1251 files (saying so), refuses binary and broken bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-enc-"));
    const text = "Из 120 сёл 30 (20%) подключены.";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    writeFileSync(join(dir, "u16.txt"), le);
    const cp = Buffer.from(
      [...text].map((ch) => {
        const c = ch.charCodeAt(0);
        if (c < 0x80) return c;
        if (ch === "ё") return 0xb8;
        return c - 0x410 + 0xc0;
      }),
    );
    writeFileSync(join(dir, "cp.txt"), cp);
    for (const [name, notice] of [
      ["u16.txt", "Read as UTF-16LE"],
      ["cp.txt", "Read as Windows-1251"],
    ] as const) {
      for (const command of ["check-text", "extract"]) {
        const r = await sanaq(command, join(dir, name), "--json");
        expect(r.code, `${command} ${name}`).toBe(0);
        expect(r.err).toContain(notice);
        expect(r.out).toContain(command === "extract" ? '"value": 120' : '"statements": 1');
      }
    }
    writeFileSync(join(dir, "doc.pdf"), Buffer.from("%PDF-1.4\n 120 30 20%\u0000\u0001"));
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x31, 0x20, 0x81, 0x8d, 0x8f, 0x90, 0x20]));
    for (const command of ["check-text", "extract"]) {
      const pdf = await sanaq(command, join(dir, "doc.pdf"));
      expect(pdf.code).toBe(1);
      expect(pdf.out).toBe("");
      expect(pdf.err).toContain("not a text file (it looks like a PDF file)");
      const bad = await sanaq(command, join(dir, "bad.txt"));
      expect(bad.code).toBe(1);
      expect(bad.err).toContain("not UTF-8 text: byte 0x81 at offset 2");
    }
  });

  it("a missing file is a clear error", async () => {
    const { code, err } = await sanaq("check-text", "/no/such/file.txt");
    expect(code).toBe(1);
    expect(err).toContain("/no/such/file.txt: file not found");
    expect((await sanaq("check-text", tmpdir())).err).toContain(
      ": a directory, expected a text file",
    );
  });
});
