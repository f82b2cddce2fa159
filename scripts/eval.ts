// `npm run eval [-- --verbose] [-- --dir=PATH]`: the corpus against its ground truth (bench/corpus-eval.ts).
import { join } from "node:path";
import { evaluateCorpus, report } from "../bench/corpus-eval";

const dir =
  process.argv.find((a) => a.startsWith("--dir="))?.slice("--dir=".length) ??
  join(__dirname, "..", "tests", "corpus");
const evals = evaluateCorpus(dir);
if (evals.length === 0) {
  process.stderr.write(`eval: no corpus texts (.txt + .json) in ${dir}\n`);
  process.exit(1);
}
process.stdout.write(report(evals, process.argv.includes("--verbose")));
