import { parseEventLogs, type WalletClient } from "viem";
import { send, type ChainContext } from "./context";
import { ensureFundsAndAllowance, type Contracts } from "./actions";
import { PreconditionError } from "./errors";
import { specHash, type TaskSpecFile } from "../lib/taskSpec";

/**
 * Creates and funds a task from a parsed task-spec file: startTime = chain time + `rounds.startDelaySeconds`,
 * escrow = `rewardPerRound * rounds.count` wei pulled from `creator` (approved first when `autoApprove`).
 * @returns the new task id, its spec hash and the gas used.
 * @throws PreconditionError when the round duration exceeds the deployment's MAX_ROUND_DURATION or is shorter than
 * its CHALLENGE_WINDOW, the scoring
 * window is not shorter than RESULT_DEADLINE, the policy's slashBps exceeds MAX_SLASH_BPS, or the creator lacks tokens.
 */
export async function createTaskFromSpec(
  ctx: ChainContext,
  c: Contracts,
  creator: WalletClient,
  spec: TaskSpecFile,
  specURI: string,
  autoApprove = true,
) {
  const maxRound = (await ctx.publicClient.readContract({ ...c.vault, functionName: "MAX_ROUND_DURATION" })) as bigint;
  const resultDeadline = (await ctx.publicClient.readContract({ ...c.vault, functionName: "RESULT_DEADLINE" })) as bigint;
  if (BigInt(spec.rounds.durationSeconds) > maxRound) {
    throw new PreconditionError(`task spec: rounds.durationSeconds is ${spec.rounds.durationSeconds} but this deployment allows at most ${maxRound}: shorten the rounds`);
  }
  if (BigInt(spec.scoringWindowSeconds) >= resultDeadline) {
    throw new PreconditionError(`task spec: scoringWindowSeconds (${spec.scoringWindowSeconds}) must be shorter than RESULT_DEADLINE (${resultDeadline}): shorten it`);
  }
  const challengeWindow = (await ctx.publicClient.readContract({ ...c.vault, functionName: "CHALLENGE_WINDOW" })) as bigint;
  if (BigInt(spec.rounds.durationSeconds) < challengeWindow) {
    // Rounds settle one at a time and each result waits a full challenge window: shorter rounds pile up
    // behind it until they pass RESULT_DEADLINE and can only be skipped (docs/SECURITY.md).
    throw new PreconditionError(`task spec: rounds.durationSeconds (${spec.rounds.durationSeconds}) is shorter than CHALLENGE_WINDOW (${challengeWindow}): rounds would settle slower than they end and be skipped; make rounds at least ${challengeWindow} s`);
  }
  const maxSlash = (await ctx.publicClient.readContract({ ...c.vault, functionName: "MAX_SLASH_BPS" })) as bigint;
  if (BigInt(spec.policy.slashBps) > maxSlash) {
    throw new PreconditionError(`task spec: policy.slashBps is ${spec.policy.slashBps} but this deployment caps a slash at ${maxSlash} bps (MAX_SLASH_BPS): lower it`);
  }
  const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  const rewardPerRound = BigInt(spec.rewardPerRound);
  const budget = rewardPerRound * BigInt(spec.rounds.count);
  await ensureFundsAndAllowance(ctx, c, creator, c.registry.address, budget, autoApprove);
  const hash = specHash(spec);
  const onChainSpec = {
    // +1 s margin: the transaction lands in a later block than the one read here.
    startTime: now + BigInt(spec.rounds.startDelaySeconds) + 1n,
    roundDuration: BigInt(spec.rounds.durationSeconds),
    numRounds: spec.rounds.count,
    rewardPerRound,
    minTrainerStake: BigInt(spec.minTrainerStake),
    minValidatorStake: BigInt(spec.minValidatorStake),
    specHash: hash,
    specURI,
  };
  const r = await send(ctx, creator, { ...c.registry, functionName: "createTask", args: [onChainSpec] });
  const events = parseEventLogs({ abi: c.registry.abi, logs: r.logs as never, eventName: "TaskCreated" }) as unknown as { args: { taskId: bigint } }[];
  if (events.length !== 1) throw new Error(`createTask emitted ${events.length} TaskCreated events`);
  return { taskId: events[0].args.taskId, specHash: hash, budget, startTime: onChainSpec.startTime, gasUsed: r.gasUsed, hash: r.hash };
}
