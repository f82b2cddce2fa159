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
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) return `${name} takes no value`;
      parsed.flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? args[(i += 1)];
      if (value === undefined || value === "") return `${name} needs a value`;
      parsed.options[name] = value;
    } else if (!arg.startsWith("-") && parsed.positionals.length < (spec.positionals ?? 0)) {
      parsed.positionals.push(arg);
    } else {
      return arg.startsWith("-") ? `unknown option "${name}"` : `unexpected argument "${arg}"`;
    }
  }
  return parsed;
}

/**
 * The message of a usage error: one line saying what is wrong and where the help is, not the
 * whole help (which buries the line that matters). `command` is undefined for `sanaq` itself.
 */
export function usageError(command: string | undefined, what: string): string {
  const name = command === undefined ? "sanaq" : `sanaq ${command}`;
  return `${name}: ${what}.\nRun '${name} --help' for usage.\n`;
}

export type CliLanguage = "en" | "ru" | "kk";

const languages: readonly string[] = ["en", "ru", "kk"];

/**
 * The value of --lang as a language code, or an error sentence. --lang RU or Kk is what a user
 * types as often as ru: the code is compared in lower case.
 */
export function languageOption(value: string): CliLanguage | string {
  const language = value.toLowerCase();
  if (!languages.includes(language)) return `--lang is "${value}", expected en, ru or kk`;
  return language as CliLanguage;
}

/** Is `parsed` a language, not the error sentence languageOption gives? */
export function isLanguage(parsed: string): parsed is CliLanguage {
  return languages.includes(parsed);
}
