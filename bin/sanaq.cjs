#!/usr/bin/env node
// Entry of the `sanaq` command: the TypeScript in src/cli is compiled to lib/ by `npm run prepare`.
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
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`sanaq: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
