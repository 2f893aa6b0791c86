// Committee and settlement commands: aggregate, sign-result, propose, challenge, finalize, skip, round status.
import type { Command } from "commander";
import type { Address, Hex } from "viem";
import { getBlock, readContract } from "viem/actions";

import { getRoundInputs } from "../../sdk/actions/getRoundInputs";
import { bundleURIFor, readVerifiedBundle, writeBundle } from "../../io/bundleStore";
import { readInbox } from "../../io/inbox";
import { readJsonFile } from "../../io/jsonFile";
import { assertPreviousMatchesChain, findPreviousBundle } from "../../io/previousBundle";
import { UsageError } from "../../lib/errors";
import { specHash } from "../../lib/taskSpec";
import { parseTaskSpec } from "../../aggregator/taskSpec";
import { rewardDistributorAbi, roundSettlementAbi, taskRegistryAbi } from "../../sdk/abis";
import { challenge } from "../../sdk/actions/challenge";
import { finalize } from "../../sdk/actions/finalize";
import { getRoundStatus } from "../../sdk/actions/getRoundStatus";
import { propose, type SignedResult } from "../../sdk/actions/propose";
import { signRoundResult } from "../../sdk/actions/signRoundResult";
import { skipRound } from "../../sdk/actions/skipRound";
import { PreconditionError } from "../../sdk/errors";
import { address, list, uint } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { signer } from "./stakers";
import { registerTaskWrite } from "./taskWrite";

/** The first block to scan for a deployment's events: the earlier of the vault's and the registry's (0 if unknown). */
const BUNDLE_URI_HELP = "where the bundle is published, signed with the result: ipfs://<CID>, https://… (default: file://<absolute path of --bundle>, for local chains)";

export function deploymentBlock(chain: Chain): bigint {
  const blocks = [chain.book.contracts.StakingVault?.block, chain.book.contracts.TaskRegistry?.block].map((b) => b ?? 0);
  return BigInt(Math.min(...blocks));
}

