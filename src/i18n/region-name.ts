// Region names for the pane's sections, apart from the catalogs: the gazetteer behind them is
// only needed by the lazily loaded Conflicts, Sources and Add-a-source sections, not the shell.
import { placeName } from "../domain/regions/gazetteer";
import type { UiLanguage } from "./index";

/**
 * A region as figures.csv and sources.csv write it ("Zhambyl region") in the language, from the
 * gazetteer (src/domain/regions/gazetteer.ts, the one place for place names); an unknown
 * region shows as it is.
 */
export function regionName(language: UiLanguage, region: string): string {
  return placeName(region, language);
}
