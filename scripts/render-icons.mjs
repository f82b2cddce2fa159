// Renders assets/icon.svg to assets/icon-<size>.png (16, 32, 64, 80, 128) with headless
// Chromium, so the committed PNGs always come from the one SVG source.
// Usage: node scripts/render-icons.mjs   (needs /usr/bin/chromium or CHROMIUM_PATH)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const svg = readFileSync(join(assets, "icon.svg"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const file = join(assets, `icon-${size}.png`);
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
