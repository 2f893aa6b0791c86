/**
 * `npm run bench:gas` — gas of Aerie's main operations on the in-process Hardhat network.
 * Prints a table and writes bench/gas.json. A benchmark, not a test: it asserts nothing about the numbers.
 *
 * Measured: stake (first and repeat), delegate, requestUnstake, withdraw, createTask, joinTask, propose with
 * k = 2, 3, 5 signatures, finalize with 0 and 3 slashes, claim in a 1,000-leaf tree, claimMany of 5 claims.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import hre from "hardhat";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { getAddress, keccak256, parseUnits, toHex, zeroHash, type Address, type Hex, type WalletClient } from "viem";
import { addressOf, chainContext, send } from "../src/chain/context";
import { deployAerie, deployedContracts, resolveDeployParams } from "../src/chain/deploy";
import type { Contracts } from "../src/chain/actions";
import { hashSlashes, ROUND_RESULT_TYPES, settlementDomain, type RoundResult, type Slash } from "../src/lib/eip712";

const TOKEN = (n: number) => parseUnits(String(n), 18);

async function main(): Promise<void> {
  const ctx = await chainContext(hre);
  if (ctx.network !== "hardhat") throw new Error("bench:gas runs on the in-process hardhat network only");
  const setTime = async (t: bigint) => {
    await hre.network.provider.send("evm_setNextBlockTimestamp", [`0x${t.toString(16)}`]);
    await hre.network.provider.send("evm_mine", []);
  };
  const now = async () => (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  const dep = await deployAerie(ctx, resolveDeployParams(ctx), join(__dirname, "..", "out", "bench-hardhat.json"));
  const c: Contracts = await deployedContracts(ctx, dep.book);
  const w = ctx.wallets;
  const gov = w[0];
  const gas: Record<string, string> = {};
  const record = (name: string, g: bigint) => {
    gas[name] = g.toString();
  };
  const mint = (to: Address, n: number) => send(ctx, gov, { ...c.token, functionName: "mint", args: [to, TOKEN(n)] });
  const approve = (from: WalletClient, spender: Address, n: number) => send(ctx, from, { ...c.token, functionName: "approve", args: [spender, TOKEN(n)] });

  // operators: 3 trainers (6..8), 3 validators (9..11); delegator 12; creator 5
  const ops = [6, 7, 8, 9, 10, 11].map((i) => w[i]);
  for (const [i, op] of ops.entries()) {
    await mint(addressOf(op), 10_000);
    await approve(op, c.vault.address, 10_000);
    await send(ctx, op, { ...c.vault, functionName: "registerOperator", args: [500n, ""] });
    const first = await send(ctx, op, { ...c.vault, functionName: "stake", args: [addressOf(op), TOKEN(1000)] });
    if (i === 0) record("stake (first, self)", first.gasUsed);
    const again = await send(ctx, op, { ...c.vault, functionName: "stake", args: [addressOf(op), TOKEN(1000)] });
    if (i === 0) record("stake (repeat)", again.gasUsed);
  }
  const delegator = w[12];
  await mint(addressOf(delegator), 10_000);
  await approve(delegator, c.vault.address, 10_000);
  record("delegate (first)", (await send(ctx, delegator, { ...c.vault, functionName: "stake", args: [addressOf(ops[0]), TOKEN(100)] })).gasUsed);
  record("delegate (repeat)", (await send(ctx, delegator, { ...c.vault, functionName: "stake", args: [addressOf(ops[0]), TOKEN(100)] })).gasUsed);
  const unstake = await send(ctx, delegator, { ...c.vault, functionName: "requestUnstake", args: [addressOf(ops[0]), 10n ** 20n] });
  record("requestUnstake", unstake.gasUsed);
  const requestId = ((await ctx.publicClient.readContract({ ...c.vault, functionName: "nextRequestId" })) as bigint) - 1n;
  const unbonding = (await ctx.publicClient.readContract({ ...c.vault, functionName: "UNBONDING_PERIOD" })) as bigint;
  await setTime((await now()) + unbonding);
  record("withdraw (1 request)", (await send(ctx, delegator, { ...c.vault, functionName: "withdraw", args: [[requestId]] })).gasUsed);

  // three tasks, one per committee size
  const creator = w[5];
  await mint(addressOf(creator), 100_000);
  await approve(creator, c.registry.address, 100_000);
  const roundDuration = 86_400n;
  const start = (await now()) + 600n;
  const taskIds: bigint[] = [];
  for (let t = 0; t < 3; t++) {
    const spec = { startTime: start, roundDuration, numRounds: 2, rewardPerRound: TOKEN(10_000), minTrainerStake: TOKEN(100), minValidatorStake: TOKEN(100), specHash: keccak256(toHex(`bench-${t}`)), specURI: "bench" };
    const r = await send(ctx, creator, { ...c.registry, functionName: "createTask", args: [spec] });
    if (t === 0) record("createTask", r.gasUsed);
    taskIds.push(BigInt(t + 1));
    for (const [i, op] of ops.entries()) {
      const j = await send(ctx, op, { ...c.registry, functionName: "joinTask", args: [BigInt(t + 1), i < 3 ? 1 : 2] });
      if (t === 0 && i === 0) record("joinTask", j.gasUsed);
    }
  }
  await setTime(start + roundDuration + 1n);

  // a 1,000-leaf cumulative tree per task (the six operators plus 994 other accounts)
  const trees = new Map<bigint, StandardMerkleTree<[bigint, string, bigint]>>();
  for (const taskId of taskIds) {
    const values: [bigint, string, bigint][] = ops.map((op) => [taskId, addressOf(op), TOKEN(1)]);
    for (let i = 0; values.length < 1000; i++) values.push([taskId, getAddress(keccak256(toHex(`leaf-${taskId}-${i}`)).slice(0, 42)), 10n ** 15n]);
    trees.set(taskId, StandardMerkleTree.of(values, ["uint256", "address", "uint256"]));
  }
  const totalOf = (taskId: bigint) => [...trees.get(taskId)!.entries()].reduce((s, [, v]) => s + v[2], 0n);

  // committee of 5 (accounts 1..5 are not all members by default: set it)
  const members = [1, 2, 3, 4, 13].map((i) => w[i]);
  const sorted = [...members].sort((a, b) => (addressOf(a).toLowerCase() < addressOf(b).toLowerCase() ? -1 : 1));
  const sign = async (m: WalletClient, result: RoundResult) =>
    m.signTypedData({ account: m.account!, domain: settlementDomain(ctx.chainId, c.settlement.address), types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result });

  const cases: { taskId: bigint; k: number; slashes: Slash[] }[] = [
    { taskId: taskIds[0], k: 2, slashes: [] },
    { taskId: taskIds[1], k: 3, slashes: [] },
    { taskId: taskIds[2], k: 5, slashes: ops.slice(3).map((op) => ({ operator: addressOf(op), bps: 1000n })).sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1)) },
  ];
  // a typical pointer: an IPFS CIDv1 (59 characters), 66 bytes in all
  const BUNDLE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
  const proposedAt: bigint[] = [];
  for (const cs of cases) {
    await send(ctx, gov, { ...c.settlement, functionName: "setCommittee", args: [members.map(addressOf), BigInt(cs.k)] });
    const result: RoundResult = { taskId: cs.taskId, round: 0n, rewardsRoot: trees.get(cs.taskId)!.root as Hex, totalReward: totalOf(cs.taskId), slashesHash: hashSlashes(cs.slashes), bundleHash: zeroHash, bundleURI: BUNDLE_URI };
    const sigs: Hex[] = [];
    for (const m of sorted.slice(0, cs.k)) sigs.push(await sign(m, result));
    const r = await send(ctx, gov, { ...c.settlement, functionName: "propose", args: [result, cs.slashes, sigs] });
    record(`propose (k = ${cs.k}, ${cs.slashes.length} slashes)`, r.gasUsed);
    proposedAt.push((await ctx.publicClient.getBlock({ blockNumber: r.blockNumber })).timestamp);
  }
  const window = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
  await setTime(proposedAt[2] + window);
  record("finalize (0 slashes)", (await send(ctx, gov, { ...c.settlement, functionName: "finalize", args: [taskIds[0], 0n] })).gasUsed);
  await send(ctx, gov, { ...c.settlement, functionName: "finalize", args: [taskIds[1], 0n] });
  record("finalize (3 slashes)", (await send(ctx, gov, { ...c.settlement, functionName: "finalize", args: [taskIds[2], 0n] })).gasUsed);

  // claims in 1,000-leaf trees
  const proofOf = (taskId: bigint, account: Address) => {
    for (const [i, v] of trees.get(taskId)!.entries()) if (v[1].toLowerCase() === account.toLowerCase()) return { amount: v[2], proof: trees.get(taskId)!.getProof(i) as Hex[] };
    throw new Error("no leaf");
  };
  const a0 = addressOf(ops[0]);
  const p0 = proofOf(taskIds[0], a0);
  record("claim (1,000-leaf tree)", (await send(ctx, ops[0], { ...c.distributor, functionName: "claim", args: [taskIds[0], a0, p0.amount, p0.proof] })).gasUsed);
  const batch = [1, 2, 3, 4, 5].map((i) => {
    const acc = addressOf(ops[i]);
    const p = proofOf(taskIds[1], acc);
    return { taskId: taskIds[1], account: acc, cumulativeAmount: p.amount, proof: p.proof };
  });
  const many = await send(ctx, gov, { ...c.distributor, functionName: "claimMany", args: [batch] });
  record("claimMany (5 claims, 1,000-leaf tree)", many.gasUsed);
  record("claimMany per claim", many.gasUsed / 5n);

  const width = Math.max(...Object.keys(gas).map((k) => k.length));
  console.log("operation".padEnd(width) + "  gas");
  for (const [k, v] of Object.entries(gas)) console.log(k.padEnd(width) + "  " + v.padStart(9));
  const outFile = join(__dirname, "gas.json");
  writeFileSync(outFile, JSON.stringify({ solc: "0.8.28", optimizerRuns: 10_000, evm: "cancun", network: "hardhat (in-process)", gas }, null, 2) + "\n");
  console.log(`\nwrote ${outFile}`);
}

main().catch((e: unknown) => {
  const err = e as { shortMessage?: string; message?: string };
  console.error(`bench:gas failed: ${err.shortMessage ?? err.message ?? String(e)}`);
  process.exitCode = 1;
});
