/**
 * `npm run bench:gas` — gas of Aerie's main operations on the in-process Hardhat network.
 * Prints a table and writes bench/gas.json. A benchmark, not a test: it asserts nothing about the numbers.
 *
 * Measured: stake (first and repeat), delegate, requestUnstake, withdraw, createTask, joinTask, propose with
 * k = 2, 3, 5 signatures, finalize with 0 and 3 slashes (each slash reads the stake at the round's start), cancelTask
 * while a round runs, claim in a 1,000-leaf tree, claimMany of 5 claims; then round 1 of the same tasks (a task's
 * later rounds rewrite the storage its first round wrote) and the same accounts claiming again.
 * bench/gas.json also lists issue 10's targets, each next to its value now and to main's value before the work.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import hre from "hardhat";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { getAddress, keccak256, parseUnits, toHex, zeroHash, type Address, type Hex, type TransactionReceipt } from "viem";
import { getBlock, readContract, writeContract } from "viem/actions";
import {
  aerieAddresses,
  approve,
  cancelTask,
  claim,
  claimMany,
  createTask,
  deployAerie,
  finalize,
  joinTask,
  mint,
  parseUnstakeRequested,
  propose,
  providerClients,
  registerOperator,
  requestUnstake,
  resolveDeployParams,
  Role,
  roundSettlementAbi,
  signRoundResult,
  stake,
  stakingVaultAbi,
  waitForReceipt,
  withdraw,
  type AerieWalletClient,
  type WriteReturnType,
} from "../src/sdk";
import { hashSlashes, type RoundResult, type Slash } from "../src/lib/eip712";
import { printError } from "../src/io/printError";

const TOKEN = (n: number) => parseUnits(String(n), 18);

/** Issue 10's gas targets: each names the measurement (a key of `gas`) it applies to and its ceiling, in gas. */
const TARGETS: { name: string; measure: string; max: number }[] = [
  { name: "stake (repeat)", measure: "stake (repeat)", max: 85_000 },
  { name: "claim by a repeat claimer", measure: "claim (repeat claimer, 1,000-leaf tree)", max: 60_000 },
  { name: "claimMany per repeat claim", measure: "claimMany per repeat claim", max: 40_000 },
  { name: "claimMany per claim (first claims)", measure: "claimMany per claim", max: 40_000 },
  { name: "propose (k = 3) + finalize, 0 slashes", measure: "propose (k = 3) + finalize, 0 slashes", max: 300_000 },
  { name: "same, with the distributor's first payment", measure: "propose (k = 3) + finalize, 0 slashes, first payment into the distributor", max: 300_000 },
  { name: "same, round 1", measure: "propose (k = 3) + finalize, 0 slashes, round 1", max: 300_000 },
  { name: "per slashed operator", measure: "per slashed operator (propose + finalize)", max: 25_000 },
  { name: "per slashed operator, round 1", measure: "per slashed operator (propose + finalize), round 1", max: 25_000 },
];

/**
 * main's numbers before issue 10's gas work (bench/gas.json at commit ab432ef), for the `before` column. main
 * measured no repeat claim and no round 1: its first claim (which also writes the claimer's zero slot) stands in for
 * the repeat claim, and its finalize was the distributor's first payment; round 1 has no `before`.
 */
const BEFORE: Record<string, string> = {
  "stake (repeat)": "101875",
  "claim (repeat claimer, 1,000-leaf tree)": "99865",
  "claimMany per repeat claim": "54947",
  "claimMany per claim": "54947",
  "propose (k = 3) + finalize, 0 slashes": String(316_508 + 192_994),
  "propose (k = 3) + finalize, 0 slashes, first payment into the distributor": String(316_508 + 192_994),
  "per slashed operator (propose + finalize)": String(Math.floor((613_616 - 316_508 - 2 * (316_508 - 308_800) + 380_621 - 192_994) / 3)),
};