/** Registers the committee and settlement commands on `program`. */
export function registerCommitteeCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("aggregate")
    .description("compute a round's result from chain data and the inbox; writes the canonical bundle")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--spec <file>", "the task's spec file (its hash must match the task's specHash)")
    .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
    .option("--out <dir>", "bundle directory", "out/bundles")
    .action(async (o: { task: string; round: string; spec: string; inbox: string; out: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const spec = parseTaskSpec(readJsonFile(o.spec, "task spec"));
      const inbox = readInbox(o.inbox, taskId, round);
      const previous = await findPreviousBundle(o.out, taskId, round);
      const chain = await rt.connect(g, { write: false });
      const [[, roundEnd], rewards, block] = await Promise.all([
        readContract(chain.publicClient, { address: chain.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "roundWindow", args: [taskId, round] }),
        readContract(chain.publicClient, { address: chain.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [taskId] }),
        getBlock(chain.publicClient, { blockTag: "latest" }),
      ]);
      const scoresUntil = roundEnd + BigInt(spec.scoringWindowSeconds);
      if (block.timestamp < scoresUntil) throw new PreconditionError(`round ${round} is still collecting scores until ${scoresUntil} (chain time ${block.timestamp}): aggregate after that`);
      assertPreviousMatchesChain({ taskId, round, onChainRoot: rewards.root, previous, dir: o.out });
      const inputs = await getRoundInputs(chain.publicClient, {
        addresses: chain.addresses,
        taskId,
        round,
        spec,
        specHash: specHash(spec),
        ...inbox,
        previous: previous?.previous ?? null,
        fromBlock: deploymentBlock(chain),
      });
      const { computeRound } = await import("../../aggregator/round");
      const result = await computeRound(inputs);
      const target = writeBundle(o.out, result);
      emit(
        rt.io,
        g,
        { taskId, round, totalReward: result.result.totalReward, slashes: result.slashes, bundleHash: result.bundleHash, rewardsRoot: result.result.rewardsRoot, bundle: target },
        `round ${round}: totalReward ${result.result.totalReward} wei, ${result.slashes.length} slashes, bundleHash ${result.bundleHash} -> ${target}`,
      );
    });

  program
    .command("sign-result")
    .description("sign a bundle's RoundResult as a committee member (prints signer:signature)")
    .requiredOption("--bundle <file>")
    .option("--bundle-uri <uri>", BUNDLE_URI_HELP)
    .action(async (o: { bundle: string; bundleUri?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { output } = await readVerifiedBundle(o.bundle);
      const result = { ...output.result, bundleURI: bundleURIFor(o.bundle, o.bundleUri) };
      const chain = await rt.connect(g, { write: true });
      const wallet = signer(chain);
      const member = await readContract(chain.publicClient, { address: chain.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "isCommitteeMember", args: [wallet.account.address] });
      if (!member) throw new PreconditionError(`${wallet.account.address} is not a member of the current committee: sign with a member's account (--account)`);
      const signed = await signRoundResult(wallet, { addresses: chain.addresses, result });
      emit(rt.io, g, signed, `${signed.signer}:${signed.signature}`);
    });

  program
    .command("propose")
    .description("propose a bundle's result with committee signatures (local: --signers 1,2 signs with those accounts)")
    .requiredOption("--bundle <file>")
    .option("--signers <accounts>", "comma-separated account indexes/addresses of committee members who sign here")
    .option("--signatures <list>", "comma-separated signer:signature pairs printed by `aerie sign-result` on each member's machine")
    .option("--bundle-uri <uri>", BUNDLE_URI_HELP)
    .action(async (o: { bundle: string; signers?: string; signatures?: string; bundleUri?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      if (!o.signers && !o.signatures) throw new UsageError(`name the committee's signatures: --signatures addr:sig,… (from sign-result) or --signers 1,2 (local accounts)`);
      const pairs = o.signatures === undefined ? undefined : list(o.signatures, "--signatures", parseSignature);
      const members = o.signers === undefined ? undefined : list(o.signers, "--signers", (s) => s);
      if (members && new Set(members).size !== members.length) throw new UsageError(`--signers names the same account twice: each committee member signs once`);
      const { output } = await readVerifiedBundle(o.bundle);
      const result = { ...output.result, bundleURI: bundleURIFor(o.bundle, o.bundleUri) };
      const chain = await rt.connect(g, { write: true });
      const signatures: SignedResult[] = [...(pairs ?? [])];
      for (const who of members ?? []) signatures.push(await signRoundResult(await chain.walletFor(who), { addresses: chain.addresses, result }));
      const r = await confirm(chain, propose(signer(chain), { addresses: chain.addresses, result, slashes: output.slashes, signatures }));
      const { taskId, round } = output.result;
      emit(rt.io, g, { taskId, round, bundleHash: output.bundleHash, hash: r.hash, gasUsed: r.gasUsed }, `proposed task ${taskId} round ${round} (gas ${r.gasUsed}); finalize after the challenge window`);
    });

  program
    .command("challenge")
    .description("guardian: void a proposed result within its challenge window (e.g. when `verify --chain` fails)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--reason <text>")
    .action(async (o: { task: string; round: string; reason: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const chain = await rt.connect(g, { write: true });
      const r = await confirm(chain, challenge(signer(chain), { addresses: chain.addresses, taskId, round, reason: o.reason }));
      emit(rt.io, g, { taskId, round, hash: r.hash, gasUsed: r.gasUsed }, `challenged task ${taskId} round ${round} (gas ${r.gasUsed}); the committee may propose a corrected result`);
    });

  registerTaskWrite(program, rt, {
    name: "finalize",
    description: "finalize a proposed round after its challenge window",
    round: true,
    send: (w, p) => finalize(w, p),
    done: (taskId, round) => `finalized task ${taskId} round ${round}`,
  });
  registerTaskWrite(program, rt, {
    name: "skip",
    description: "skip a round that has no final result by roundEnd + RESULT_DEADLINE (its budget becomes refundable)",
    round: true,
    send: (w, p) => skipRound(w, p),
    done: (taskId, round) => `skipped task ${taskId} round ${round}`,
  });

  const roundCmd = program.command("round").description("read a round's settlement state");
  roundCmd
    .command("status")
    .description("print a round's status (pending, running, awaitingResult, proposed, finalizable, finalized, skippable, skipped)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .action(async (o: { task: string; round: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const chain = await rt.connect(g, { write: false });
      const s = await getRoundStatus(chain.publicClient, { addresses: chain.addresses, taskId, round });
      const detail = s.proposal ? ` (bundle ${s.proposal.bundleHash}, finalizable at ${s.proposal.finalizableAt})` : "";
      emit(rt.io, g, s, `task ${taskId} round ${round}: ${s.status}${detail}`);
    });
}

function parseSignature(item: string, option: string): { signer: Address; signature: Hex } {
  const [who, signature, extra] = item.split(":");
  if (!who || !signature || extra !== undefined || !/^0x[0-9a-fA-F]{130}$/.test(signature)) throw new UsageError(`${option}: expected signer:0xsignature pairs (65-byte signatures), got '${item}'`);
  return { signer: address(who, option), signature: `0x${signature.slice(2)}` };
}
