// Task-creator commands: task create | cancel | refund | show.
import type { Command } from "commander";
import { readContract } from "viem/actions";

import { parseTaskSpec } from "../../aggregator/taskSpec";
import { readJsonFile } from "../../io/jsonFile";
import { roundSettlementAbi } from "../../sdk/abis";
import { cancelTask } from "../../sdk/actions/cancelTask";
import { parseTaskCreated } from "../../sdk/actions/createTask";
import { createTaskFromSpec } from "../../sdk/actions/createTaskFromSpec";
import { getTask } from "../../sdk/actions/getTask";
import { withdrawRefund } from "../../sdk/actions/withdrawRefund";
import { PreconditionError } from "../../sdk/errors";
import { uint } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { ensureAllowance, fmt, signer } from "./stakers";
import { registerTaskWrite } from "./taskWrite";

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
      const spec = parseTaskSpec(readJsonFile(o.spec, "task spec"));
      const chain = await rt.connect(g, { write: true });
      await ensureAllowance(chain, chain.addresses.taskRegistry, BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count), o.approve);
      const sent = await createTaskFromSpec(signer(chain), { addresses: chain.addresses, spec, specURI: o.specUri ?? o.spec });
      const r = await confirm(chain, Promise.resolve(sent));
      const [created] = parseTaskCreated(r.receipt.logs);
      if (!created) throw new PreconditionError(`createTask in ${r.hash} emitted no TaskCreated event: check the registry address in the address book`);
      emit(
        rt.io,
        g,
        { taskId: created.taskId, budget: created.budget, startTime: sent.onChainSpec.startTime, specHash: sent.onChainSpec.specHash, hash: r.hash, gasUsed: r.gasUsed },
        `task ${created.taskId} created: budget ${created.budget} wei, starts at ${sent.onChainSpec.startTime}, specHash ${sent.onChainSpec.specHash} (gas ${r.gasUsed})`,
      );
    });
  registerTaskWrite(task, rt, {
    name: "cancel",
    description: "cancel a task: the budget of rounds not yet started is refunded now (the running round stays payable)",
    round: false,
    send: (w, p) => cancelTask(w, p),
    done: (taskId) => `task ${taskId} cancelled`,
  });
  registerTaskWrite(task, rt, {
    name: "refund",
    description: "pay the creator the task's refundable budget (unspent and skipped rounds)",
    round: false,
    send: (w, p) => withdrawRefund(w, p),
    done: (taskId) => `refund of task ${taskId} paid to its creator`,
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
          `  reward per round ${t.rewardPerRound} wei (${fmt(t.rewardPerRound)} tokens); escrow ${t.escrow} wei (${fmt(t.escrow)} tokens); refundable ${t.refundable} wei (${fmt(t.refundable)} tokens)`,
          `  min stake: trainer ${t.minTrainerStake} wei (${fmt(t.minTrainerStake)} tokens), validator ${t.minValidatorStake} wei (${fmt(t.minValidatorStake)} tokens); specHash ${t.specHash}`,
        ].join("\n"),
      );
    });
}
