// The list of subcommands; each lives in its own file under src/cli/.
import type { Io } from "./main";
import { extractCommand } from "./extract";
import { workbookCommand } from "./workbook";
import { checkCommand } from "./check";
import { checkTextCommand } from "./check-text";
import { addCommand } from "./add";

export interface Command {
  name: string;
  summary: string;
  run: (args: string[], io: Io) => Promise<number>;
}

export const commands: Command[] = [
  extractCommand,
  workbookCommand,
  checkCommand,
  checkTextCommand,
  addCommand,
];
