// The reward-policy registry (docs/PROTOCOL.md §7): a task spec's `policy.id` → its Policy. `computeRound`, `verify`,
// the task-spec parser and the node dispatch through here; no other module names a policy.
import { InvalidInputError, InvalidTaskSpecError } from "../../lib/errors";
import type { TaskSpecFile } from "../../lib/taskSpec";
import { aerieConsensusV1Policy } from "./aerieConsensusV1";
import { AERIE_CONSENSUS_V2, aerieConsensusV2Policy } from "./aerieConsensusV2";
import { flockArenaV1 } from "./flockArenaV1";
import { flockFlAllianceV1 } from "./flockFlAllianceV1";
import type { Policy } from "./types";

/** A task's policy as its users need it: the registered policy, its parsed parameters and its reveal window. */
export type TaskPolicy = {
  policy: Policy<unknown>;
  params: unknown;
  /** `revealWindowSeconds` of a commit–reveal policy (scores or votes), seconds; `undefined` for the others. */
  revealWindowSeconds: bigint | undefined;
};

// ------------------------------------------------------------------ registry

/** Every registered policy, sorted by id. */
const POLICIES: ReadonlyMap<string, Policy<unknown>> = new Map(
  ([aerieConsensusV1Policy, aerieConsensusV2Policy, flockArenaV1, flockFlAllianceV1] as Policy<never>[])
    .map((p) => [p.id, p as unknown as Policy<unknown>] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** The policy a new task spec names unless its author picks another (`aerie task init`, examples, demos). */
export const DEFAULT_POLICY_ID = AERIE_CONSENSUS_V2;

// ------------------------------------------------------------------ functions

/** The ids of every registered policy, sorted. */
export function policyIds(): string[] {
  return [...POLICIES.keys()];
}

/**
 * The policy registered under `id`.
 *
 * @throws {InvalidInputError} `policy: unknown policy id "x" (registered: a, b)` if none is.
 */
export function getPolicy(id: string): Policy<unknown> {
  const policy = POLICIES.get(id);
  if (policy === undefined) {
    throw new InvalidInputError(`policy: unknown policy id ${JSON.stringify(id)} (registered: ${policyIds().join(", ")})`);
  }
  return policy;
}

/**
 * Checks a task spec's `policy` object with the schema of the policy it names (the `checkPolicy` of
 * `parseTaskSpecWith`).
 *
 * @throws {InvalidTaskSpecError} `task spec: policy.id: expected a registered policy id (…), got "x"` for an unknown id;
 *   the policy's own error naming `policy.<field>` for an unknown or out-of-range parameter.
 */
export function checkPolicySpec(policy: TaskSpecFile["policy"]): void {
  const found = POLICIES.get(policy.id);
  if (found === undefined) {
    throw new InvalidTaskSpecError(
      `task spec: policy.id: expected a registered policy id (${policyIds().join(", ")}), got ${JSON.stringify(policy.id)}`,
      "policy.id",
    );
  }
  found.parseParams(policy);
}

/**
 * The {@link TaskPolicy} of a task spec.
 * @throws {InvalidInputError} for an unknown policy id; the policy's own error for bad parameters.
 */
export function taskPolicyOf(spec: Pick<TaskSpecFile, "policy">): TaskPolicy {
  const policy = getPolicy(spec.policy.id);
  const params = policy.parseParams(spec.policy);
  const value = (params as { revealWindowSeconds?: unknown }).revealWindowSeconds;
  return { policy, params, revealWindowSeconds: typeof value === "bigint" ? value : undefined };
}
