import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // src/taskpane/theme.ts and dark-theme.ts: the themes webpack.config.js defines for the bundle.
  define: {
    __SANAQ_LIGHT_THEME__: JSON.stringify(webLightTheme),
    __SANAQ_DARK_THEME__: JSON.stringify(webDarkTheme),
  },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/helpers/summary-reporter.ts"],
  },
});
