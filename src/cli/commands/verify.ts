// verify: recompute a round bundle from its inputs (and optionally from the chain) and check it byte for byte.
import type { Command } from "commander";
import type { Hex } from "viem";
import { readContract } from "viem/actions";

import { checkPreviousHistory } from "../../aggregator/history";
import { bundleToInputs } from "../../aggregator/verify";
import { getFinalizedHistory } from "../../sdk/actions/getFinalizedHistory";
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
    .option("--chain", "also recompute the chain inputs (participants, stakes, commissions, shares) on --network, and check the previous cumulative amounts and previousBundleHash against the last finalized round")
    .action(async (path: string, o: { chain?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { output } = await readVerifiedBundle(path);
      const { taskId, round } = output.result;
      let proposed: Hex | null = null;
      if (o.chain) {
        const chain = await rt.connect(g, { write: false });
        // The bundle's history first: its previous cumulative amounts must rebuild the root the chain finalized last
        // before this round, and previousBundleHash must be that round's bundle (a bundle that drops an account's
        // earlier rewards recomputes fine from its own inputs, so the recomputation below cannot catch it).
        const history = await getFinalizedHistory(chain.publicClient, { addresses: chain.addresses, taskId, beforeRound: round, fromBlock: deploymentBlock(chain) });
        const checked = checkPreviousHistory(output.bundle, history);
        if (!checked.ok) {
          const last = history.round === null ? "no round finalized before it" : `round ${history.round} finalized last`;
          throw new PreconditionError(`bundle ${path} rewrites the task's history (${last}): ${checked.reason}: do not sign it; challenge it if proposed`);
        }
        const inputs = bundleToInputs(output.bundle);
        const fromChain = await getRoundInputs(chain.publicClient, { ...inputs, addresses: chain.addresses, fromBlock: deploymentBlock(chain) });
        const { computeRound } = await import("../../aggregator/round");
        const recomputed = await computeRound(fromChain);
        if (recomputed.bundleHash !== output.bundleHash) {
          throw new PreconditionError(`bundle ${path} is self-consistent but not what ${chain.network.name} says: recomputed from chain data it hashes to ${recomputed.bundleHash}, not ${output.bundleHash} (challenge it if proposed)`);
        }
        const [live] = await readContract(chain.publicClient, { address: chain.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "getProposal", args: [taskId] });
        if (live.proposedAt !== 0n && live.round === round) {
          if (live.bundleHash.toLowerCase() !== output.bundleHash.toLowerCase()) {
            throw new PreconditionError(`the live proposal of task ${taskId} round ${round} commits to bundle ${live.bundleHash}, not this one: challenge it`);
          }
          proposed = live.bundleHash;
        }
      }
      emit(rt.io, g, { bundle: path, ok: true, bundleHash: output.bundleHash, taskId, round, chain: o.chain === true, proposed }, `bundle ${path} verifies${o.chain ? " against the chain" : ""}: bundleHash ${output.bundleHash}`);
    });
}
