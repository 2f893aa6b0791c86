// Reward commands: claim (sends) and claimable (reads), with the proof from a round bundle or (claim --node) a node. Either
// way ONE proof is checked against the task's on-chain root: the round is not recomputed (that is `aerie verify`'s job).
import { existsSync } from "node:fs";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Command } from "commander";
import type { Address } from "viem";
import { readContract } from "viem/actions";

import { buildRewardsTree as buildFastTree } from "../../aggregator/fastTree";
import { REWARD_LEAF_ENCODING } from "../../aggregator/merkle";
import { readJsonFile } from "../../io/jsonFile";
import { openProofsFile, proofsPathFor } from "../../io/proofsFile";
import { UsageError } from "../../lib/errors";
import { getClaim } from "../../node/client";
import { rewardDistributorAbi } from "../../sdk/abis";

import { claim } from "../../sdk/actions/claim";
import { getClaimable, type GetClaimableReturnType, type RewardsProofBuilder } from "../../sdk/actions/getClaimable";
import { PreconditionError } from "../../sdk/errors";
import { address, uint, urls } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { atNode } from "../nodeCalls";
import { fmt, readAccount, signer } from "./stakers";

/** Registers claim and claimable on `program`. */
export function registerRewardCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("claimable")
    .description("show what an account can claim of a task, per the latest finalized round bundle")
    .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .action(async (o: { bundle: string; address?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const given = o.address === undefined ? undefined : address(o.address, "--address");
      const chain = await rt.connect(g, { write: false });
      const account = given ?? readAccount(chain, undefined);
      const r = await claimableFromBundleFile(chain, o.bundle, account);
      emit(rt.io, g, r, `${account} in task ${r.taskId}: earned ${fmt(r.cumulativeAmount)}, claimed ${fmt(r.claimed)}, claimable ${fmt(r.claimable)} tokens`);
    });

  program
    .command("claim")
    .description("claim an account's rewards of a task, with the proof from the latest finalized round bundle (--bundle) or from an Aerie node (--node)")
    .option("--bundle <file>", "the task's latest finalized round bundle")
    .option("--node <url>", "an Aerie node's base URL: fetch the cumulative amount and proof there (checked against the on-chain root)")
    .option("--task <id>", "the task (with --node)")
    .option("--for <address>", "the account to claim for (default: the signing account)")
    .action(async (o: { bundle?: string; node?: string; task?: string; for?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      if ((o.bundle === undefined) === (o.node === undefined)) throw new UsageError("name where the proof comes from: --bundle <file> (a finalized round bundle) or --node <url> --task <id> (an Aerie node)");
      if (o.node !== undefined && o.task === undefined) throw new UsageError("--node needs --task <id>: the task whose rewards to claim");
      const forAccount = o.for === undefined ? undefined : address(o.for, "--for");
      const node = o.node === undefined ? undefined : urls(o.node, "--node");
      if (node !== undefined && node.length !== 1) throw new UsageError(`--node: give one node URL, got ${node.length}`);
      const taskId = o.task === undefined ? undefined : uint(o.task, "--task");
      const chain = await rt.connect(g, { write: true });
      const account = forAccount ?? signer(chain).account.address;
      const c = o.bundle !== undefined ? await claimableFromBundleFile(chain, o.bundle, account) : await claimableFromNode(chain, node![0]!, taskId!, account);
      if (c.cumulativeAmount === 0n) throw new PreconditionError(`${account} has no leaf in ${o.bundle ?? o.node}: it earned nothing in this task so far`);
      if (c.claimable === 0n) {
        emit(rt.io, g, { taskId: c.taskId, account, paid: 0n, hash: null, gasUsed: 0n }, `nothing left to claim for ${account}`);
        return;
      }
      const r = await confirm(chain, claim(signer(chain), { addresses: chain.addresses, taskId: c.taskId, account, cumulativeAmount: c.cumulativeAmount, proof: c.proof }));
      emit(rt.io, g, { taskId: c.taskId, account, paid: c.claimable, hash: r.hash, gasUsed: r.gasUsed }, `claimed ${fmt(c.claimable)} tokens for ${account} (gas ${r.gasUsed})`);
    });
}

/**
 * What `account` can claim of `taskId`, from the node at `url` (`GET /v1/tasks/:id/accounts/:addr/claim`), trusting
 * nothing the node says: its root must be the task's on-chain root and the proof must verify under it.
 * @throws NodeClientError (one line with the node's code) when the node is down or refuses; PreconditionError when
 *   its root is not the chain's (the node is behind, or lies) or its proof does not verify.
 */
async function claimableFromNode(chain: Chain, url: string, taskId: bigint, account: Address) {
  const got = await atNode(url, () => getClaim(url, { taskId, account }));
  const [rewards, claimed] = await Promise.all([
    readContract(chain.publicClient, { address: chain.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [taskId] }),
    readContract(chain.publicClient, { address: chain.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "claimed", args: [taskId, account] }),
  ]);
  if (got.taskId !== taskId || got.account.toLowerCase() !== account.toLowerCase()) {
    throw new PreconditionError(`node ${url} answered a claim of task ${got.taskId} for ${got.account}, not task ${taskId} for ${account}: use another node`);
  }
  if (got.rewardsRoot.toLowerCase() !== rewards.root.toLowerCase()) {
    throw new PreconditionError(`node ${url} built the proof under root ${got.rewardsRoot} (round ${got.round}), but task ${taskId}'s on-chain root is ${rewards.root}: the node is behind or wrong; retry later or use another node`);
  }
  if (!StandardMerkleTree.verify(rewards.root, REWARD_LEAF_ENCODING as string[], [taskId.toString(), account, got.cumulativeAmount.toString()], got.proof)) {
    throw new PreconditionError(`node ${url}'s proof for ${account} (cumulative ${got.cumulativeAmount} wei) does not verify under task ${taskId}'s on-chain root ${rewards.root}: use another node`);
  }
  return { taskId, cumulativeAmount: got.cumulativeAmount, claimed, claimable: got.cumulativeAmount > claimed ? got.cumulativeAmount - claimed : 0n, proof: got.proof };
}

/**
 * What `account` can claim, per the bundle file at `bundlePath`: from its companion proofs file (`.proofs` next to it,
 * `aerie-proofs/1`) when present — the bundle is not even parsed: the file's root must be the task's on-chain root and
 * the one proof read from it must verify under that root — else from the bundle itself (`getClaimable`: the tree is
 * rebuilt from `outputs.accounts`). Same answer either way.
 * @throws InvalidFileError when either file is unreadable or malformed; PreconditionError as `getClaimable`.
 */
async function claimableFromBundleFile(chain: Chain, bundlePath: string, account: Address): Promise<GetClaimableReturnType> {
  const proofsPath = proofsPathFor(bundlePath);
  if (!existsSync(proofsPath)) {
    return getClaimable(chain.publicClient, { addresses: chain.addresses, account, bundle: readJsonFile(bundlePath, "bundle"), buildProof: fastProof });
  }
  const file = openProofsFile(proofsPath);
  try {
    const { taskId, root } = file.header;
    const distributor = { address: chain.addresses.rewardDistributor, abi: rewardDistributorAbi } as const;
    const [rewards, claimed] = await Promise.all([
      readContract(chain.publicClient, { ...distributor, functionName: "taskRewards", args: [taskId] }),
      readContract(chain.publicClient, { ...distributor, functionName: "claimed", args: [taskId, account] }),
    ]);
    if (rewards.root.toLowerCase() !== root) {
      throw new PreconditionError(`the proofs file ${proofsPath} has root ${root}, not task ${taskId}'s on-chain root ${rewards.root}: use the latest finalized round's bundle and proofs file`);
    }
    const found = file.lookup(account);
    if (found === undefined) return { taskId, account, cumulativeAmount: 0n, claimed, claimable: 0n, proof: [], root };
    // the one check that matters for the claim: this leaf and proof against the on-chain root
    if (!StandardMerkleTree.verify(rewards.root, REWARD_LEAF_ENCODING as string[], [taskId.toString(), account, found.cumulativeAmount.toString()], found.proof)) {
      throw new PreconditionError(`the proofs file ${proofsPath}'s proof for ${account} does not verify under task ${taskId}'s on-chain root ${rewards.root}: it is corrupt; delete it to claim from the bundle`);
    }
    const { cumulativeAmount, proof } = found;
    return { taskId, account, cumulativeAmount, claimed, claimable: cumulativeAmount > claimed ? cumulativeAmount - claimed : 0n, proof, root };
  } finally {
    file.close();
  }
}

/** getClaimable's tree builder for `/3` bundles: the native fast tree (byte-identical to StandardMerkleTree), one proof. */
const fastProof: RewardsProofBuilder = (taskId, entries, index) => {
  const tree = buildFastTree(taskId, entries);
  return { root: tree.root, proof: tree.proof(index) };
};
