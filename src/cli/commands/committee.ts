// Committee and settlement commands: aggregate, sign-result, propose, challenge, finalize, skip, round status.
import type { Command } from "commander";
import type { Address, Hex } from "viem";

import { readVerifiedBundle, writeBundle } from "../../io/bundleStore";
import { readInbox } from "../../io/inbox";
import { readJsonFile } from "../../io/jsonFile";
import { assertPreviousMatchesChain, findPreviousBundle } from "../../io/previousBundle";
import { PreconditionError, UsageError } from "../../lib/errors";
import { parseTaskSpec, specHash } from "../../lib/taskSpec";
import { address, list, uint } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Round statuses as RoundSettlement.roundStatus returns them. */
const ROUND_STATUS = ["open", "proposed", "finalized", "skipped"] as const;

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
      const { ctx, c, book } = chain;
      const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
      const [, roundEnd] = (await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [taskId, round] })) as [bigint, bigint];
      const scoresUntil = roundEnd + BigInt(spec.scoringWindowSeconds);
      if (now < scoresUntil) throw new PreconditionError(`round ${round} is still collecting scores until ${scoresUntil} (chain time ${now}): aggregate after that`);
      const onChain = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] })) as { root: Hex };
      assertPreviousMatchesChain({ taskId, round, onChainRoot: onChain.root, previous, dir: o.out });
      const { readRoundInputs } = await import("../../chain/readRound");
      const { computeRound } = await import("../../aggregator/round");
      const inputs = await readRoundInputs(ctx, book, c, { taskId, round, spec, specHash: specHash(spec), ...inbox, previous: previous?.previous ?? null });
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
    .action(async (o: { bundle: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { output } = await readVerifiedBundle(o.bundle);
      const { ctx, c, wallet, account } = await rt.connect(g, { write: true });
      const signer = account!;
      const member = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "isCommitteeMember", args: [signer] })) as boolean;
      if (!member) throw new PreconditionError(`${signer} is not a member of the current committee: sign with a member's account (--account)`);
      const { signRoundResultWith } = await import("../../chain/committee");
      const signature = await signRoundResultWith(ctx, c, wallet!, output.result);
      emit(rt.io, g, { signer, signature }, `${signer}:${signature}`);
    });

  program
    .command("propose")
    .description("propose a bundle's result with committee signatures (local: --signers 1,2 signs with those accounts)")
    .requiredOption("--bundle <file>")
    .option("--signers <accounts>", "comma-separated account indexes/addresses of committee members who sign here")
    .option("--signatures <list>", "comma-separated signer:signature pairs printed by `aerie sign-result` on each member's machine")
    .action(async (o: { bundle: string; signers?: string; signatures?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      if (!o.signers && !o.signatures) throw new UsageError(`name the committee's signatures: --signatures addr:sig,… (from sign-result) or --signers 1,2 (local accounts)`);
      const pairs = o.signatures === undefined ? undefined : list(o.signatures, "--signatures", parseSignature);
      const { output } = await readVerifiedBundle(o.bundle);
      const { ctx, c, wallet, account } = await rt.connect(g, { write: true });
      const { walletFor } = await import("../../chain/context");
      const { proposeResult, proposeWithSignatures } = await import("../../chain/committee");
      let r;
      if (pairs) {
        r = await proposeWithSignatures(ctx, c, wallet!, output.result, output.slashes, pairs);
      } else {
        const members = list(o.signers!, "--signers", (s) => walletFor(ctx, s));
        if (new Set(members.map((m) => m.account!.address)).size !== members.length) throw new UsageError(`--signers names the same account twice: each committee member signs once`);
        r = await proposeResult(ctx, c, wallet!, members, output.result, output.slashes);
      }
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
      const { ctx, c, wallet, account } = await rt.connect(g, { write: true });
      const guardian = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "guardian" })) as Address;
      if (guardian.toLowerCase() !== account!.toLowerCase()) throw new PreconditionError(`only the guardian ${guardian} may challenge: sign with its account (--account)`);
      const { send } = await import("../../chain/context");
      const r = await send(ctx, wallet!, { ...c.settlement, functionName: "challenge", args: [taskId, round, o.reason] });
      emit(rt.io, g, { taskId, round, hash: r.hash, gasUsed: r.gasUsed }, `challenged task ${taskId} round ${round} (gas ${r.gasUsed}); the committee may propose a corrected result`);
    });

  program
    .command("finalize")
    .description("finalize a proposed round after its challenge window")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .action(async (o: { task: string; round: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { finalizeRound } = await import("../../chain/committee");
      const r = await finalizeRound(ctx, c, wallet!, taskId, round);
      emit(rt.io, g, { taskId, round, hash: r.hash, gasUsed: r.gasUsed }, `finalized task ${taskId} round ${round} (gas ${r.gasUsed})`);
    });

  program
    .command("skip")
    .description("skip a round that has no final result by roundEnd + RESULT_DEADLINE (its budget becomes refundable)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .action(async (o: { task: string; round: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { send } = await import("../../chain/context");
      const r = await send(ctx, wallet!, { ...c.settlement, functionName: "skip", args: [taskId, round] });
      emit(rt.io, g, { taskId, round, hash: r.hash, gasUsed: r.gasUsed }, `skipped task ${taskId} round ${round} (gas ${r.gasUsed})`);
    });

  const roundCmd = program.command("round").description("read a round's settlement state");
  roundCmd
    .command("status")
    .description("print a round's status (open, proposed, finalized, skipped) and the live proposal")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .action(async (o: { task: string; round: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const { ctx, c } = await rt.connect(g, { write: false });
      const status = ROUND_STATUS[Number(await ctx.publicClient.readContract({ ...c.settlement, functionName: "roundStatus", args: [taskId, round] }))] ?? "unknown";
      const [proposal] = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "getProposal", args: [taskId] })) as [{ result: { round: bigint; bundleHash: Hex }; proposedAt: bigint }, unknown];
      const live = proposal.proposedAt !== 0n && proposal.result.round === round;
      const value = { taskId, round, status, proposedAt: live ? proposal.proposedAt : null, bundleHash: live ? proposal.result.bundleHash : null };
      emit(rt.io, g, value, `task ${taskId} round ${round}: ${status}${live ? ` (bundle ${proposal.result.bundleHash}, proposed at ${proposal.proposedAt})` : ""}`);
    });
}

function parseSignature(item: string, option: string): { signer: Address; signature: Hex } {
  const [signer, signature, extra] = item.split(":");
  if (!signer || !signature || extra !== undefined || !/^0x[0-9a-fA-F]{130}$/.test(signature)) throw new UsageError(`${option}: expected signer:0xsignature pairs (65-byte signatures), got '${item}'`);
  return { signer: address(signer, option), signature: `0x${signature.slice(2)}` };
}

