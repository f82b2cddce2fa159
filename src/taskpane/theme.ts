// Picks the Fluent theme that matches Office's: dark when Office says so, light otherwise.
import type { Theme } from "@fluentui/react-components";
import type { OfficeThemeLike } from "../excel/office-ready";

/**
 * Fluent's webLightTheme as a plain object, evaluated at build time (DefinePlugin in
 * webpack.config.js, `define` in vitest.config.ts): 460 strings, where the first bundle would
 * otherwise carry Fluent's colour palettes and the code that builds the theme from them. The
 * dark one (dark-theme.ts) is a chunk of its own, fetched only when Office is dark: 1.8 KB gzip
 * less in the first bundle.
 */
declare const __SANAQ_LIGHT_THEME__: Theme;
export const lightTheme: Theme = __SANAQ_LIGHT_THEME__;

export type { OfficeThemeLike };

/** True when the theme is dark: Office's own flag if given, else a dark body background. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const luminance = relativeLuminance(theme.bodyBackgroundColor);
  return luminance !== undefined && luminance < 0.5;
}

/** The Fluent theme for Office's; light again if the dark theme's chunk cannot be had. */
export function fluentThemeFor(theme: OfficeThemeLike | undefined): Promise<Theme> {
  if (!isDarkOfficeTheme(theme)) return Promise.resolve(lightTheme);
  return import(/* webpackChunkName: "dark-theme" */ "./dark-theme").then(
    (m) => m.darkTheme,
    () => lightTheme,
  );
}

/** Luminance 0..1 of "#rrggbb" (or "#rgb"); undefined for anything else. */
function relativeLuminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16) / 255;
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
