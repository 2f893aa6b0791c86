// Dishonest behaviours a worker can be configured with (for the demo and the tests), as pure functions.
import type { Address } from "viem";

import { SCORE_MAX } from "./score";

/** What a trainer submits: `honest` trains; `random` submits random weights; `stale` submits its start model untrained. */
export type TrainerBehaviour = "honest" | "random" | "stale";

/**
 * What a validator sends: `honest` its measured scores; `lazy` the previous round's published consensus (no
 * evaluation; {@link LAZY_DEFAULT_SCORE} for a trainer without one); `invert` `1_000_000 − score`, its ranking
 * turned upside down.
 */
export type ValidatorBehaviour = "honest" | "lazy" | "invert";

/**
 * FL Alliance: what a proposer does to its update before sending it (`scale` multiplies its delta from the round's
 * global model by `factor`, `signFlip` negates it; see `poisonParameters` in `fl/fedavg.ts`).
 */
export type ProposerBehaviour = { kind: "honest" } | { kind: "scale"; factor: number } | { kind: "signFlip" };

/** The score a lazy validator gives a trainer the previous round's consensus does not name. */
export const LAZY_DEFAULT_SCORE = 500_000n;

/**
 * The scores a validator sends, from its measured ones.
 *
 * @param measured the validator's own scores by trainer (what an honest validator sends).
 * @param previousConsensus the previous round's consensus score by trainer (lowercase address), for `lazy`.
 * @returns one score per trainer of `trainers`, in their order.
 */
export function scoresToSend(
  behaviour: ValidatorBehaviour,
  trainers: readonly Address[],
  measured: ReadonlyMap<string, bigint>,
  previousConsensus: ReadonlyMap<string, bigint>,
): bigint[] {
  return trainers.map((t) => {
    const key = t.toLowerCase();
    if (behaviour === "lazy") return previousConsensus.get(key) ?? LAZY_DEFAULT_SCORE;
    const s = measured.get(key) ?? 0n;
    return behaviour === "invert" ? SCORE_MAX - s : s;
  });
}

/**
 * The previous round's consensus scores from its bundle (`outputs.trainers[].consensusScore`), by lowercase
 * trainer address; empty if the bundle is missing or has another shape.
 */
export function consensusFromBundle(bundle: unknown): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const trainers = (bundle as { outputs?: { trainers?: unknown } } | undefined)?.outputs?.trainers;
  if (!Array.isArray(trainers)) return out;
  for (const t of trainers) {
    const { operator, consensusScore } = (t ?? {}) as { operator?: unknown; consensusScore?: unknown };
    if (typeof operator !== "string" || (typeof consensusScore !== "string" && typeof consensusScore !== "number")) continue;
    try {
      out.set(operator.toLowerCase(), BigInt(consensusScore));
    } catch {
      // a malformed score is skipped
    }
  }
  return out;
}
