// Fluent's webDarkTheme as a plain object, evaluated at build time like the light one
// (theme.ts); a chunk of its own, loaded only when Office's theme is dark.
import type { Theme } from "@fluentui/react-components";

declare const __SANAQ_DARK_THEME__: Theme;
export const darkTheme: Theme = __SANAQ_DARK_THEME__;
