// The built pane (dist/) served on localhost and a headless Chromium, for one describe block:
// call inside describe(); the returned getters hold them once beforeAll has run.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { ensureDist } from "./dist";
import { startStaticServer, type StaticServer } from "./static-server";

export interface ServedDist {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function serveDistInChromium(): ServedDist {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(ensureDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (beforeAll has not run)`);
    return value;
  };
  return {
    get server() {
      return ready(server, "the static server");
    },
    get browser() {
      return ready(browser, "Chromium");
    },
  };
}
