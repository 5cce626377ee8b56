import { DEFAULT_DUNNING_POLICY, dunningStageIndex, type DunningPolicy } from "../dunning";
import { LETTER_STAGES, type LetterStage } from "./types";

const BY_LABEL: Readonly<Record<string, LetterStage>> = {
  courtesy: "courtesy", friendly: "friendly", formal: "formal", "final demand": "finalDemand", legal: "legal",
};

/**
 * The letter to write for an installment this many days past due under a dunning policy. A policy
 * using the default labels maps by label; a custom policy maps by position (its first stage is the
 * mildest letter, its fifth and later the legal notice). Before the first stage: a courtesy letter.
 */
export function letterStageFor(daysPastDue: number, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): LetterStage {
  const index = dunningStageIndex(daysPastDue, policy);
  if (index < 0) return "courtesy";
  const byLabel = BY_LABEL[policy[index].stage.trim().toLowerCase()];
  return byLabel ?? LETTER_STAGES[Math.min(index, LETTER_STAGES.length - 1)];
}

/** A letter stage from the stage number stored on a reminder (its position in the policy). */
export function letterStageAt(stageIndex: number, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): LetterStage {
  const step = policy[Math.max(0, Math.min(stageIndex, policy.length - 1))];
  return BY_LABEL[step.stage.trim().toLowerCase()] ?? LETTER_STAGES[Math.max(0, Math.min(stageIndex, LETTER_STAGES.length - 1))];
}
