// @vitest-environment jsdom
// A conflict's stated and implied values in the card are the words the workbook's Conflicts sheet
// and the CSV report show (statedIn/impliedIn), also for numbers with groups of digits.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { impliedIn, statedIn } from "../../src/domain/checks/conflict-values";
import type { Conflict } from "../../src/domain/types";
import type { UiLanguage } from "../../src/i18n/index";
import { ConflictCard } from "../../src/taskpane/components/ConflictCard";
import { I18nProvider } from "../../src/taskpane/state/i18n-context";

afterEach(cleanup);

const NBSP = "\u00a0";

// The checks keep `stated` as the text writes it and `implied` in the English form.
const sum = (stated: string, implied: string): Conflict => ({
  id: "sum:aktobe.households",
  kind: "sum",
  severity: "error",
  relation: "aktobe.households",
  figures: [],
  stated,
  implied,
  message: { en: "", ru: "", kk: "" },
  suggestion: { en: "", ru: "", kk: "" },
});

function shown(conflict: Conflict, language: UiLanguage): [string | null, string | null] {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <ConflictCard
          conflict={conflict}
          title="Sum"
          sources={new Map()}
          readNumbers={() => []}
          actions={{ select: () => {}, accept: () => {}, keep: () => {}, openSource: () => {} }}
        />
      </I18nProvider>
    </FluentProvider>,
  );
  const values: [string | null, string | null] = [
    screen.getByTestId("sanaq-stated").textContent,
    screen.getByTestId("sanaq-implied").textContent,
  ];
  cleanup();
  return values;
}

describe("conflict card values", () => {
  const cases: { conflict: Conflict; shows: Record<UiLanguage, [string, string]> }[] = [
    {
      // A text groups digits with a plain space; the card shows the workbook's no-break space.
      conflict: sum("272 500", "273,734"),
      shows: {
        ru: [`272${NBSP}500`, `273${NBSP}734`],
        kk: [`272${NBSP}500`, `273${NBSP}734`],
        en: ["272,500", "273,734"],
      },
    },
    {
      // Four digits: ru and kk write them without a group space, as the workbook does.
      conflict: sum("1234", "1,250.5"),
      shows: { ru: ["1234", "1250,5"], kk: ["1234", "1250,5"], en: ["1,234", "1,250.5"] },
    },
  ];
  for (const { conflict, shows } of cases) {
    for (const language of ["ru", "kk", "en"] as const) {
      it(`shows ${conflict.stated} and ${conflict.implied} in ${language} as the workbook does`, () => {
        const values = shown(conflict, language);
        expect(values).toEqual(shows[language]);
        expect(values).toEqual([statedIn(conflict, language), impliedIn(conflict, language)]);
      });
    }
  }
});
