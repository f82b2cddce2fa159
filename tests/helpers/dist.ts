// The built add-in (dist/) for browser tests. `npm test` builds it first; a lone
// `npx vitest run` builds it here when it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** Returns dist/, running the production build first if dist/taskpane.html is missing. */
export function ensureDist(): string {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: "inherit",
        // The production build, with Office.js from the CDN as `npm run build` makes it.
        env: { ...process.env, OFFICE_JS: "" },
      },
    );
  }
  return DIST;
}
