// `npm run eval:sources [-- --verbose] [-- --dir=PATH]`: region and indicator proposals of
// `sanaq add` against the corpus's ground truth (bench/source-eval.ts).
import { join } from "node:path";
import { evaluateSources, sourceReport } from "../bench/source-eval";

const dir =
  process.argv.find((a) => a.startsWith("--dir="))?.slice("--dir=".length) ??
  join(__dirname, "..", "tests", "corpus");
const evals = evaluateSources(dir);
if (evals.length === 0) {
  process.stderr.write(`eval: no corpus texts (.txt + .json) in ${dir}\n`);
  process.exit(1);
}
process.stdout.write(sourceReport(evals, process.argv.includes("--verbose")));
