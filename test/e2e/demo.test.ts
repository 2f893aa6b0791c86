import { expect } from "chai";
import hre from "hardhat";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getAddress, type Address } from "viem";
import { runDemo, type DemoSummary } from "../../src/demo/run";
import { verifyBundle } from "../../src/aggregator";
import { readContract } from "viem/actions";
import { aerieAddresses, getBalance, getTask, providerClients, readAddressBook, rewardDistributorAbi, stakingVaultAbi, taskRegistryAbi } from "../../src/sdk";

/**
 * The whole demo flow (deploy, 3 rounds with a dishonest validator, slashes, claims, refund) followed by
 * docs/PROTOCOL.md §9 properties 1–3 checked on the final chain state, and every bundle re-verified from its inputs.
 */
describe("e2e: the demo flow", function () {
  let summary: DemoSummary;
  let outDir: string;
  let bookPath: string;

  before(async function () {
    outDir = mkdtempSync(join(tmpdir(), "aerie-demo-"));
    bookPath = join(outDir, "book.json");
    summary = await runDemo(hre, { outDir, bookPath, log: () => {} });
  });

  it("settles three rounds, slashing the dishonest validator 1000 bps in each", function () {
    expect(summary.rounds).to.have.length(3);
    for (const r of summary.rounds) {
      expect(r.slashes).to.have.length(1);
      expect(r.slashes[0].bps).to.equal("1000");
      expect(BigInt(r.slashes[0].amount)).to.be.greaterThan(0n);
      // bps of the stake at the round's start (docs/PROTOCOL.md §3): the pools are never near empty here
      expect(BigInt(r.slashes[0].amount)).to.equal((BigInt(r.slashes[0].base) * 1000n + 9_999n) / 10_000n);
      expect(BigInt(r.totalReward)).to.be.greaterThan(0n);
      expect(BigInt(r.totalReward)).to.be.lessThanOrEqual(10n ** 21n);
    }
  });

  it("takes each round's slash from the validator's stake at that round's start, not from its pool when the slash lands", function () {
    // V3 self-stakes 2,000; D1 and D3 delegate 500 and 700 before round 0 (src/demo/run.ts OPERATORS, DELEGATORS).
    // Round 0's slash (320) lands after round 1 has started, so round 1's base is still 3,200; round 2's is 2,880.
    const E18 = 10n ** 18n;
    expect(summary.rounds.map((r) => BigInt(r.slashes[0].base))).to.deep.equal([3200n * E18, 3200n * E18, 2880n * E18]);
    expect(summary.rounds.map((r) => BigInt(r.slashes[0].amount))).to.deep.equal([320n * E18, 320n * E18, 288n * E18]);
  });

  it("balances the books: claimed = rewarded, budget = rewarded + refunded (nothing left in escrow)", function () {
    const t = summary.totals;
    expect(t.claimed).to.equal(t.rewarded);
    expect(BigInt(t.budget)).to.equal(BigInt(t.rewarded) + BigInt(t.refunded));
    expect(t.budget).to.equal((3n * 10n ** 21n).toString());
    const sumRounds = summary.rounds.reduce((s, r) => s + BigInt(r.totalReward), 0n);
    expect(BigInt(t.rewarded)).to.equal(sumRounds);
    const sumAccounts = summary.accounts.reduce((s, a) => s + BigInt(a.rewarded), 0n);
    expect(sumAccounts).to.equal(sumRounds);
    const slashed = summary.rounds.reduce((s, r) => s + r.slashes.reduce((x, y) => x + BigInt(y.amount), 0n), 0n);
    expect(BigInt(t.slashed)).to.equal(slashed);
  });

  it("slashes the dishonest validator's delegators too, and nobody else", function () {
    const slashedAccounts = summary.accounts.filter((a) => BigInt(a.slashed) > 0n);
    // V3 itself, D1 and D3 (both delegate to V3)
    expect(slashedAccounts.map((a) => a.role).sort()).to.deep.equal(["delegator", "delegator", "validator"]);
    const dishonest = summary.accounts.find((a) => a.role === "validator" && BigInt(a.slashed) > 0n)!;
    expect(dishonest.rewarded).to.equal("0");
    const lost = summary.accounts.reduce((s, a) => s + BigInt(a.slashed), 0n);
    // per-position losses are floored views of the pool cut (rounded up): they never exceed what was cut
    expect(lost).to.be.lessThanOrEqual(BigInt(summary.totals.slashed));
    expect(BigInt(summary.totals.slashed) - lost).to.be.lessThan(10n);
  });

  it("writes bundles that verify byte for byte from their own inputs", async function () {
    const files = readdirSync(outDir).filter((f) => /^task-\d+-round-\d+\.json$/.test(f)).sort();
    expect(files).to.have.length(3);
    for (const [i, f] of files.entries()) {
      const bundle = JSON.parse(readFileSync(join(outDir, f), "utf8"));
      const res = await verifyBundle(bundle);
      expect(res.ok, f).to.equal(true);
      if (res.ok) expect(res.bundleHash).to.equal(summary.rounds[i].bundleHash);
    }
  });

  it("holds docs/PROTOCOL.md §9 properties 1–3 on the final state", async function () {
    const { publicClient } = await providerClients(hre.network.provider);
    const book = readAddressBook(bookPath);
    if (!book) throw new Error(`the demo wrote no address book to ${bookPath}`);
    const addresses = aerieAddresses(book);
    const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
    const balance = async (account: Address) => getBalance(publicClient, { addresses, account });

    // 1. vault balance >= active stake + unbonding of all operators
    const operators = new Set<Address>();
    for (const a of summary.accounts) if (a.role !== "delegator") operators.add(getAddress(a.address));
    let owed = 0n;
    for (const op of operators) {
      owed += await readContract(publicClient, { ...vault, functionName: "stakeOf", args: [op] });
      const [unbonding] = await readContract(publicClient, { ...vault, functionName: "unbondingOf", args: [op] });
      owed += unbonding;
    }
    expect(await balance(addresses.stakingVault)).to.be.greaterThanOrEqual(owed);

    // 2. registry balance >= unallocated budget of all tasks
    const count = await readContract(publicClient, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "taskCount" });
    let escrowed = 0n;
    for (let id = 1n; id <= count; id++) {
      const t = await getTask(publicClient, { addresses, taskId: id });
      escrowed += t.escrow + t.refundable;
    }
    expect(await balance(addresses.taskRegistry)).to.be.greaterThanOrEqual(escrowed);

    // 3. distributor pays a task at most its allocated total, and holds what it still owes
    const rewards = await readContract(publicClient, { address: addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [BigInt(summary.taskId)] });
    expect(rewards.claimedTotal).to.equal(BigInt(summary.totals.claimed));
    expect(rewards.claimedTotal).to.be.lessThanOrEqual(rewards.allocated);
    expect(await balance(addresses.rewardDistributor)).to.be.greaterThanOrEqual(rewards.allocated - rewards.claimedTotal);
  });
});
