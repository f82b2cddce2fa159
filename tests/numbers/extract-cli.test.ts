// `sanaq extract` through main() with a fake Io.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "sanaq-extract-"));
const file = join(dir, "news.txt");
writeFileSync(file, "Установлено более 79 тысяч камер, 12,2% сел, обучение 300-400 студентов.");

describe("sanaq extract", () => {
  it("prints a table with a header and one row per mention", async () => {
    const { code, out, err } = await run(["extract", file]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^text\s+value\s+upper\s+qualifier\s+unit\s+kind\s+span$/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"79 тысяч"\s+79000\s+more_than\s+count\s+18-26$/);
    expect(lines[2]).toMatch(/^"12,2%"\s+12\.2\s+exact\s+%\s+percent\s+\d+-\d+$/);
    expect(lines[3]).toMatch(/^"300-400"\s+300\s+400\s+range\s+count\s+\d+-\d+$/);
  });

  it("prints JSON with upper only for ranges", async () => {
    const { code, out } = await run(["extract", file, "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows[0]).toEqual({
      text: "79 тысяч",
      start: 18,
      end: 26,
      value: 79000,
      qualifier: "more_than",
      unit: "",
      kind: "count",
    });
    expect(rows[2]).toMatchObject({ text: "300-400", value: 300, upper: 400, qualifier: "range" });
    expect(rows.filter((r) => "upper" in r)).toHaveLength(1);
  });

  it("fails clearly for a missing file", async () => {
    const { code, out, err } = await run(["extract", join(dir, "missing.txt")]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("missing.txt");
    expect(err).toContain("no such file");
  });

  it("fails with usage for no file or an unknown option", async () => {
    expect((await run(["extract"])).code).toBe(2);
    const bad = await run(["extract", file, "--xml"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--xml");
  });

  it("has --help and is listed in the main usage", async () => {
    const help = await run(["extract", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: sanaq extract FILE [--json]");
    expect((await run(["--help"])).out).toMatch(/extract\s+list every number/);
  });
});
