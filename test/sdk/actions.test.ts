import { expect } from "chai";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { encodeFunctionData, keccak256, toHex, zeroHash, type Address } from "viem";
import { estimateContractGas, getTransaction, getTransactionCount, readContract, writeContract } from "viem/actions";
import {
  approve,
  challenge,
  claim,
  claimAndRestake,
  claimMany,
  ContractRevertError,
  createTask,
  finalize,
  getAllowance,
  getBalance,
  getClaimable,
  getOperator,
  getOperators,
  getPosition,
  getPositions,
  getRoundStatus,
  getTask,
  getUnstakeRequests,
  joinTask,
  parseTaskCreated,
  parseUnstakeRequested,
  PreconditionError,
  propose,
  requestUnstake,
  rewardDistributorAbi,
  Role,
  RoundStatus,
  SettlementStatus,
  signRoundResult,
  skipRound,
  stake,
  stakeRequest,
  stakeWithPermit,
  stakingVaultAbi,
  withdraw,
  withGasMargin,
} from "../../src/sdk";
import { hashSlashes } from "../../src/lib/eip712";
import { sdkSystem, TOKEN } from "./fixture";

/** The shares a first stake of `assets` wei mints in an empty pool: assets × (0 + 1e6) / (0 + 1). */
const firstShares = (assets: bigint) => assets * 1_000_000n;

/** Expect a promise to reject with a decoded ContractRevertError of `name` and `args`. */
async function expectRevert(p: Promise<unknown>, name: string, args: readonly unknown[]): Promise<ContractRevertError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ContractRevertError);
    if (!(e instanceof ContractRevertError)) throw e;
    expect(e.errorName).to.equal(name);
    expect(e.args).to.deep.equal(args);
    expect(e.message.split("\n")).to.have.length(1);
    return e;
  }
  throw new Error(`expected a revert with ${name}`);
}

