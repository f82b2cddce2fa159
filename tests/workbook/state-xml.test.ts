import { describe, expect, it } from "vitest";
import { parseStateXml, stateXml } from "../../src/workbook/state-xml";
import { syntheticPlan } from "../helpers/synthetic-plan";

describe("state part", () => {
  it("round-trips the state, with markup characters escaped", () => {
    const state = { ...syntheticPlan(1).state, sourceIds: ["a<b>&c", 'd"e'] };
    const xml = stateXml("urn:sanaq:state:1", state);
    expect(xml).toContain('<sanaqState xmlns="urn:sanaq:state:1">');
    expect(xml).not.toContain("a<b>");
    expect(parseStateXml(xml)).toEqual(state);
  });

  it("reads back state written with quotes escaped as &quot; (the .xlsx writer's form)", () => {
    const state = syntheticPlan(1).state;
    const json = JSON.stringify(state).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    expect(parseStateXml(`<sanaqState xmlns="urn:sanaq:state:1">${json}</sanaqState>`)).toEqual(
      state,
    );
  });

  it("says what it found when the part is not Sanaq state", () => {
    expect(() => parseStateXml("<other/>")).toThrow(
      /expected <sanaqState>…<\/sanaqState>, found "<other\/>"/,
    );
  });
});
