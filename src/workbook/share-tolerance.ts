// How far Coverage, % may lie from Stated, % before the stated percentage cannot be true,
// from how the numbers are written (the checks' readings: "12,2%" stands for 12.15..12.25,
// "more than 90%" for anything above 90, "272,5 тысячи" for 272 450..272 550). The workbook
// stores both distances in hidden columns so the status formula stays a plain comparison.
import { percentOf, sumAll } from "../domain/checks/intervals";
import { readFigure } from "../domain/checks/reading";
import type { Figure } from "../domain/types";

/** Stands for "no limit" on a one-sided qualifier; Excel has no infinity. */
export const unbounded = 1e9;

/** Keeps float noise (50/410*100 − 12.2) from deciding a conflict. */
const noise = 1e-9;

export interface Tolerance {
  below: number;
  above: number;
}

function finite(x: number): number {
  return Number.isFinite(x) ? Math.min(x + noise, unbounded) : unbounded;
}

/**
 * The distances allowed below and above the stated value for coverage − stated, at the loaded
 * values: coverage's own interval (from part and whole) must meet the stated one.
 */
export function shareTolerance(part: Figure[], whole: Figure[], stated: Figure): Tolerance {
  const p = part.reduce((s, f) => s + f.value, 0);
  const w = whole.reduce((s, f) => s + f.value, 0);
  const coverage = w === 0 ? 0 : (p / w) * 100;
  const statedInterval = readFigure(stated).interval;
  const coverageInterval = percentOf(
    sumAll(part.map((f) => readFigure(f).interval)),
    sumAll(whole.map((f) => readFigure(f).interval)),
  );
  return {
    below: finite(stated.value - statedInterval.lo + (coverageInterval.hi - coverage)),
    above: finite(statedInterval.hi - stated.value + (coverage - coverageInterval.lo)),
  };
}
