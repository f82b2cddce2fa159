// Large reports piped into another program arrive whole. Node writes to a pipe asynchronously:
// a report bigger than the pipe's 64 KiB buffer was cut at 65 536 bytes when the command ended
// with process.exit() before stdout drained. The reader here waits a second before reading, as
// a slow `| less` or `| wc -c` may, so the command has to wait for it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, SANAQ_BIN, compileCli } from "../helpers/compiled-cli";

const dir = mkdtempSync(join(tmpdir(), "sanaq-pipe-"));
// Every sentence is a statement check-text tests (a count with a percentage of its base that
// the counts do not give) and has several numbers for extract.
const sentence =
  "Из 353 сел области 51 (22,2%) подключены к оптике, ещё 300-400 сел ждут 4G до 2027 года.\n";
const big = join(dir, "big.txt");
writeFileSync(big, sentence.repeat(1500));

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `sanaq ARGS` twice: into a file, and into a pipe whose reader starts a second late. */
function bothWays(args: string[]): { file: Buffer; piped: Buffer; status: number | null } {
  const command = [process.execPath, SANAQ_BIN, ...args].map(quote).join(" ");
  const out = join(dir, `${args[0]}.out`);
  const toFile = spawnSync("sh", ["-c", `${command} > ${quote(out)}`], { cwd: ROOT });
  expect(toFile.status, String(toFile.stderr)).toBe(0);
  const piped = spawnSync("sh", ["-c", `${command} | (sleep 1; cat)`], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  return { file: readFileSync(out), piped: piped.stdout, status: piped.status };
}

describe("piped output", () => {
  beforeAll(() => compileCli(), 180_000);

  it("extract --json arrives whole through a slow pipe", () => {
    const { file, piped, status } = bothWays(["extract", big, "--json"]);
    expect(status).toBe(0);
    expect(file.length).toBeGreaterThan(1 << 20);
    expect(piped.length).toBe(file.length);
    expect(piped.equals(file)).toBe(true);
    expect(() => JSON.parse(piped.toString("utf8"))).not.toThrow();
  });

  it("check-text --json arrives whole through a slow pipe", () => {
    const { file, piped, status } = bothWays(["check-text", big, "--json"]);
    expect(status).toBe(0);
    expect(file.length).toBeGreaterThan(1 << 17);
    expect(piped.length).toBe(file.length);
    expect(piped.equals(file)).toBe(true);
  });

  it("the exit status still comes through (1 for a missing file)", () => {
    const run = spawnSync(process.execPath, [SANAQ_BIN, "extract", join(dir, "missing.txt")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("missing.txt");
  });
});
