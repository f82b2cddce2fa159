// @vitest-environment jsdom
// The pane's shell: header, and whether it runs inside Excel or in a browser preview.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App, hostLine } from "../../src/taskpane/App";
import { fluentThemeFor, isDarkOfficeTheme } from "../../src/taskpane/theme";

afterEach(cleanup);

describe("App shell", () => {
  it("shows the Sanaq heading and preview mode outside Office", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={null} />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sanaq");
    expect(screen.getByTestId("sanaq-pane").getAttribute("data-host")).toBe("preview");
    expect(screen.getByTestId("sanaq-host").textContent).toBe(
      "Preview mode (browser): not connected to Excel.",
    );
  });

  it("says it runs inside Excel when the host is Excel", () => {
    render(<App host="Excel" />);
    expect(screen.getByTestId("sanaq-pane").getAttribute("data-host")).toBe("Excel");
    expect(screen.getByTestId("sanaq-host").textContent).toBe("Running inside Excel.");
  });

  it("names another Office host rather than claiming Excel", () => {
    expect(hostLine("Word")).toBe("Running inside Word, not Excel.");
  });
});

describe("theme", () => {
  it("is light outside Office and on light Office themes", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(
      webLightTheme,
    );
  });

  it("is dark when Office says so or its body background is dark", () => {
    expect(fluentThemeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#333" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
  });

  it("treats an unreadable colour as light", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "dark grey" })).toBe(false);
  });
});
