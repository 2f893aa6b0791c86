/**
 * `npm run demo -- --policy flock-fl-alliance-v1`: a 3-round FL Alliance task end to end on a local chain. Each round
 * the participants are drawn proposers or voters (seeded by the stake block's hash, the task and the round); proposers
 * sign ModelUpdates, voters commit to a vote and reveal it with its salt; three committee members compute the round
 * (their bundles must agree), two sign, one proposes, the round is finalized and every rewarded account claims.
 * Round 0: every voter approves. Round 1: one voter votes against the majority (slashed). Round 2: a bad update,
 * rejected by the majority (its proposers and the voter who approved it are slashed).
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { formatUnits, keccak256, parseEventLogs, parseUnits, toBytes, type Address, type TransactionReceipt } from "viem";
import { getBlock, readContract, signTypedData } from "viem/actions";

import {
  aerieAddresses,
  approve,
  claim,
  createTaskFromSpec,
  deployAerie,
  defaultDeploymentsDir,
  finalize,
  getRoundInputs,
  joinTask,
  mint,
  parseTaskCreated,
  propose,
  providerClients,
  registerOperator,
  resolveDeployParams,
  Role,
  roundSettlementAbi,
  signRoundResult,
  stake,
  stakingVaultAbi,
  taskRegistryAbi,
  waitForReceipt,
  type WriteReturnType,
} from "../sdk";
import { computeRound, drawFlRoles, roundDrawSeed, type RoundInputs, type SignedModelUpdate, type SignedVote, type SignedVoteCommit } from "../aggregator";
import { taskPolicyOf } from "../aggregator/policy/registry";
import type { FlockFlAllianceParams } from "../aggregator/policy/flockFlAllianceV1";
import { parseTaskSpec } from "../aggregator/taskSpec";
import type { JsonValue } from "../lib/canonical";
import { aerieDomain, MODEL_UPDATE_TYPES, VOTE_COMMIT_TYPES, VOTE_TYPES, voteCommitment } from "../lib/eip712";
import { specHash } from "../lib/taskSpec";
import { CREATOR_ACCOUNT, OPERATORS, table } from "./run";

/** The FL Alliance demo task spec. */
export const FL_SPEC_PATH = "examples/tasks/demo-fl-alliance.json";
const TOKEN = (n: number) => parseUnits(String(n), 18);

/** One settled round of the FL demo (amounts: decimal strings of wei). */
export type FlDemoRound = {
  round: number;
  proposers: string[];
  voters: { name: string; vote: string }[];
  aggregateVote: string;
  outcome: string;
  rewards: Record<string, string>;
  slashes: { name: string; bps: string; amount: string }[];
  bundleHash: string;
};

/** What the FL demo returns and writes to out/demo/fl-summary.json. */
export type FlDemoSummary = { taskId: string; rounds: FlDemoRound[]; totals: { rewarded: string; claimed: string; slashed: string } };

/**
 * Runs the FL Alliance demo on `hre`'s network.
 * @throws Error when the committee members disagree, the claims do not match the rewards, or the rounds do not reach
 *   the outcomes planned above.
 */
