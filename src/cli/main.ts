// The `sanaq` command: dispatches to one module per subcommand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { usageError } from "./args";
import { commands } from "./commands";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function usage(): string {
  const lines = [
    "Usage: sanaq <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    "",
    "Options:",
    "  -h, --help      show this help (or a command's: sanaq <command> --help)",
    "  -V, --version   print the version of sanaq",
    "",
  ];
  return lines.join("\n");
}

/** The version in package.json: src/cli/main.ts and lib/cli/main.js are both two folders down. */
export function version(): string {
  const json = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
  return (JSON.parse(json) as { version: string }).version;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error (as git or npm treat it): the help, on stderr, status 2.
    io.err(usage());
    return 2;
  }
  if (name === "-h" || name === "--help" || name === "help") {
    io.out(usage());
    return 0;
  }
  if (name === "-V" || name === "--version") {
    io.out(`${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith("-") ? `unknown option "${name}"` : `unknown command "${name}"`;
    io.err(usageError(undefined, what));
    return 2;
  }
  return command.run(rest, io);
}
