// The real domain functions behind the pane (the tests pass fakes of the same shape).
import { runChecks } from "../../domain/checks/run-checks";
import { checkEdits } from "../../domain/checks/source";
import { loadSeeds } from "../../domain/load/load-seeds";
import { readNumbers } from "../../domain/numbers/read-numbers";
import { proposeSource } from "../../domain/propose/propose-source";
import { createSeedFetcher } from "./fetch-seed";
import type { DomainServices } from "./pane-services";

export function createDomainServices(): DomainServices {
  return {
    fetchSeed: createSeedFetcher(),
    loadSeeds: (files) => loadSeeds(files),
    runChecks,
    readNumbers,
    checkEdits,
    // The checks of a pasted text load only when a planner first uses them.
    checkText: (text, onProgress) =>
      import("./check-text").then((m) => m.checkText(text, onProgress)),
    proposeSource: proposePasted,
  };
}

/** The proposal for a pasted text, which has no file: the workbook keeps it under its id. */
export const proposePasted: DomainServices["proposeSource"] = (text, existing, region) => {
  const result = proposeSource({ text, file: "", existing, ...(region ? { region } : {}) });
  if (result.ok) result.proposal.source.file = `${result.proposal.source.id}.txt`;
  return result;
};
