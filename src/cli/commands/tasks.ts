// Task-creator commands: task create | cancel | refund | show.
import type { Command } from "commander";

import { parseTaskSpec } from "../../lib/taskSpec";
import { readJsonFile } from "../../io/jsonFile";
import { uint } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

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
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { createTaskFromSpec } = await import("../../chain/task");
      const r = await createTaskFromSpec(ctx, c, wallet!, spec, o.specUri ?? o.spec, o.approve);
      emit(rt.io, g, r, `task ${r.taskId} created: budget ${r.budget} wei, starts at ${r.startTime}, specHash ${r.specHash} (gas ${r.gasUsed})`);
    });
  task
    .command("cancel")
    .description("cancel a task: the budget of rounds not yet ended is refunded now")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { send } = await import("../../chain/context");
      const r = await send(ctx, wallet!, { ...c.registry, functionName: "cancelTask", args: [taskId] });
      emit(rt.io, g, { taskId, hash: r.hash, gasUsed: r.gasUsed }, `task ${taskId} cancelled (gas ${r.gasUsed})`);
    });
  task
    .command("refund")
    .description("pay the creator the task's refundable budget (unspent and skipped rounds)")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { send } = await import("../../chain/context");
      const r = await send(ctx, wallet!, { ...c.registry, functionName: "withdrawRefund", args: [taskId] });
      emit(rt.io, g, { taskId, hash: r.hash, gasUsed: r.gasUsed }, `refund of task ${taskId} paid to its creator (gas ${r.gasUsed})`);
    });
  task
    .command("show")
    .description("print a task's on-chain state")
    .requiredOption("--task <id>")
    .action(async (o: { task: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const { ctx, c } = await rt.connect(g, { write: false });
      const { readTask } = await import("../../chain/readRound");
      const t = await readTask(ctx, c.registry, taskId);
      const next = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "nextRound", args: [taskId] })) as bigint;
      const shown = { taskId, ...t, nextRoundToSettle: next };
      emit(
        rt.io,
        g,
        shown,
        [
          `task ${taskId} by ${t.creator}${t.cancelled ? " (cancelled)" : ""}`,
          `  rounds ${t.numRounds} × ${t.roundDuration} s from ${t.startTime}; next to settle: ${next}`,
          `  reward per round ${t.rewardPerRound} wei; escrow ${t.escrow} wei; refundable ${t.refundable} wei`,
          `  min stake: trainer ${t.minTrainerStake} wei, validator ${t.minValidatorStake} wei; specHash ${t.specHash}`,
        ].join("\n"),
      );
    });
}
