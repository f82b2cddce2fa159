// The shell's styles as plain inline style objects over Fluent's theme variables (FluentProvider
// sets every token as a CSS custom property). The first bundle then needs neither griffel's
// run-time CSS compiler (makeStyles: stylis, rtl-css-js) nor Fluent's 450-entry `tokens` object;
// the lazy panels keep makeStyles.
import type { tokens } from "@fluentui/react-components";

/** Every token but the z-indices, whose values carry a fallback ("var(--zIndexPopup, 2000)"). */
export type TokenName = Exclude<keyof typeof tokens, `zIndex${string}`>;

/** The value of a Fluent token: the same "var(--name)" that tokens[name] holds. */
export function cssVar(name: TokenName): string {
  return `var(--${name})`;
}