describe("sdk: actions against the in-process network", function () {
  describe("staking", function () {
    it("stake: exact shares, value and balances; getOperator and getPosition read them", async function () {
      const { publicClient, at, addresses, operator, stakeTo } = await loadFixture(sdkSystem);
      const op = operator.account.address;
      const delegator = at(7).account.address;
      await stakeTo(operator, op, TOKEN(1000));
      await stakeTo(at(7), op, TOKEN(250));
      const position = await getPosition(publicClient, { addresses, operator: op, account: delegator });
      // second stake: 250e18 × (1e27 + 1e6) / (1000e18 + 1) shares
      const shares = (TOKEN(250) * (firstShares(TOKEN(1000)) + 1_000_000n)) / (TOKEN(1000) + 1n);
      expect(position).to.deep.equal({
        operator: op,
        account: delegator,
        shares,
        assets: (shares * (TOKEN(1250) + 1n)) / (firstShares(TOKEN(1000)) + shares + 1_000_000n),
        poolStake: TOKEN(1250),
        poolShares: firstShares(TOKEN(1000)) + shares,
      });
      expect(await getBalance(publicClient, { addresses, account: delegator })).to.equal(TOKEN(9750));
      expect(await getBalance(publicClient, { addresses, account: addresses.stakingVault })).to.equal(TOKEN(1250));
      expect(await getOperator(publicClient, { addresses, operator: op })).to.deep.equal({
        operator: op,
        registered: true,
        commissionBps: 500n,
        pendingCommission: null,
        stake: TOKEN(1250),
        totalShares: firstShares(TOKEN(1000)) + shares,
        unbonding: { assets: 0n, shares: 0n },
        pendingSlashes: 0n,
      });
      const operators = await getOperators(publicClient, { addresses });
      expect(operators.map((o) => [o.operator, o.metadataURI, o.stake])).to.deep.equal([[op, "https://op6.example", TOKEN(1250)]]);
      const positions = await getPositions(publicClient, { addresses, account: delegator });
      expect(positions.map((p) => [p.operator, p.shares])).to.deep.equal([[op, shares]]);
    });

    it("stakeWithPermit: stakes without a prior approve, in one transaction", async function () {
      const { publicClient, at, addresses, operator, mined } = await loadFixture(sdkSystem);
      const staker = at(8);
      const nonceBefore = await getTransactionCount(publicClient, { address: staker.account.address });
      await mined(stakeWithPermit(staker, { addresses, operator: operator.account.address, amount: TOKEN(400) }));
      expect(await getTransactionCount(publicClient, { address: staker.account.address })).to.equal(nonceBefore + 1);
      expect(await getBalance(publicClient, { addresses, account: staker.account.address })).to.equal(TOKEN(9600));
      expect(await getAllowance(publicClient, { addresses, owner: staker.account.address, spender: addresses.stakingVault })).to.equal(0n);
      const p = await getPosition(publicClient, { addresses, operator: operator.account.address, account: staker.account.address });
      expect([p.shares, p.assets]).to.deep.equal([firstShares(TOKEN(400)), TOKEN(400)]);
    });

    it("stakeWithPermit: an expired permit decodes to the token's allowance error (the permit failure is ignored)", async function () {
      const { at, addresses, operator } = await loadFixture(sdkSystem);
      await expectRevert(
        stakeWithPermit(at(8), { addresses, operator: operator.account.address, amount: TOKEN(1), deadline: 1n }),
        "ERC20InsufficientAllowance",
        [addresses.stakingVault, 0n, TOKEN(1)],
      );
    });

    it("a revert is decoded with its arguments and a hint, and nothing is sent", async function () {
      const { publicClient, at, addresses, operator } = await loadFixture(sdkSystem);
      const sender = at(9);
      const before = await getTransactionCount(publicClient, { address: sender.account.address });
      const e = await expectRevert(stake(sender, { addresses, operator: operator.account.address, amount: TOKEN(5) }), "ERC20InsufficientAllowance", [
        addresses.stakingVault,
        0n,
        TOKEN(5),
      ]);
      expect(e.message).to.equal(
        `stake reverted: ERC20InsufficientAllowance(${addresses.stakingVault}, 0, ${TOKEN(5)}): ${addresses.stakingVault} may pull only 0 wei (0 tokens), needs ${TOKEN(5)} wei (5 tokens): approve it first`,
      );
      const notOperator = at(10).account.address;
      await expectRevert(stake(sender, { addresses, operator: notOperator, amount: TOKEN(5) }), "StakingVaultNotRegistered", [notOperator]);
      expect(await getTransactionCount(publicClient, { address: sender.account.address })).to.equal(before);
    });

    it("writes default to gas = estimate × 1.25 and honour an explicit gas and nonce", async function () {
      const { publicClient, addresses, operator, mined } = await loadFixture(sdkSystem);
      const op = operator.account.address;
      await mined(approve(operator, { addresses, spender: addresses.stakingVault, amount: TOKEN(100) }));
      const request = stakeRequest({ addresses, operator: op, amount: TOKEN(10) });
      const estimate = await estimateContractGas(publicClient, { ...request, account: op });
      const { hash } = await stake(operator, { addresses, operator: op, amount: TOKEN(10) });
      expect((await getTransaction(publicClient, { hash })).gas).to.equal(withGasMargin(estimate));
      expect(withGasMargin(estimate)).to.equal((estimate * 125n) / 100n);
      const nonce = await getTransactionCount(publicClient, { address: op });
      const second = await stake(operator, { addresses, operator: op, amount: TOKEN(10), gas: 500_000n, nonce });
      const tx = await getTransaction(publicClient, { hash: second.hash });
      expect([tx.gas, tx.nonce]).to.deep.equal([500_000n, nonce]);
    });

    it("request builders are pure, typed calls viem's writeContract accepts", async function () {
      const { publicClient, addresses, operator, mined } = await loadFixture(sdkSystem);
      const op = operator.account.address;
      const request = stakeRequest({ addresses, operator: op, amount: TOKEN(3) });
      expect(request).to.deep.equal({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "stake", args: [op, TOKEN(3)] });
      expect(encodeFunctionData(request)).to.equal(encodeFunctionData({ abi: stakingVaultAbi, functionName: "stake", args: [op, TOKEN(3)] }));
      await mined(approve(operator, { addresses, spender: addresses.stakingVault, amount: TOKEN(3) }));
      const hash = await writeContract(operator, { ...request, account: operator.account, chain: null });
      await mined(Promise.resolve({ hash }));
      expect((await getPosition(publicClient, { addresses, operator: op, account: op })).assets).to.equal(TOKEN(3));
    });

    it("requestUnstake → getUnstakeRequests → withdraw after the unbonding period", async function () {
      const { publicClient, addresses, operator, stakeTo, mined, params } = await loadFixture(sdkSystem);
      const op = operator.account.address;
      await stakeTo(operator, op, TOKEN(1000));
      const receipt = await mined(requestUnstake(operator, { addresses, operator: op, shares: firstShares(TOKEN(400)) }));
      const [event] = parseUnstakeRequested(receipt.logs);
      if (!event) throw new Error("no UnstakeRequested event");
      expect([event.requestId, event.operator, event.account, event.shares]).to.deep.equal([1n, op, op, firstShares(TOKEN(400))]);
      const requests = await getUnstakeRequests(publicClient, { addresses, account: op });
      expect(requests).to.have.length(1);
      expect(requests[0]).to.include({ requestId: 1n, operator: op, assets: TOKEN(400), unlockTime: event.unlockTime, withdrawn: false, withdrawable: false });
      await expectRevert(withdraw(operator, { addresses, requestIds: [1n] }), "StakingVaultRequestLocked", [1n, event.unlockTime, BigInt(await time.latest())]);
      await time.increaseTo(event.unlockTime);
      expect((await getUnstakeRequests(publicClient, { addresses, account: op }))[0]?.withdrawable).to.equal(true);
      const before = await getBalance(publicClient, { addresses, account: op });
      await mined(withdraw(operator, { addresses, requestIds: [1n] }));
      expect((await getBalance(publicClient, { addresses, account: op })) - before).to.equal(TOKEN(400));
      expect(await getUnstakeRequests(publicClient, { addresses, account: op })).to.deep.equal([]);
      const all = await getUnstakeRequests(publicClient, { addresses, account: op, includeWithdrawn: true });
      expect(all.map((r) => [r.requestId, r.withdrawn, r.shares])).to.deep.equal([[1n, true, 0n]]);
      expect(BigInt(params.unbondingPeriodSeconds)).to.equal(1_209_600n);
    });
  });

  describe("tasks, rounds and claims", function () {
    /** A task of 2 one-day rounds (1,000 tokens each) with account 6 as trainer, and a finalized round 0 whose
     * cumulative tree pays accounts 6, 7, 8 and 9. */
    async function settledRound() {
      const s = await sdkSystem();
      const { publicClient, at, addresses, operator, stakeTo, mined } = s;
      const op = operator.account.address;
      await stakeTo(operator, op, TOKEN(1000));
      const creator = at(5);
      await mined(approve(creator, { addresses, spender: addresses.taskRegistry, amount: TOKEN(2000) }));
      const startTime = BigInt(await time.latest()) + 600n;
      const spec = { startTime, roundDuration: 86_400n, numRounds: 2, rewardPerRound: TOKEN(1000), minTrainerStake: TOKEN(100), minValidatorStake: TOKEN(100), specHash: keccak256(toHex("sdk-test")), specURI: "file://spec.json" };
      const created = await mined(createTask(creator, { addresses, spec }));
      const [event] = parseTaskCreated(created.logs);
      if (!event) throw new Error("no TaskCreated event");
      const taskId = event.taskId;
      await mined(joinTask(operator, { addresses, taskId, role: Role.Trainer }));
      const statusBefore = await getRoundStatus(publicClient, { addresses, taskId, round: 0n });
      await time.increaseTo(startTime + 86_400n);
      const accounts: Address[] = [6, 7, 8, 9].map((i) => at(i).account.address);
      const amounts = [TOKEN(400), TOKEN(300), TOKEN(200), TOKEN(100)];
      const tree = StandardMerkleTree.of(accounts.map((a, i) => [taskId.toString(), a, amounts[i]!.toString()]), ["uint256", "address", "uint256"]);
      const bundle = { taskId: taskId.toString(), round: "0", merkle: { root: tree.root, tree: tree.dump() } };
      const result = { taskId, round: 0n, rewardsRoot: `0x${tree.root.slice(2)}` as const, totalReward: TOKEN(1000), slashesHash: hashSlashes([]), bundleHash: zeroHash, bundleURI: "ipfs://bundle" };
      const signatures = await Promise.all([1, 2].map((i) => signRoundResult(at(i), { addresses, result })));
      const proposed = await mined(propose(at(3), { addresses, result, slashes: [], signatures }));
      const statusProposed = await getRoundStatus(publicClient, { addresses, taskId, round: 0n });
      await time.increaseTo(statusProposed.proposal!.finalizableAt);
      const statusFinalizable = await getRoundStatus(publicClient, { addresses, taskId, round: 0n });
      await mined(finalize(at(3), { addresses, taskId, round: 0n }));
      return { ...s, op, taskId, startTime, accounts, amounts, bundle, statusBefore, statusProposed, statusFinalizable, proposed };
    }

    it("getTask reads the task; an unknown id is a decoded TaskRegistryUnknownTask", async function () {
      const { publicClient, addresses, taskId, startTime, at } = await loadFixture(settledRound);
      const task = await getTask(publicClient, { addresses, taskId });
      expect(task).to.include({ taskId, creator: at(5).account.address, startTime, roundDuration: 86_400n, numRounds: 2, activeRounds: 2, cancelled: false, rewardPerRound: TOKEN(1000) });
      expect(task.escrow).to.equal(TOKEN(1000));
      const e = await expectRevert(getTask(publicClient, { addresses, taskId: 99n }), "TaskRegistryUnknownTask", [99n]);
      expect(e.message).to.equal("getTask reverted: TaskRegistryUnknownTask(99): task 99 does not exist: check the id");
    });

    it("getRoundStatus follows a round from pending to finalized, and flags a skippable round", async function () {
      const { publicClient, addresses, taskId, startTime, statusBefore, statusProposed, statusFinalizable, at, mined, params } = await loadFixture(settledRound);
      expect(statusBefore).to.include({ status: RoundStatus.Pending, settlement: SettlementStatus.None, roundStart: startTime, roundEnd: startTime + 86_400n, nextRound: 0n });
      expect(statusProposed).to.include({ status: RoundStatus.Proposed, settlement: SettlementStatus.Proposed });
      expect(statusProposed.proposal?.proposer).to.equal(at(3).account.address);
      expect(statusFinalizable.status).to.equal(RoundStatus.Finalizable);
      const final = await getRoundStatus(publicClient, { addresses, taskId, round: 0n });
      expect(final).to.include({ status: RoundStatus.Finalized, settlement: SettlementStatus.Finalized, nextRound: 1n, proposal: null, challengeReason: null });
      const round1 = await getRoundStatus(publicClient, { addresses, taskId, round: 1n });
      expect(round1.timestamp).to.be.greaterThanOrEqual(round1.roundEnd);
      // round 0 became final a challenge window after round 1 had ended
      expect(round1.status).to.equal(RoundStatus.AwaitingResult);
      await time.increaseTo(round1.deadline);
      expect((await getRoundStatus(publicClient, { addresses, taskId, round: 1n })).status).to.equal(RoundStatus.Skippable);
      await mined(skipRound(at(3), { addresses, taskId, round: 1n }));
      expect(await getRoundStatus(publicClient, { addresses, taskId, round: 1n })).to.include({ status: RoundStatus.Skipped, settlement: SettlementStatus.Skipped });
      expect(round1.deadline).to.equal(startTime + 2n * 86_400n + BigInt(params.resultDeadlineSeconds));
    });

    it("getClaimable = cumulative − claimed; claim pays exactly that", async function () {
      const { publicClient, addresses, bundle, accounts, taskId, at, mined } = await loadFixture(settledRound);
      const account = accounts[1]!;
      const c = await getClaimable(publicClient, { addresses, account, bundle });
      expect(c).to.include({ taskId, account, cumulativeAmount: TOKEN(300), claimed: 0n, claimable: TOKEN(300) });
      const before = await getBalance(publicClient, { addresses, account });
      await mined(claim(at(12), { addresses, taskId, account, cumulativeAmount: c.cumulativeAmount, proof: c.proof }));
      expect((await getBalance(publicClient, { addresses, account })) - before).to.equal(TOKEN(300));
      expect(await getClaimable(publicClient, { addresses, account, bundle })).to.include({ claimed: TOKEN(300), claimable: 0n });
      await expectRevert(claim(at(12), { addresses, taskId, account, cumulativeAmount: c.cumulativeAmount, proof: c.proof }), "RewardDistributorNothingToClaim", [
        taskId,
        account,
        TOKEN(300),
        TOKEN(300),
      ]);
      const outsider = at(14).account.address;
      expect(await getClaimable(publicClient, { addresses, account: outsider, bundle })).to.include({ cumulativeAmount: 0n, claimable: 0n });
    });

    it("getClaimable refuses a bundle whose root is not the on-chain root", async function () {
      const { publicClient, addresses, bundle, accounts, taskId } = await loadFixture(settledRound);
      const other = StandardMerkleTree.of([[taskId.toString(), accounts[0]!, "1"]], ["uint256", "address", "uint256"]);
      const stale = { ...bundle, merkle: { root: other.root, tree: other.dump() } };
      try {
        await getClaimable(publicClient, { addresses, account: accounts[0]!, bundle: stale });
        expect.fail("no error");
      } catch (e) {
        expect(e).to.be.instanceOf(PreconditionError);
        expect((e as Error).message).to.equal(`the bundle's root ${other.root} is not task ${taskId}'s on-chain root ${bundle.merkle.root}: use the latest finalized round's bundle`);
      }
    });

    it("claimMany pays several accounts in one transaction; claimAndRestake stakes the caller's rewards", async function () {
      const { publicClient, addresses, bundle, accounts, taskId, at, mined, op } = await loadFixture(settledRound);
      const [a6, , a8, a9] = accounts;
      const claims = await Promise.all([a8!, a9!].map((account) => getClaimable(publicClient, { addresses, account, bundle })));
      const before = await Promise.all([a8!, a9!].map((account) => getBalance(publicClient, { addresses, account })));
      await mined(claimMany(at(13), { addresses, claims: claims.map((c) => ({ taskId, account: c.account, cumulativeAmount: c.cumulativeAmount, proof: c.proof })) }));
      const after = await Promise.all([a8!, a9!].map((account) => getBalance(publicClient, { addresses, account })));
      expect([after[0]! - before[0]!, after[1]! - before[1]!]).to.deep.equal([TOKEN(200), TOKEN(100)]);
      const mine = await getClaimable(publicClient, { addresses, account: a6!, bundle });
      const sharesBefore = (await getPosition(publicClient, { addresses, operator: op, account: a6! })).shares;
      await mined(claimAndRestake(at(6), { addresses, taskId, cumulativeAmount: mine.cumulativeAmount, proof: mine.proof, operator: op }));
      const position = await getPosition(publicClient, { addresses, operator: op, account: a6! });
      // 400e18 more into a pool of 1000e18 assets and 1e27 shares
      expect(position.shares - sharesBefore).to.equal((TOKEN(400) * (firstShares(TOKEN(1000)) + 1_000_000n)) / (TOKEN(1000) + 1n));
      expect(position.poolStake).to.equal(TOKEN(1400));
      const rewards = await readContract(publicClient, { address: addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [taskId] });
      expect([rewards.allocated, rewards.claimedTotal]).to.deep.equal([TOKEN(1000), TOKEN(700)]);
    });

    it("propose refuses a signature that does not recover to its signer, before sending", async function () {
      const { at, addresses, taskId, publicClient } = await loadFixture(settledRound);
      const result = { taskId, round: 1n, rewardsRoot: keccak256(toHex("r")), totalReward: 1n, slashesHash: hashSlashes([]), bundleHash: zeroHash, bundleURI: "ipfs://bundle" };
      const good = await signRoundResult(at(1), { addresses, result });
      const before = await getTransactionCount(publicClient, { address: at(3).account.address });
      try {
        await propose(at(3), { addresses, result, slashes: [], signatures: [good, { signer: at(2).account.address, signature: good.signature }] });
        expect.fail("no error");
      } catch (e) {
        expect(e).to.be.instanceOf(PreconditionError);
        expect((e as Error).message).to.equal(`the signature given for ${at(2).account.address} was made by ${at(1).account.address} or over another result: ask that member to sign this result again`);
      }
      expect(await getTransactionCount(publicClient, { address: at(3).account.address })).to.equal(before);
    });

    it("challenge: a non-guardian's decodes RoundSettlementNotGuardian; the guardian's makes the round Challenged", async function () {
      const { publicClient, at, addresses, taskId, bundle, mined } = await loadFixture(settledRound);
      await expectRevert(challenge(at(7), { addresses, taskId, round: 1n, reason: "wrong" }), "RoundSettlementNotGuardian", [at(7).account.address]);
      const result = { taskId, round: 1n, rewardsRoot: `0x${bundle.merkle.root.slice(2)}` as const, totalReward: TOKEN(1), slashesHash: hashSlashes([]), bundleHash: zeroHash, bundleURI: "ipfs://bundle" };
      const signatures = await Promise.all([1, 2].map((i) => signRoundResult(at(i), { addresses, result })));
      await mined(propose(at(3), { addresses, result, slashes: [], signatures }));
      // account 4 is the guardian (config/deploy.json, hardhat)
      await mined(challenge(at(4), { addresses, taskId, round: 1n, reason: "stakes do not match the chain" }));
      const status = await getRoundStatus(publicClient, { addresses, taskId, round: 1n });
      expect(status).to.include({ status: RoundStatus.Challenged, settlement: SettlementStatus.None, challengeReason: "stakes do not match the chain", proposal: null });
    });
  });
});

