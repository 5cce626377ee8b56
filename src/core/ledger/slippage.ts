import type { Day } from "../dates";
import type { Milestone } from "../store/types";
import { dayOf } from "./days";

/**
 * Milestone slippage (项目进度跟踪): how many days a milestone is behind its plan.
 * - done (actual date given): actual − planned (negative when early);
 * - late (not done, planned date passed): as-of − planned, and growing every day;
 * - upcoming (not done, planned date not passed): 0.
 */
export type MilestoneState = "done" | "late" | "upcoming";

export interface MilestoneSlippage {
  readonly milestoneId: number;
  readonly contractId: number;
  readonly name: string;
  readonly planned: Day;
  readonly actual: Day | undefined;
  readonly percentComplete: number;
  readonly state: MilestoneState;
  readonly slippageDays: number;
}

export function milestoneSlippage(m: Milestone, asOf: Day): MilestoneSlippage {
  const planned = dayOf(m.plannedDate);
  const actual = m.actualDate ? dayOf(m.actualDate) : undefined;
  let state: MilestoneState;
  let slippageDays: number;
  if (actual !== undefined) {
    state = "done";
    slippageDays = actual - planned;
  } else if (asOf > planned) {
    state = "late";
    slippageDays = asOf - planned;
  } else {
    state = "upcoming";
    slippageDays = 0;
  }
  return { milestoneId: m.id!, contractId: m.contractId, name: m.name, planned, actual, percentComplete: m.percentComplete, state, slippageDays };
}

export function slippages(milestones: readonly Milestone[], asOf: Day): MilestoneSlippage[] {
  return milestones.map((m) => milestoneSlippage(m, asOf));
}

/**
 * Progress gap of each contract for collection risk (core/credit/collectRisk): planned share
 * complete minus actual share complete, each milestone weighing the same. Planned share = milestones
 * whose planned date has come; actual share = mean percent complete (a reached milestone counts
 * 100%). Contracts without milestones have no gap (absent from the map).
 */
export function progressGaps(milestones: readonly Milestone[], asOf: Day): Map<number, number> {
  const acc = new Map<number, { count: number; plannedDone: number; actual: number }>();
  for (const m of milestones) {
    let a = acc.get(m.contractId);
    if (!a) acc.set(m.contractId, (a = { count: 0, plannedDone: 0, actual: 0 }));
    a.count += 1;
    if (dayOf(m.plannedDate) <= asOf) a.plannedDone += 1;
    a.actual += m.actualDate ? 100 : Math.min(100, Math.max(0, m.percentComplete));
  }
  const out = new Map<number, number>();
  for (const [id, a] of acc) out.set(id, a.plannedDone / a.count - a.actual / (100 * a.count));
  return out;
}
