// @vitest-environment jsdom
// The pane's shell: header, and whether it runs inside Excel or in a browser preview.
import { FluentProvider, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App, hostLine } from "../../src/taskpane/App";
import { fluentThemeFor, isDarkOfficeTheme } from "../../src/taskpane/theme";
import { cssVar, type TokenName } from "../../src/taskpane/theme-vars";

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
    expect(screen.getByTestId("sanaq-host").textContent).toEqual(
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
  it("is light outside Office and on light Office themes", async () => {
    expect(await fluentThemeFor(undefined)).toEqual(webLightTheme);
    expect(await fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toEqual(webLightTheme);
    expect(await fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toEqual(
      webLightTheme,
    );
  });

  it("is dark when Office says so or its body background is dark", async () => {
    expect(await fluentThemeFor({ isDarkTheme: true })).toEqual(webDarkTheme);
    expect(await fluentThemeFor({ bodyBackgroundColor: "#262626" })).toEqual(webDarkTheme);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#333" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
  });

  it("treats an unreadable colour as light", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "dark grey" })).toBe(false);
  });
});

describe("before Office answers", () => {
  it("shows the shell at once: title, the four tabs and Load, disabled until the host is known", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={undefined} />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sanaq");
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([
      "Load",
      "Conflicts",
      "Sources",
      "Add a source",
    ]);
    const load = screen.getByRole("button", { name: "Load into the workbook" });
    expect((load as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("sanaq-pane").getAttribute("data-host")).toBe("pending");
    expect(screen.getByTestId("sanaq-host").textContent).toBe("Connecting to Office…");
    // Not yet "preview": the host may still turn out to be Excel.
    expect(screen.queryByTestId("sanaq-preview")).toBeNull();
  });

  it("inside Excel, Load becomes usable once the host and the Excel code have arrived", async () => {
    const { rerender } = render(<App host={undefined} />);
    rerender(<App host="Excel" />);
    const load = await screen.findByRole("button", { name: "Load into the workbook" });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false), {
      timeout: 10_000,
    });
    expect(screen.getByTestId("sanaq-pane").getAttribute("data-host")).toBe("Excel");
  });
});

describe("theme variables", () => {
  it("cssVar(name) is the var(--name) that Fluent's tokens[name] holds, for every token it takes", () => {
    const names = Object.keys(tokens).filter((n) => !n.startsWith("zIndex")) as TokenName[];
    expect(names.length).toBeGreaterThan(400);
    expect(names.filter((n) => cssVar(n) !== tokens[n])).toEqual([]);
  });
});
