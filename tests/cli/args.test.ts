// The one command-line parser every sanaq subcommand uses.
import { describe, expect, it } from "vitest";
import { parseArgs, wantsHelp } from "../../src/cli/args";

const spec = { flags: ["--json"], options: ["--seeds", "--out"], positionals: 1 };

describe("parseArgs", () => {
  it("reads flags, options in both forms and positionals in any order", () => {
    const parsed = parseArgs(["--seeds", "s", "a.txt", "--json", "--out=x=y.xlsx"], spec);
    expect(parsed).toEqual({
      flags: new Set(["--json"]),
      options: { "--seeds": "s", "--out": "x=y.xlsx" },
      positionals: ["a.txt"],
    });
  });

  it("names what it cannot take", () => {
    expect(parseArgs(["--xml"], spec)).toBe('unknown option "--xml"');
    expect(parseArgs(["--json=1"], spec)).toBe("--json takes no value");
    expect(parseArgs(["a", "b"], spec)).toBe('unexpected argument "b"');
    expect(parseArgs(["a"], { flags: ["--json"] })).toBe('unexpected argument "a"');
    expect(parseArgs(["--seeds"], spec)).toBe("--seeds needs a value");
    expect(parseArgs(["--out="], spec)).toBe("--out needs a value");
    expect(parseArgs(["--xml=1"], spec)).toBe('unknown option "--xml"');
  });

  it("sees a help request anywhere", () => {
    expect(wantsHelp(["x", "-h"])).toBe(true);
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["--json"])).toBe(false);
  });
});