async function main(): Promise<void> {
  const { publicClient, walletClients: w } = await providerClients(hre.network.provider);
  if (hre.network.name !== "hardhat") throw new Error("bench:gas runs on the in-process hardhat network only");
  const setTime = async (t: bigint) => {
    await hre.network.provider.send("evm_setNextBlockTimestamp", [`0x${t.toString(16)}`]);
    await hre.network.provider.send("evm_mine", []);
  };
  const now = async () => (await getBlock(publicClient, { blockTag: "latest" })).timestamp;
  const at = (i: number): AerieWalletClient => {
    const wallet = w[i];
    if (!wallet) throw new Error(`account ${i} is not configured`);
    return wallet;
  };
  const addressOf = (wallet: AerieWalletClient): Address => wallet.account.address;
  const params = resolveDeployParams("hardhat", w.map(addressOf));
  const dep = await deployAerie(at(0), { network: "hardhat", params, fresh: true, path: join(__dirname, "..", "out", "bench-hardhat.json") });
  const addresses = aerieAddresses(dep.book);
  /** Waits for a write's receipt (status checked). */
  const send = async (write: Promise<WriteReturnType>): Promise<TransactionReceipt> => waitForReceipt(publicClient, await write);
  const gov = at(0);
  const gas: Record<string, string> = {};
  const record = (name: string, g: bigint) => {
    gas[name] = g.toString();
  };
  const mintTo = (to: Address, n: number) => send(mint(gov, { addresses, to, amount: TOKEN(n) }));
  const approveTo = (from: AerieWalletClient, spender: Address, n: number) => send(approve(from, { addresses, spender, amount: TOKEN(n) }));

  // operators: 3 trainers (6..8), 3 validators (9..11); delegator 12; creator 5
  const ops = [6, 7, 8, 9, 10, 11].map(at);
  for (const [i, op] of ops.entries()) {
    await mintTo(addressOf(op), 10_000);
    await approveTo(op, addresses.stakingVault, 10_000);
    await send(registerOperator(op, { addresses, commissionBps: 500n, metadataURI: "" }));
    const first = await send(stake(op, { addresses, operator: addressOf(op), amount: TOKEN(1000) }));
    if (i === 0) record("stake (first, self)", first.gasUsed);
    const again = await send(stake(op, { addresses, operator: addressOf(op), amount: TOKEN(1000) }));
    if (i === 0) record("stake (repeat)", again.gasUsed);
  }
  const delegator = at(12);
  const op0 = addressOf(at(6));
  await mintTo(addressOf(delegator), 10_000);
  await approveTo(delegator, addresses.stakingVault, 10_000);
  record("delegate (first)", (await send(stake(delegator, { addresses, operator: op0, amount: TOKEN(100) }))).gasUsed);
  record("delegate (repeat)", (await send(stake(delegator, { addresses, operator: op0, amount: TOKEN(100) }))).gasUsed);
  const unstake = await send(requestUnstake(delegator, { addresses, operator: op0, shares: 10n ** 20n }));
  record("requestUnstake", unstake.gasUsed);
  const [requested] = parseUnstakeRequested(unstake.logs);
  if (!requested) throw new Error("requestUnstake emitted no UnstakeRequested event");
  const unbonding = await readContract(publicClient, { address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "UNBONDING_PERIOD" });
  await setTime((await now()) + unbonding);
  record("withdraw (1 request)", (await send(withdraw(delegator, { addresses, requestIds: [requested.requestId] }))).gasUsed);

  // three tasks, one per committee size
  const creator = at(5);
  await mintTo(addressOf(creator), 100_000);
  await approveTo(creator, addresses.taskRegistry, 100_000);
  const roundDuration = 86_400n;
  const start = (await now()) + 600n;
  const taskIds: bigint[] = [];
  for (let t = 0; t < 3; t++) {
    const spec = { startTime: start, roundDuration, numRounds: 2, rewardPerRound: TOKEN(10_000), minTrainerStake: TOKEN(100), minValidatorStake: TOKEN(100), specHash: keccak256(toHex(`bench-${t}`)), specURI: "bench" };
    const r = await send(createTask(creator, { addresses, spec }));
    if (t === 0) record("createTask", r.gasUsed);
    taskIds.push(BigInt(t + 1));
    for (const [i, op] of ops.entries()) {
      const j = await send(joinTask(op, { addresses, taskId: BigInt(t + 1), role: i < 3 ? Role.Trainer : Role.Validator }));
      if (t === 0 && i === 0) record("joinTask", j.gasUsed);
    }
  }
  // a fourth task (4 rounds, nobody joins) that its creator cancels while round 1 runs: rounds 0 and 1 are kept
  const cancelled = { startTime: start, roundDuration, numRounds: 4, rewardPerRound: TOKEN(1_000), minTrainerStake: 0n, minValidatorStake: 0n, specHash: keccak256(toHex("bench-cancel")), specURI: "bench" };
  await send(createTask(creator, { addresses, spec: cancelled }));
  await setTime(start + roundDuration + 1n);
  record("cancelTask (running round kept)", (await send(cancelTask(creator, { addresses, taskId: 4n }))).gasUsed);

  // a 1,000-leaf cumulative tree per task and round (the six operators plus 994 other accounts); round r pays
  // every account its round-0 amount again, so the cumulative amounts of round r are (r + 1) times round 0's
  const treeOf = (taskId: bigint, round: number) => {
    const values: [bigint, string, bigint][] = ops.map((op) => [taskId, addressOf(op), TOKEN(1) * BigInt(round + 1)]);
    for (let i = 0; values.length < 1000; i++) values.push([taskId, getAddress(keccak256(toHex(`leaf-${taskId}-${i}`)).slice(0, 42)), 10n ** 15n * BigInt(round + 1)]);
    return StandardMerkleTree.of(values, ["uint256", "address", "uint256"]);
  };
  const trees = new Map<bigint, StandardMerkleTree<[bigint, string, bigint]>>();
  for (const taskId of taskIds) trees.set(taskId, treeOf(taskId, 0));
  const totalOf = (taskId: bigint) => [...trees.get(taskId)!.entries()].reduce((s, [, v]) => s + v[2], 0n);

  // committee of 5 (accounts 1..5 are not all members by default: set it)
  const members = [1, 2, 3, 4, 13].map(at);
  const sorted = [...members].sort((a, b) => (addressOf(a).toLowerCase() < addressOf(b).toLowerCase() ? -1 : 1));

  const cases: { taskId: bigint; k: number; slashes: Slash[] }[] = [
    { taskId: taskIds[0], k: 2, slashes: [] },
    { taskId: taskIds[1], k: 3, slashes: [] },
    { taskId: taskIds[2], k: 5, slashes: ops.slice(3).map((op) => ({ operator: addressOf(op), bps: 1000n })).sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1)) },
  ];
  // a typical pointer: an IPFS CIDv1 (59 characters), 66 bytes in all
  const BUNDLE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
  const window = await readContract(publicClient, { address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "CHALLENGE_WINDOW" });
  /** Proposes `round` of every case, then finalizes them in order; returns the gas of each step by case. */
  const settleRound = async (round: bigint) => {
    const proposed: bigint[] = [];
    const proposedAt: bigint[] = [];
    for (const cs of cases) {
      // governance-only call: not an SDK action (no staker, creator or node operator sends it)
      await waitForReceipt(publicClient, {
        hash: await writeContract(gov, { address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "setCommittee", args: [members.map(addressOf), BigInt(cs.k)], account: gov.account, chain: null }),
      });
      const paid = totalOf(cs.taskId);
      const result: RoundResult = { taskId: cs.taskId, round, rewardsRoot: trees.get(cs.taskId)!.root as Hex, totalReward: paid - (paidBefore.get(cs.taskId) ?? 0n), slashesHash: hashSlashes(cs.slashes), bundleHash: zeroHash, bundleURI: BUNDLE_URI };
      paidBefore.set(cs.taskId, paid);
      const signatures = await Promise.all(sorted.slice(0, cs.k).map((m) => signRoundResult(m, { addresses, result })));
      const r = await send(propose(gov, { addresses, result, slashes: cs.slashes, signatures }));
      proposed.push(r.gasUsed);
      proposedAt.push((await getBlock(publicClient, { blockNumber: r.blockNumber })).timestamp);
    }
    await setTime(proposedAt[2]! + window);
    const finalized: bigint[] = [];
    for (const cs of cases) finalized.push((await send(finalize(gov, { addresses, taskId: cs.taskId, round }))).gasUsed);
    return { proposed, finalized };
  };
  const paidBefore = new Map<bigint, bigint>();
  const r0 = await settleRound(0n);
  for (const [i, cs] of cases.entries()) record(`propose (k = ${cs.k}, ${cs.slashes.length} slashes)`, r0.proposed[i]!);
  // task 0's finalize is the first payment ever into the distributor (its token balance goes from zero to non-zero)
  record("finalize (0 slashes, first payment into the distributor)", r0.finalized[0]!);
  record("finalize (0 slashes)", r0.finalized[1]!);
  record("finalize (3 slashes)", r0.finalized[2]!);

  // claims in 1,000-leaf trees
  const proofOf = (taskId: bigint, account: Address) => {
    for (const [i, v] of trees.get(taskId)!.entries()) if (v[1].toLowerCase() === account.toLowerCase()) return { amount: v[2], proof: trees.get(taskId)!.getProof(i) as Hex[] };
    throw new Error("no leaf");
  };
  const a0 = op0;
  const p0 = proofOf(taskIds[0]!, a0);
  record("claim (1,000-leaf tree)", (await send(claim(at(6), { addresses, taskId: taskIds[0]!, account: a0, cumulativeAmount: p0.amount, proof: p0.proof }))).gasUsed);
  const batch = [1, 2, 3, 4, 5].map((i) => {
    const acc = addressOf(ops[i]);
    const p = proofOf(taskIds[1], acc);
    return { taskId: taskIds[1], account: acc, cumulativeAmount: p.amount, proof: p.proof };
  });
  const many = await send(claimMany(gov, { addresses, claims: batch }));
  record("claimMany (5 claims, 1,000-leaf tree)", many.gasUsed);
  record("claimMany per claim", many.gasUsed / 5n);

  // round 1 of the same tasks, once round 1 has ended: the same storage slots again, now non-zero
  for (const taskId of taskIds) trees.set(taskId, treeOf(taskId, 1));
  const round1End = start + 2n * roundDuration;
  if ((await now()) < round1End) await setTime(round1End);
  const r1 = await settleRound(1n);
  for (const [i, cs] of cases.entries()) record(`propose (k = ${cs.k}, ${cs.slashes.length} slashes, round 1)`, r1.proposed[i]!);
  record("finalize (0 slashes, round 1)", r1.finalized[1]!);
  record("finalize (3 slashes, round 1)", r1.finalized[2]!);

  // the same accounts claim again, from round 1's tree
  const p1 = proofOf(taskIds[0]!, a0);
  record("claim (repeat claimer, 1,000-leaf tree)", (await send(claim(at(6), { addresses, taskId: taskIds[0]!, account: a0, cumulativeAmount: p1.amount, proof: p1.proof }))).gasUsed);
  const batch1 = batch.map((c) => {
    const p = proofOf(taskIds[1]!, c.account);
    return { ...c, cumulativeAmount: p.amount, proof: p.proof };
  });
  const many1 = await send(claimMany(gov, { addresses, claims: batch1 }));
  record("claimMany (5 repeat claimers, 1,000-leaf tree)", many1.gasUsed);
  record("claimMany per repeat claim", many1.gasUsed / 5n);

  // derived: propose + finalize of one round, and the marginal gas of a slash (propose and finalize together; the
  // two extra signatures of the k = 5 case are priced by the k = 2 -> k = 3 step)
  const g = (name: string) => BigInt(gas[name] ?? "0");
  record("propose (k = 3) + finalize, 0 slashes", g("propose (k = 3, 0 slashes)") + g("finalize (0 slashes)"));
  record("propose (k = 3) + finalize, 0 slashes, first payment into the distributor", g("propose (k = 3, 0 slashes)") + g("finalize (0 slashes, first payment into the distributor)"));
  record("propose (k = 3) + finalize, 0 slashes, round 1", g("propose (k = 3, 0 slashes, round 1)") + g("finalize (0 slashes, round 1)"));
  const perSlash = (suffix: string) => {
    const signature = g(`propose (k = 3, 0 slashes${suffix})`) - g(`propose (k = 2, 0 slashes${suffix})`);
    const extra = g(`propose (k = 5, 3 slashes${suffix})`) - g(`propose (k = 3, 0 slashes${suffix})`) - 2n * signature + g(`finalize (3 slashes${suffix})`) - g(`finalize (0 slashes${suffix})`);
    return extra / 3n;
  };
  record("per slashed operator (propose + finalize)", perSlash(""));
  record("per slashed operator (propose + finalize), round 1", perSlash(", round 1"));

  const width = Math.max(...Object.keys(gas).map((k) => k.length));
  console.log("operation".padEnd(width) + "  gas");
  for (const [k, v] of Object.entries(gas)) console.log(k.padEnd(width) + "  " + v.padStart(9));
  const outFile = join(__dirname, "gas.json");
  const targets = Object.fromEntries(
    TARGETS.map(({ name, measure, max }) => [name, { max: String(max), now: gas[measure] ?? null, before: BEFORE[measure] ?? null, met: BigInt(gas[measure] ?? "0") <= BigInt(max) }]),
  );
  console.log("\ntarget                                   max      now   before  met");
  for (const [k, v] of Object.entries(targets)) console.log(`${k.padEnd(38)} ${v.max.padStart(7)} ${String(v.now).padStart(8)} ${String(v.before).padStart(8)}  ${v.met ? "yes" : "no"}`);
  writeFileSync(outFile, JSON.stringify({ solc: "0.8.28", optimizerRuns: 10_000, evm: "cancun", network: "hardhat (in-process)", gas, targets }, null, 2) + "\n");
  console.log(`\nwrote ${outFile}`);
}

main().catch((e: unknown) => {
  process.exitCode = printError(e);
});
