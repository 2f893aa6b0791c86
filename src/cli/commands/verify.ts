// verify: recompute a round bundle from its inputs (and optionally from the chain) and check it byte for byte.
import type { Command } from "commander";
import type { Hex } from "viem";
import { readContract } from "viem/actions";

import { bundleToInputs } from "../../aggregator/verify";
import { getRoundInputs } from "../../sdk/actions/getRoundInputs";
import { readVerifiedBundle } from "../../io/bundleStore";
import { roundSettlementAbi } from "../../sdk/abis";
import { PreconditionError } from "../../sdk/errors";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { deploymentBlock } from "./committee";

/** Registers verify on `program`. */
export function registerVerifyCommand(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("verify")
    .description("recompute a round bundle from its inputs and check it byte for byte")
    .argument("<bundle>", "bundle file")
    .option("--chain", "also recompute the chain inputs (participants, stakes, commissions, shares) on --network")
    .action(async (path: string, o: { chain?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { output } = await readVerifiedBundle(path);
      const { taskId, round } = output.result;
      let proposed: Hex | null = null;
      if (o.chain) {
        const chain = await rt.connect(g, { write: false });
        const inputs = bundleToInputs(output.bundle);
        const fromChain = await getRoundInputs(chain.publicClient, { ...inputs, addresses: chain.addresses, fromBlock: deploymentBlock(chain) });
        const { computeRound } = await import("../../aggregator/round");
        const recomputed = await computeRound(fromChain);
        if (recomputed.bundleHash !== output.bundleHash) {
          throw new PreconditionError(`bundle ${path} is self-consistent but not what ${chain.network.name} says: recomputed from chain data it hashes to ${recomputed.bundleHash}, not ${output.bundleHash} (challenge it if proposed)`);
        }
        const [live] = await readContract(chain.publicClient, { address: chain.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "getProposal", args: [taskId] });
        if (live.proposedAt !== 0n && live.result.round === round) {
          if (live.result.bundleHash.toLowerCase() !== output.bundleHash.toLowerCase()) {
            throw new PreconditionError(`the live proposal of task ${taskId} round ${round} commits to bundle ${live.result.bundleHash}, not this one: challenge it`);
          }
          proposed = live.result.bundleHash;
        }
      }
      emit(rt.io, g, { bundle: path, ok: true, bundleHash: output.bundleHash, taskId, round, chain: o.chain === true, proposed }, `bundle ${path} verifies${o.chain ? " against the chain" : ""}: bundleHash ${output.bundleHash}`);
    });
}