export async function runFlDemo(hre: HardhatRuntimeEnvironment, opts: { outDir?: string; log?: (line: string) => void; bookPath?: string } = {}): Promise<FlDemoSummary> {
  const log = opts.log ?? ((line: string) => process.stdout.write(line + "\n"));
  const outDir = opts.outDir ?? join(__dirname, "..", "..", "out", "demo");
  const { chainId, publicClient, walletClients: wallets } = await providerClients(hre.network.provider);
  const mined = async (w: Promise<WriteReturnType>): Promise<TransactionReceipt> => waitForReceipt(publicClient, await w);
  const increaseTo = async (t: bigint) => {
    const now = (await getBlock(publicClient, { blockTag: "latest" })).timestamp;
    await hre.network.provider.send("evm_setNextBlockTimestamp", [`0x${(t > now ? t : now + 1n).toString(16)}`]);
    await hre.network.provider.send("evm_mine", []);
  };
  const wallet = (i: number) => wallets[i]!;
  log(`Aerie FL Alliance demo on network '${hre.network.name}' (chain ${chainId})\n`);

  const inProcess = hre.network.name === "hardhat";
  const params = resolveDeployParams(hre.network.name, wallets.map((w) => w.account.address));
  const bookPath = opts.bookPath ?? (inProcess ? join(defaultDeploymentsDir(), "hardhat", `${chainId}.json`) : undefined);
  const dep = await deployAerie(wallet(0), { network: hre.network.name, params, path: bookPath, fresh: inProcess });
  const addresses = aerieAddresses(dep.book);
  const fromBlock = BigInt(dep.book.contracts.StakingVault?.block ?? 0);
  const committee = [1, 2, 3].map(wallet);
  const creator = wallet(CREATOR_ACCOUNT);

  const spec = parseTaskSpec(JSON.parse(readFileSync(join(__dirname, "..", "..", FL_SPEC_PATH), "utf8")));
  const tp = taskPolicyOf(spec);
  const flParams = tp.params as FlockFlAllianceParams;
  const members = OPERATORS.map((o) => ({ ...o, wallet: wallet(o.account), address: wallet(o.account).account.address as Address }));
  const nameOf = new Map(members.map((m) => [m.address.toLowerCase(), m.name]));
  await mined(mint(wallet(0), { addresses, to: creator.account.address, amount: TOKEN(3000) }));
  for (const m of members) {
    await mined(mint(wallet(0), { addresses, to: m.address, amount: TOKEN(m.selfStake) }));
    await mined(registerOperator(m.wallet, { addresses, commissionBps: m.commissionBps, metadataURI: `https://aerie.example/operators/${m.name}` }));
    await mined(approve(m.wallet, { addresses, spender: addresses.stakingVault, amount: TOKEN(m.selfStake) }));
    await mined(stake(m.wallet, { addresses, operator: m.address, amount: TOKEN(m.selfStake) }));
  }
  await mined(approve(creator, { addresses, spender: addresses.taskRegistry, amount: BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count) }));
  const created = await createTaskFromSpec(creator, { addresses, spec, specURI: FL_SPEC_PATH });
  const taskId = parseTaskCreated((await waitForReceipt(publicClient, created)).logs)[0]!.taskId;
  for (const m of members) await mined(joinTask(m.wallet, { addresses, taskId, role: m.role === "trainer" ? Role.Trainer : Role.Validator }));
  log(`Task ${taskId} created from ${FL_SPEC_PATH} (policy ${spec.policy.id}): ${spec.rounds.count} rounds × ${formatUnits(BigInt(spec.rewardPerRound), 18)} tokens; ${members.length} participants`);

  const domain = aerieDomain(chainId, addresses.taskRegistry);
  const challengeWindow = await readContract(publicClient, { address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "CHALLENGE_WINDOW" });
  const rounds: FlDemoRound[] = [];
  const claimed = new Map<string, bigint>();
  let previous: RoundInputs["previous"] = null;
  let totalSlashed = 0n;
  mkdirSync(outDir, { recursive: true });

  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const [roundStart, roundEnd] = await readContract(publicClient, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "roundWindow", args: [taskId, round] });
    await increaseTo(roundStart + 60n);
    // the draw anyone can reproduce: the participants' stakes at the round's start, seeded by roundDrawSeed
    const chain = await getRoundInputs(publicClient, { addresses, fromBlock, taskId, round, spec, specHash: specHash(spec), submissions: [], scores: [], previous });
    const roles = drawFlRoles(chain.participants, roundDrawSeed(chain.stakeBlockHash, taskId, round), flParams);
    const proposers = members.filter((m) => roles.get(m.address) === "proposer");
    const voters = members.filter((m) => roles.get(m.address) === "voter");

    const modelUpdates: SignedModelUpdate[] = [];
    for (const p of proposers) {
      const message = { taskId, round, proposer: p.address, updateHash: keccak256(toBytes(`update:${taskId}:${r}:${p.name}`)), updateURI: `ipfs://demo/${taskId}/${r}/${p.name}.delta` };
      modelUpdates.push({ message, signature: await signTypedData(p.wallet, { account: p.wallet.account, domain, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message }), receivedAt: roundStart + 60n });
    }
    // the planned votes: all approve (round 0), one dissenter (round 1), a bad update the majority rejects (round 2)
    const voteOf = (i: number): bigint => (r === 0 ? 800_000n : r === 1 ? (i === voters.length - 1 ? -600_000n : 700_000n) : i === 0 ? 500_000n : -900_000n);
    await increaseTo(roundEnd + 60n);
    const commitDeadline = roundEnd + BigInt(spec.scoringWindowSeconds);
    const voteCommits: SignedVoteCommit[] = [];
    const votes: SignedVote[] = [];
    for (const [i, v] of voters.entries()) {
      const vote = { taskId, round, voter: v.address, vote: voteOf(i) };
      const salt = keccak256(toBytes(`demo vote salt:${taskId}:${r}:${v.name}`));
      const commit = { taskId, round, voter: v.address, commitment: voteCommitment(vote, salt) };
      voteCommits.push({ message: commit, signature: await signTypedData(v.wallet, { account: v.wallet.account, domain, types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit", message: commit }), receivedAt: roundEnd + 60n });
      votes.push({ message: vote, salt, signature: await signTypedData(v.wallet, { account: v.wallet.account, domain, types: VOTE_TYPES, primaryType: "Vote", message: vote }), receivedAt: commitDeadline + 60n });
    }
    await increaseTo(commitDeadline + (tp.revealWindowSeconds ?? 0n) + 1n);

    const outputs = [];
    for (let m = 0; m < committee.length; m++) {
      const inputs: RoundInputs = { ...chain, modelUpdates: m === 1 ? [...modelUpdates].reverse() : modelUpdates, voteCommits, votes: m === 2 ? [...votes].reverse() : votes };
      outputs.push(await computeRound(inputs));
    }
    const out = outputs[0]!;
    if (!outputs.every((o) => o.bundleHash === out.bundleHash)) throw new Error(`committee members disagree on round ${r}`);
    writeFileSync(join(outDir, `fl-task-${taskId}-round-${r}.json`), out.canonical + "\n");
    const signatures = await Promise.all(committee.slice(0, 2).map((m) => signRoundResult(m, { addresses, result: out.result })));
    const proposed = await mined(propose(committee[0]!, { addresses, result: out.result, slashes: out.slashes, signatures }));
    await increaseTo((await getBlock(publicClient, { blockNumber: proposed.blockNumber })).timestamp + challengeWindow);
    const finalized = await mined(finalize(committee[2]!, { addresses, taskId, round }));
    const slashEvents = parseEventLogs({ abi: stakingVaultAbi, logs: finalized.logs, eventName: "Slashed" });
    for (const e of slashEvents) totalSlashed += e.args.activeCut + e.args.unbondingCut;
    for (const cl of out.claims) {
      if (cl.cumulativeAmount > (claimed.get(cl.account.toLowerCase()) ?? 0n)) {
        await mined(claim(committee[2]!, { addresses, taskId, account: cl.account, cumulativeAmount: cl.cumulativeAmount, proof: cl.proof }));
        claimed.set(cl.account.toLowerCase(), cl.cumulativeAmount);
      }
    }

    const report = (out.bundle as unknown as { outputs: { policy: { aggregateVote: string; outcome: string }; operators: { operator: Address; reward: string }[] } }).outputs;
    const rewardOf = new Map(report.operators.map((o) => [o.operator.toLowerCase(), BigInt(o.reward)]));
    const slashOf = new Map(slashEvents.map((e) => [e.args.operator.toLowerCase(), e.args.activeCut + e.args.unbondingCut]));
    log(`\n=== Round ${r}  [${roundStart}, ${roundEnd})  seed ${roundDrawSeed(chain.stakeBlockHash, taskId, round)} ===`);
    table(
      [...proposers, ...voters].map((m) => {
        const vi = voters.indexOf(m);
        return {
          operator: m.name,
          role: roles.get(m.address)!,
          vote: vi >= 0 ? String(voteOf(vi)) : "-",
          "reward (tokens)": formatUnits(rewardOf.get(m.address.toLowerCase()) ?? 0n, 18),
          "slashed (tokens)": formatUnits(slashOf.get(m.address.toLowerCase()) ?? 0n, 18),
        };
      }),
      log,
    );
    log(`  aggregate vote ${report.policy.aggregateVote} (stake-weighted): update ${report.policy.outcome}; totalReward ${formatUnits(out.result.totalReward, 18)}; bundleHash ${out.bundleHash}`);
    rounds.push({
      round: r,
      proposers: proposers.map((p) => p.name),
      voters: voters.map((v, i) => ({ name: v.name, vote: String(voteOf(i)) })),
      aggregateVote: report.policy.aggregateVote,
      outcome: report.policy.outcome,
      rewards: Object.fromEntries([...rewardOf].map(([a, v]) => [nameOf.get(a) ?? a, v.toString()])),
      slashes: slashEvents.map((e) => ({ name: nameOf.get(e.args.operator.toLowerCase()) ?? e.args.operator, bps: e.args.bps.toString(), amount: (e.args.activeCut + e.args.unbondingCut).toString() })),
      bundleHash: out.bundleHash,
    });
    previous = { bundleHash: out.bundleHash, cumulative: out.claims.map((cl) => ({ account: cl.account, amount: cl.cumulativeAmount })), policyState: ((out.bundle as { policyState?: JsonValue }).policyState ?? null) as JsonValue | null };
  }

  const totalClaimed = [...claimed.values()].reduce((s, v) => s + v, 0n);
  const rewarded = previous?.cumulative.reduce((s, c) => s + c.amount, 0n) ?? 0n;
  const summary: FlDemoSummary = { taskId: taskId.toString(), rounds, totals: { rewarded: rewarded.toString(), claimed: totalClaimed.toString(), slashed: totalSlashed.toString() } };
  writeFileSync(join(outDir, "fl-summary.json"), JSON.stringify(summary, null, 2) + "\n");
  log(`\nTotals: rewarded ${formatUnits(rewarded, 18)}, claimed ${formatUnits(totalClaimed, 18)}, slashed ${formatUnits(totalSlashed, 18)} tokens`);
  const problems: string[] = [];
  if (totalClaimed !== rewarded) problems.push(`claimed ${totalClaimed} != rewarded ${rewarded}`);
  if (rounds.map((x) => x.outcome).join(",") !== "accepted,accepted,rejected") problems.push(`outcomes ${rounds.map((x) => x.outcome).join(",")}, planned accepted,accepted,rejected`);
  if (rounds[0]!.slashes.length !== 0 || rounds[1]!.slashes.length !== 1 || rounds[2]!.slashes.length === 0) problems.push("the slashes do not follow the votes");
  if (problems.length) throw new Error(`the FL demo did not go as planned: ${problems.join("; ")}`);
  return summary;
}
