// The command line of a sanaq subcommand: flags (--json), options with a value (--seeds DIR or
// --seeds=DIR) and positional arguments. Errors come back as a sentence for the usage message.

export interface ArgSpec {
  flags?: readonly string[];
  options?: readonly string[];
  /** How many positional arguments (FILE) the command takes at most; default none. */
  positionals?: number;
}

export interface ParsedArgs {
  flags: Set<string>;
  options: Record<string, string>;
  positionals: string[];
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes("-h") || args.includes("--help");
}

/** Parses `args` against `spec`; returns an error sentence instead of throwing. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs | string {
  const parsed: ParsedArgs = { flags: new Set(), options: {}, positionals: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    if (name === undefined) return `unknown argument "${arg}"`;
    if (spec.flags?.includes(name) && inline === undefined) {
      parsed.flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? args[(i += 1)];
      if (value === undefined || value === "") return `${name} needs a value`;
      parsed.options[name] = value;
    } else if (!arg.startsWith("-") && parsed.positionals.length < (spec.positionals ?? 0)) {
      parsed.positionals.push(arg);
    } else {
      return `unknown argument "${arg}"`;
    }
  }
  return parsed;
}
