// The built add-in (dist/) for browser tests. `npm test` builds it first; a lone
// `npx vitest run` builds it here when it is missing. Test files run in parallel, so one
// builds under a lock file and the others wait for it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, "out", "dist-build.lock");
const BUILD_TIMEOUT_MS = 300_000;

const built = (): boolean => existsSync(join(DIST, "taskpane.html"));

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Creates the lock file; false when another process holds it (a stale one is taken over). */
function tryLock(): boolean {
  mkdirSync(join(ROOT, "out"), { recursive: true });
  try {
    writeFileSync(LOCK, String(process.pid), { flag: "wx" });
    return true;
  } catch {
    const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > BUILD_TIMEOUT_MS) rmSync(LOCK, { force: true }); // left by a killed run
    return false;
  }
}

function build(): void {
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

/** Returns dist/, running the production build first if dist/taskpane.html is missing. */
export function ensureDist(): string {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!built()) {
    if (tryLock()) {
      try {
        if (!built()) build();
      } finally {
        rmSync(LOCK, { force: true });
      }
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(`dist/ is still being built after ${BUILD_TIMEOUT_MS / 1000} s (${LOCK})`);
    }
    sleepSync(250);
  }
  return DIST;
}
