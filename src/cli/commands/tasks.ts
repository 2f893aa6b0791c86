// Task-creator commands: task create | cancel | refund | show.
import type { Command } from "commander";
import { getBlock, readContract } from "viem/actions";

import { parseTaskSpec, specHash, type TaskSpecFile } from "../../lib/taskSpec";
import { readJsonFile } from "../../io/jsonFile";
import { roundSettlementAbi, stakingVaultAbi } from "../../sdk/abis";
import { cancelTask } from "../../sdk/actions/cancelTask";
import { createTask, parseTaskCreated, type OnChainTaskSpec } from "../../sdk/actions/createTask";
import { getTask } from "../../sdk/actions/getTask";
import { withdrawRefund } from "../../sdk/actions/withdrawRefund";
import { PreconditionError } from "../../sdk/errors";
import { uint } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { ensureAllowance, signer } from "./stakers";

/**
 * The on-chain TaskSpec of a task-spec file: starts `rounds.startDelaySeconds` (+1 s) after chain time now.
 * @throws {PreconditionError} when the rounds are longer than MAX_ROUND_DURATION or shorter than CHALLENGE_WINDOW,
 *   the scoring window is not shorter than RESULT_DEADLINE, or slashBps exceeds MAX_SLASH_BPS (nothing is sent).
 */
async function onChainSpec(chain: Chain, spec: TaskSpecFile, specURI: string): Promise<OnChainTaskSpec> {
  const vault = { address: chain.addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [maxRound, resultDeadline, challengeWindow, maxSlash, block] = await Promise.all([
    readContract(chain.publicClient, { ...vault, functionName: "MAX_ROUND_DURATION" }),
    readContract(chain.publicClient, { ...vault, functionName: "RESULT_DEADLINE" }),
    readContract(chain.publicClient, { ...vault, functionName: "CHALLENGE_WINDOW" }),
    readContract(chain.publicClient, { ...vault, functionName: "MAX_SLASH_BPS" }),
    getBlock(chain.publicClient, { blockTag: "latest" }),
  ]);
  const duration = BigInt(spec.rounds.durationSeconds);
  if (duration > maxRound) throw new PreconditionError(`task spec: rounds.durationSeconds is ${duration} but this deployment allows at most ${maxRound}: shorten the rounds`);
  if (duration < challengeWindow) {
    // Rounds settle one at a time and each result waits a full challenge window: shorter rounds pile up behind it.
    throw new PreconditionError(`task spec: rounds.durationSeconds (${duration}) is shorter than CHALLENGE_WINDOW (${challengeWindow}): rounds would settle slower than they end and be skipped; make rounds at least ${challengeWindow} s`);
  }
  if (BigInt(spec.scoringWindowSeconds) >= resultDeadline) throw new PreconditionError(`task spec: scoringWindowSeconds (${spec.scoringWindowSeconds}) must be shorter than RESULT_DEADLINE (${resultDeadline}): shorten it`);
  if (BigInt(spec.policy.slashBps) > maxSlash) throw new PreconditionError(`task spec: policy.slashBps is ${spec.policy.slashBps} but this deployment caps a slash at ${maxSlash} bps (MAX_SLASH_BPS): lower it`);
  return {
    // +1 s: the transaction lands in a later block than the one read here.
    startTime: block.timestamp + BigInt(spec.rounds.startDelaySeconds) + 1n,
    roundDuration: duration,
    numRounds: spec.rounds.count,
    rewardPerRound: BigInt(spec.rewardPerRound),
    minTrainerStake: BigInt(spec.minTrainerStake),
    minValidatorStake: BigInt(spec.minValidatorStake),
    specHash: specHash(spec),
    specURI,
  };
}

/** Registers `task …` on `program`. */
export function registerTaskCommands(program: Command, rt: CommandRuntime<Chain>): void {
  const task = program.command("task").description("create, cancel, refund and show training tasks");
  task
    .command("create")
    .description("create and fund a task from a task-spec file (examples/tasks/*.json)")
    .requiredOption("--spec <file>")
    .option("--spec-uri <uri>", "where the spec is published (default: the file path)")
    .option("--no-approve", "fail instead of approving the registry when the allowance is short")
    .action(async (o: { spec: string; specUri?: string; approve: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const file = parseTaskSpec(readJsonFile(o.spec, "task spec"));
      const chain = await rt.connect(g, { write: true });
      const spec = await onChainSpec(chain, file, o.specUri ?? o.spec);
      const budget = spec.rewardPerRound * BigInt(spec.numRounds);
      await ensureAllowance(chain, chain.addresses.taskRegistry, budget, o.approve);
      const r = await confirm(chain, createTask(signer(chain), { addresses: chain.addresses, spec }));
      const [created] = parseTaskCreated(r.receipt.logs);
      if (!created) throw new PreconditionError(`createTask in ${r.hash} emitted no TaskCreated event: check the registry address in the address book`);
      emit(
        rt.io,
        g,
        { taskId: created.taskId, budget: created.budget, startTime: spec.startTime, specHash: spec.specHash, hash: r.hash, gasUsed: r.gasUsed },
        `task ${created.taskId} created: budget ${created.budget} wei, starts at ${spec.startTime}, specHash ${spec.specHash} (gas ${r.gasUsed})`,
      );
    });
  task
    .command("cancel")
    .description("cancel a task: the budget of rounds not yet ended is refunded now")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const chain = await rt.connect(g, { write: true });
      const r = await confirm(chain, cancelTask(signer(chain), { addresses: chain.addresses, taskId }));
      emit(rt.io, g, { taskId, hash: r.hash, gasUsed: r.gasUsed }, `task ${taskId} cancelled (gas ${r.gasUsed})`);
    });
  task
    .command("refund")
    .description("pay the creator the task's refundable budget (unspent and skipped rounds)")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const chain = await rt.connect(g, { write: true });
      const r = await confirm(chain, withdrawRefund(signer(chain), { addresses: chain.addresses, taskId }));
      emit(rt.io, g, { taskId, hash: r.hash, gasUsed: r.gasUsed }, `refund of task ${taskId} paid to its creator (gas ${r.gasUsed})`);
    });
  task
    .command("show")
    .description("print a task's on-chain state")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const chain = await rt.connect(g, { write: false });
      const [t, next] = await Promise.all([
        getTask(chain.publicClient, { addresses: chain.addresses, taskId }),
        readContract(chain.publicClient, { address: chain.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "nextRound", args: [taskId] }),
      ]);
      emit(
        rt.io,
        g,
        { ...t, nextRoundToSettle: next },
        [
          `task ${taskId} by ${t.creator}${t.cancelled ? " (cancelled)" : ""}`,
          `  rounds ${t.numRounds} × ${t.roundDuration} s from ${t.startTime}; next to settle: ${next}`,
          `  reward per round ${t.rewardPerRound} wei; escrow ${t.escrow} wei; refundable ${t.refundable} wei`,
          `  min stake: trainer ${t.minTrainerStake} wei, validator ${t.minValidatorStake} wei; specHash ${t.specHash}`,
        ].join("\n"),
      );
    });
}
