// `npx sanaq --help` (bin/sanaq.cjs) runs the compiled CLI and prints its usage.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

describe("sanaq --help", () => {
  beforeAll(() => {
    // bin/sanaq.cjs runs lib/, compiled by `npm run prepare` (part of `npm ci`).
    if (existsSync(join(root, "lib", "cli", "main.js"))) return;
    const tsc = spawnSync(
      process.execPath,
      [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      { cwd: root, encoding: "utf8" },
    );
    // tsc emits even with type errors elsewhere; what matters here is that main.js exists.
    expect(existsSync(join(root, "lib", "cli", "main.js")), tsc.stdout + tsc.stderr).toBe(true);
  });

  it("exits 0 and lists the usage", () => {
    const run = spawnSync(process.execPath, [join(root, "bin", "sanaq.cjs"), "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sanaq <command> \[options\]/);
    expect(run.stdout).toMatch(/Commands:/);
    expect(run.stdout).toMatch(/-h, --help/);
  });

  it("exits non-zero on an unknown command", () => {
    const run = spawnSync(process.execPath, [join(root, "bin", "sanaq.cjs"), "no-such-command"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "no-such-command"/);
  });
});
