// The `sanaq` command: dispatches to one module per subcommand.
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
    "  -h, --help   show this help (or a command's: sanaq <command> --help)",
    "",
  ];
  return lines.join("\n");
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(usage());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`sanaq: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return command.run(rest, io);
}
