// worker: run the reference worker (trainer or validator) of one operator identity from its config file.
import type { Command } from "commander";

import type { Chain } from "../connect";
import type { CommandRuntime } from "../context";

/** Registers `aerie worker --config <file>` on `program` (docs/WORKER.md). */
export function registerWorkerCommand(program: Command, _rt: CommandRuntime<Chain>): void {
  program
    .command("worker")
    .description("run a trainer or validator worker for one operator identity (docs/WORKER.md)")
    .requiredOption("--config <file>", "the worker's JSON config file")
    .action(async (o: { config: string }) => {
      const { runWorker } = await import("../../worker/main");
      await runWorker(o.config);
    });
}
