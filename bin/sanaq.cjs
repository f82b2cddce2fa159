#!/usr/bin/env node
// Entry of the `sanaq` command: the TypeScript in src/cli is compiled to lib/ by `npm run prepare`.
// The exit status is set with process.exitCode, never process.exit(): stdout and stderr to a pipe
// are asynchronous, and process.exit() drops what the pipe has not taken yet (a `--json` report
// piped into `wc -c` arrived cut at 65 536 bytes). Node exits by itself once both have drained.
"use strict";
const path = require("node:path");
let main;
try {
  main = require(path.join(__dirname, "..", "lib", "cli", "main.js")).main;
} catch (error) {
  process.stderr.write(
    "sanaq: the command is not compiled yet (lib/cli/main.js is missing). Run `npm run prepare`.\n" +
      String(error && error.message) +
      "\n",
  );
  process.exitCode = 2;
}
if (main) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`sanaq: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
