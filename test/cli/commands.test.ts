import { expect } from "chai";
import hre from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getAddress, keccak256, parseUnits, toBytes, type Address } from "viem";

import { buildRewardsTree } from "../../src/aggregator/merkle";
import { computeRound } from "../../src/aggregator/round";
import { bundleToInputs } from "../../src/aggregator/verify";
import { bundlePath } from "../../src/io/bundleStore";
import { inboxPath } from "../../src/io/inbox";
import { openProofsFile, proofsPathFor } from "../../src/io/proofsFile";
import { cli } from "./helpers";

const SPEC = "examples/tasks/demo-3-rounds.json";
const E18 = 10n ** 18n;

/**
 * Every command of the CLI, run in-process against the in-process Hardhat network, in the order a deployment lives
 * through them: deploy, fund, register and stake, create and join a task, deliver messages, aggregate, verify, sign,
 * propose, finalize, claim, unstake and withdraw, skip and refund. Each asserts the exact output (human or JSON).
 */
describe("CLI commands (in-process, hardhat network)", function () {
  let dir: string;
  let inbox: string;
  let bundles: string;
  let accounts: Address[];
  const A = (i: number) => accounts[i]!;
  const run = (...args: string[]) => cli(["--network", "hardhat", "--deployments", dir, ...args]);
  let bundle0: string;
  let totalReward0: bigint;

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-cli-"));
    inbox = join(dir, "inbox");
    bundles = join(dir, "bundles");
    accounts = (await hre.viem.getWalletClients()).map((w) => getAddress(w.account.address));
  });

  describe("deploy", function () {
    it("deploys the five contracts and writes the address book", async function () {
      const r = await run("deploy", "--json");
      expect(r.code, r.err).to.equal(0);
      const names = r.json().contracts.map((c: { name: string; deployed: boolean }) => `${c.name}:${c.deployed}`);
      expect(names).to.deep.equal(["AerieTestToken:true", "StakingVault:true", "TaskRegistry:true", "RewardDistributor:true", "RoundSettlement:true"]);
      expect(JSON.parse(readFileSync(join(dir, "31337.json"), "utf8"))).to.include({ version: 2, chainId: 31337, network: "hardhat" });
      expect(r.json().path).to.equal(join(dir, "31337.json"));
    });
  });

  describe("mint", function () {
    it("mints test tokens to each actor", async function () {
      for (const i of [5, 6, 7, 9, 10, 12]) {
        const r = await run("mint", "--to", A(i), "--amount", "5000");
        expect(r.out).to.equal(`minted 5000 tokens to ${A(i)}\n`);
      }
    });
    it("refuses a malformed amount before touching the chain", async function () {
      const r = await run("mint", "--to", A(5), "--amount", "1e3");
      expect(r.code).to.equal(1);
      expect(r.err).to.equal("error: --amount: expected an amount of tokens like 100 or 12.5, got '1e3'\n");
    });
  });

  describe("register, stake, position", function () {
    it("registers operators once", async function () {
      const first = await run("register", "--account", "6", "--commission-bps", "500", "--json");
      expect(first.json()).to.include({ operator: A(6), registered: true });
      const again = await run("register", "--account", "6", "--commission-bps", "500");
      expect(again.out).to.equal(`${A(6)} is already an operator\n`);
      for (const i of [7, 9, 10]) expect((await run("register", "--account", String(i), "--commission-bps", "1000")).code).to.equal(0);
    });

    it("stakes (self-stake and delegation), approving the vault", async function () {
      const r = await run("stake", "--account", "6", "--operator", A(6), "--amount", "1000", "--json");
      expect(r.json()).to.include({ operator: A(6), amount: (1000n * E18).toString() });
      for (const i of [7, 9, 10]) await run("stake", "--account", String(i), "--operator", A(i), "--amount", "1000");
      const d = await run("stake", "--account", "12", "--operator", A(9), "--amount", "250.5");
      expect(d.out, d.err).to.match(new RegExp(`^staked 250\\.5 tokens to ${A(9)} \\(gas \\d+\\)\\n$`));
    });

    it("reads any account's positions with --address, without a key", async function () {
      const r = await run("position", "--address", A(12).toLowerCase(), "--json");
      expect(r.code, r.err).to.equal(0);
      const p = r.json();
      expect(p.account).to.equal(A(12));
      expect(p.positions).to.have.length(1);
      expect(p.positions[0]).to.deep.include({ operator: A(9), account: A(12), assets: parseUnits("250.5", 18).toString(), poolStake: parseUnits("1250.5", 18).toString() });
      const one = await run("position", "--address", A(6), "--operator", A(6));
      expect(one.out).to.match(/: shares \d+ {2}value 1000 tokens {2}\(pool 1000 tokens\)\n$/);
      const none = await run("position", "--address", A(20));
      expect(none.out).to.equal(`${A(20)} has no stake\n`);
    });

    it("asks for an account when neither --address nor --account names one", async function () {
      const r = await run("position", "--json");
      expect(r.code).to.equal(0); // --account defaults to account 0, which has no stake
      expect(r.json()).to.deep.equal({ account: A(0), positions: [] });
    });
  });

  describe("commission", function () {
    it("lowers a commission at once", async function () {
      const r = await run("commission", "--account", "6", "--bps", "400");
      expect(r.out).to.match(/^commission set to 400 bps, effective now \(gas \d+\)\n$/);
    });
    it("stages an increase", async function () {
      const r = await run("commission", "--account", "6", "--bps", "450", "--json");
      expect(r.json()).to.include({ commissionBps: "400" });
      expect(r.json().pending.bps).to.equal("450");
    });
  });

  describe("task create, show", function () {
    it("creates and funds a task from a spec file", async function () {
      const r = await run("task", "create", "--account", "5", "--spec", SPEC, "--json");
      expect(r.code, r.err).to.equal(0);
      expect(r.json()).to.include({ taskId: "1", budget: (3000n * E18).toString() });
    });
    it("shows a task as JSON", async function () {
      const r = await run("task", "show", "--task", "1", "--json");
      expect(r.json()).to.include({ taskId: "1", creator: A(5), numRounds: 3, cancelled: false, rewardPerRound: (1000n * E18).toString(), escrow: (3000n * E18).toString(), nextRoundToSettle: "0" });
    });
    it("cancels a task before it starts, paying its whole budget back at once", async function () {
      await run("mint", "--to", A(5), "--amount", "3000");
      expect((await run("task", "create", "--account", "5", "--spec", SPEC, "--json")).json()).to.include({ taskId: "2" });
      const r = await run("task", "cancel", "--account", "5", "--task", "2");
      expect(r.out, r.err).to.match(/^task 2 cancelled \(gas \d+\)\n$/);
      expect((await run("task", "show", "--task", "2", "--json")).json()).to.include({ cancelled: true, escrow: "0", refundable: "0" });
    });
    it("names an unknown task", async function () {
      const r = await run("task", "show", "--task", "99", "--json");
      expect(r.code).to.equal(1);
      expect(r.json()).to.deep.equal({ error: { code: "CONTRACT_REVERT", message: "getTask reverted: TaskRegistryUnknownTask(99): task 99 does not exist: check the id" } });
    });
    it("refuses a spec file that does not exist", async function () {
      const r = await run("task", "create", "--spec", join(dir, "none.json"));
      expect(r.err).to.equal(`error: task spec ${join(dir, "none.json")} does not exist: check the path\n`);
    });
  });

  describe("join, leave", function () {
    it("joins trainers and validators", async function () {
      for (const [i, role] of [[6, "trainer"], [7, "trainer"], [9, "validator"], [10, "validator"]] as const) {
        const r = await run("join", "--account", String(i), "--task", "1", "--role", role);
        expect(r.out, r.err).to.match(new RegExp(`^joined task 1 as ${role} \\(gas \\d+\\)\\n$`));
      }
    });
    it("rejects an unknown role", async function () {
      const r = await run("join", "--task", "1", "--role", "boss", "--json");
      expect(r.json().error.code).to.equal("USAGE");
      expect(r.json().error.message).to.match(/^option '--role <role>' argument 'boss' is invalid\. Allowed choices are trainer, validator\.: run with --help for usage$/);
    });
  });

  describe("submit, score, aggregate, verify", function () {
    it("delivers signed submissions and scores to the inbox", async function () {
      const t = (await run("task", "show", "--task", "1", "--json")).json();
      await time.increaseTo(BigInt(t.startTime) + 60n);
      for (const i of [6, 7]) {
        const r = await run("submit", "--account", String(i), "--task", "1", "--round", "0", "--model-hash", keccak256(toBytes(`m${i}`)), "--model-uri", `ipfs://m${i}`, "--inbox", inbox);
        expect(r.out).to.equal(`submission signed and delivered to ${inboxPath(inbox, 1n, 0n)}\n`);
      }
      await time.increaseTo(BigInt(t.startTime) + BigInt(t.roundDuration) + 60n);
      for (const [i, s] of [[9, "900000,700000"], [10, "880000,720000"]] as const) {
        const r = await run("score", "--account", String(i), "--task", "1", "--round", "0", "--trainers", `${A(6)},${A(7)}`, "--scores", s, "--inbox", inbox, "--json");
        expect(r.json().file).to.equal(inboxPath(inbox, 1n, 0n));
      }
      expect(readFileSync(inboxPath(inbox, 1n, 0n), "utf8").trim().split("\n")).to.have.length(4);
    });

    it("refuses scores that do not match the trainers", async function () {
      const r = await run("score", "--task", "1", "--round", "0", "--trainers", A(6), "--scores", "1,2", "--inbox", inbox);
      expect(r.err).to.equal("error: --trainers has 1 entries but --scores has 2: give one score per trainer\n");
      const big = await run("score", "--task", "1", "--round", "0", "--trainers", A(6), "--scores", "1000001", "--inbox", inbox);
      expect(big.err).to.equal("error: --scores: every score must be in [0, 1000000]\n");
    });

    it("refuses to aggregate while scores are still being collected", async function () {
      const r = await run("aggregate", "--task", "1", "--round", "0", "--spec", SPEC, "--inbox", inbox, "--out", bundles, "--json");
      expect(r.json().error.code).to.equal("PRECONDITION");
      expect(r.json().error.message).to.match(/^round 0 is still collecting scores until \d+ \(chain time \d+\): aggregate after that$/);
    });

    it("aggregates the round into a canonical bundle", async function () {
      const t = (await run("task", "show", "--task", "1", "--json")).json();
      await time.increaseTo(BigInt(t.startTime) + BigInt(t.roundDuration) + 3601n);
      const r = await run("aggregate", "--task", "1", "--round", "0", "--spec", SPEC, "--inbox", inbox, "--out", bundles, "--json");
      expect(r.code, r.err).to.equal(0);
      bundle0 = bundlePath(bundles, 1n, 0n);
      expect(r.json()).to.include({ taskId: "1", round: "0", bundle: bundle0 });
      totalReward0 = BigInt(r.json().totalReward);
      expect(totalReward0).to.be.greaterThan(0n);
      expect(BigInt(r.json().totalReward)).to.be.lessThanOrEqual(1000n * E18);
    });

    it("writes the companion proofs file next to the bundle, naming its bundleHash and root", async function () {
      const r = await run("verify", bundle0, "--json");
      const bundle = JSON.parse(readFileSync(bundle0, "utf8"));
      const file = openProofsFile(proofsPathFor(bundle0));
      try {
        expect(proofsPathFor(bundle0)).to.equal(join(bundles, "task-1-round-0.proofs"));
        expect(file.header).to.deep.equal({ bundleHash: r.json().bundleHash, root: bundle.merkle.root, taskId: 1n, leafCount: bundle.outputs.accounts.length });
      } finally {
        file.close();
      }
    });

    it("verifies the bundle, alone and against the chain", async function () {
      const alone = await run("verify", bundle0, "--json");
      expect(alone.json()).to.include({ ok: true, taskId: "1", round: "0", chain: false });
      const onChain = await run("verify", bundle0, "--chain");
      expect(onChain.out).to.match(new RegExp(`^bundle ${bundle0} verifies against the chain: bundleHash 0x[0-9a-f]{64}\\n$`));
    });

    it("refuses an edited bundle, naming the first differing field", async function () {
      const json = JSON.parse(readFileSync(bundle0, "utf8"));
      json.outputs.totalReward = "1";
      const edited = join(dir, "edited.json");
      writeFileSync(edited, JSON.stringify(json));
      const r = await run("verify", edited, "--json");
      expect(r.code).to.equal(1);
      expect(r.json().error.code).to.equal("INVALID_BUNDLE");
      expect(r.json().error.message).to.match(/does not verify \(bundle mismatch at outputs\.totalReward: bundle has "1", recomputed "\d+"\)/);
    });
  });

  describe("sign-result, propose, round status, finalize", function () {
    let signatures: string[];
    it("signs as committee members and refuses a non-member", async function () {
      signatures = [];
      for (const i of ["1", "2"]) {
        const r = await run("sign-result", "--account", i, "--bundle", bundle0);
        expect(r.out).to.match(new RegExp(`^${A(Number(i))}:0x[0-9a-f]{130}\\n$`));
        signatures.push(r.out.trim());
      }
      const outsider = await run("sign-result", "--account", "7", "--bundle", bundle0);
      expect(outsider.err).to.equal(`error: ${A(7)} is not a member of the current committee: sign with a member's account (--account)\n`);
    });

    it("refuses malformed signatures", async function () {
      const r = await run("propose", "--bundle", bundle0, "--signatures", "0x12:0x34");
      expect(r.err).to.equal("error: --signatures: expected signer:0xsignature pairs (65-byte signatures), got '0x12:0x34'\n");
    });

    it("proposes with collected signatures", async function () {
      const r = await run("propose", "--account", "3", "--bundle", bundle0, "--signatures", signatures.join(","), "--json");
      expect(r.code, r.err).to.equal(0);
      expect(r.json()).to.include({ taskId: "1", round: "0" });
    });

    it("shows the round as proposed", async function () {
      const r = await run("round", "status", "--task", "1", "--round", "0", "--json");
      expect(r.json()).to.include({ taskId: "1", round: "0", status: "proposed" });
      expect(r.json().proposal.bundleHash).to.match(/^0x[0-9a-f]{64}$/);
    });

    it("lets only the guardian challenge", async function () {
      const r = await run("challenge", "--account", "3", "--task", "1", "--round", "0", "--reason", "x");
      expect(r.err).to.equal(`error: challenge reverted: RoundSettlementNotGuardian(${A(3)}): ${A(3)} is not the guardian: sign with the guardian's account\n`);
    });

    it("refuses to finalize inside the challenge window, then finalizes", async function () {
      const early = await run("finalize", "--task", "1", "--round", "0");
      expect(early.err).to.match(/^error: finalize reverted: RoundSettlementChallengeWindowOpen\(1, 0, (\d+), \d+\): round 0 of task 1 can be finalized from \1 \(chain time \d+\): wait\n$/);
      await time.increase(86_400);
      const r = await run("finalize", "--account", "3", "--task", "1", "--round", "0");
      expect(r.out).to.match(/^finalized task 1 round 0 \(gas \d+\)\n$/);
      expect((await run("round", "status", "--task", "1", "--round", "0")).out).to.equal("task 1 round 0: finalized\n");
    });
  });

  describe("claimable, claim", function () {
    it("shows what an account can claim, for any address", async function () {
      const r = await run("claimable", "--bundle", bundle0, "--address", A(6), "--json");
      expect(r.code, r.err).to.equal(0);
      const c = r.json();
      expect(c).to.include({ taskId: "1", account: A(6), claimed: "0" });
      expect(c.claimable).to.equal(c.cumulativeAmount);
      expect(BigInt(c.claimable)).to.be.greaterThan(0n);
    });

    it("claims once, then has nothing left", async function () {
      const before = (await run("claimable", "--bundle", bundle0, "--address", A(6), "--json")).json();
      const r = await run("claim", "--account", "6", "--bundle", bundle0, "--json");
      expect(r.json()).to.include({ taskId: "1", account: A(6), paid: before.claimable });
      const accountsOut = JSON.parse(readFileSync(bundle0, "utf8")).outputs.accounts as { account: string; cumulativeAmount: string }[];
      expect(r.json().paid).to.equal(accountsOut.find((a) => a.account === A(6))!.cumulativeAmount);
      const again = await run("claim", "--account", "6", "--bundle", bundle0);
      expect(again.out).to.equal(`nothing left to claim for ${A(6)}\n`);
    });

    it("reads the exact cumulative amount from the proofs file, and the same without it (tree rebuilt from the bundle)", async function () {
      const accountsOut = JSON.parse(readFileSync(bundle0, "utf8")).outputs.accounts as { account: string; cumulativeAmount: string }[];
      const expected = accountsOut.find((a) => a.account === A(9))!.cumulativeAmount;
      const withProofs = await run("claimable", "--bundle", bundle0, "--address", A(9), "--json");
      expect(withProofs.code, withProofs.err).to.equal(0);
      expect(withProofs.json()).to.include({ taskId: "1", account: A(9), cumulativeAmount: expected, claimed: "0", claimable: expected });
      const proofs = proofsPathFor(bundle0);
      renameSync(proofs, `${proofs}.aside`);
      try {
        const without = await run("claimable", "--bundle", bundle0, "--address", A(9), "--json");
        expect(without.json()).to.deep.equal(withProofs.json());
      } finally {
        renameSync(`${proofs}.aside`, proofs);
      }
    });

    it("claims from the bundle alone when its proofs file is absent, paying the exact amount", async function () {
      const accountsOut = JSON.parse(readFileSync(bundle0, "utf8")).outputs.accounts as { account: string; cumulativeAmount: string }[];
      // an account with a leaf that the other claim tests leave alone
      const holder = accountsOut.find((a) => a.account !== A(6) && a.account !== A(9))!;
      const proofs = proofsPathFor(bundle0);
      renameSync(proofs, `${proofs}.aside`);
      try {
        expect(existsSync(proofs)).to.equal(false);
        const r = await run("claim", "--account", "0", "--for", holder.account, "--bundle", bundle0, "--json");
        expect(r.code, r.err).to.equal(0);
        expect(r.json()).to.include({ taskId: "1", account: holder.account, paid: holder.cumulativeAmount });
      } finally {
        renameSync(`${proofs}.aside`, proofs);
      }
    });

    it("claims for another account with --for, and refuses an account without a leaf", async function () {
      const r = await run("claim", "--account", "0", "--for", A(9), "--bundle", bundle0);
      expect(r.out).to.match(new RegExp(`^claimed [0-9.]+ tokens for ${A(9)} \\(gas \\d+\\)\\n$`));
      const none = await run("claim", "--for", A(20), "--bundle", bundle0);
      expect(none.err).to.equal(`error: ${A(20)} has no leaf in ${bundle0}: it earned nothing in this task so far\n`);
    });
  });

  describe("unstake, withdraw", function () {
    it("requests to unstake and refuses an early withdrawal, then withdraws", async function () {
      const r = await run("unstake", "--account", "12", "--operator", A(9), "--json");
      expect(r.code, r.err).to.equal(0);
      const id = r.json().requestId as string;
      const early = await run("withdraw", "--account", "12", "--request", id);
      expect(early.err).to.match(new RegExp(`^error: withdraw reverted: StakingVaultRequestLocked\\(${id}, \\d+, \\d+\\): unstake request ${id} unlocks at \\d+ \\(chain time \\d+\\): wait, then withdraw again\\n$`));
      await time.increase(1_209_600);
      const w = await run("withdraw", "--account", "12", "--request", id);
      expect(w.out).to.match(new RegExp(`^withdrew requests ${id} \\(gas \\d+\\)\\n$`));
    });
    it("refuses to unstake with no shares", async function () {
      const r = await run("unstake", "--account", "12", "--operator", A(9));
      expect(r.err).to.equal(`error: ${A(12)} holds no shares of ${A(9)}'s pool: nothing to unstake\n`);
    });
  });

  describe("verify --chain: the previous history", function () {
    let honest: string;
    it("accepts round 1's bundle, built on round 0's finalized cumulative amounts", async function () {
      const r = await run("aggregate", "--task", "1", "--round", "1", "--spec", SPEC, "--inbox", inbox, "--out", bundles, "--json");
      expect(r.code, r.err).to.equal(0);
      honest = bundlePath(bundles, 1n, 1n);
      const v = await run("verify", honest, "--chain");
      expect(v.out, v.err).to.match(new RegExp(`^bundle ${honest} verifies against the chain: bundleHash 0x[0-9a-f]{64}\\n$`));
    });

    it("refuses a self-consistent bundle that drops an account's earlier unclaimed rewards, naming the first mismatch", async function () {
      const inputs = bundleToInputs(JSON.parse(readFileSync(honest, "utf8")));
      const previous = inputs.previous!;
      // accounts 6 and 9 claimed above: drop one that has not
      const dropped = previous.cumulative.find((c) => c.account !== A(6) && c.account !== A(9) && c.amount > 0n)!;
      const kept = previous.cumulative.filter((c) => c !== dropped);
      const forged = await computeRound({ ...inputs, previous: { ...previous, cumulative: kept } });
      const path = join(dir, "forged-round-1.json");
      writeFileSync(path, forged.canonical);
      expect((await run("verify", path)).code, "the forged bundle recomputes from its own inputs").to.equal(0);
      const root0 = (JSON.parse(readFileSync(bundle0, "utf8")) as { merkle: { root: string } }).merkle.root.toLowerCase();
      const r = await run("verify", path, "--chain", "--json");
      expect(r.code).to.equal(1);
      expect(r.json().error).to.deep.equal({
        code: "PRECONDITION",
        message: `bundle ${path} rewrites the task's history (round 0 finalized last): previousCumulative (${kept.length} accounts) rebuilds root ${buildRewardsTree(1n, kept).root}, the last finalized root on chain is ${root0}: do not sign it; challenge it if proposed`,
      });
    });
  });

  describe("leave, skip, task cancel, task refund", function () {
    it("leaves a task", async function () {
      const r = await run("leave", "--account", "7", "--task", "1");
      expect(r.out).to.match(/^left task 1 \(gas \d+\)\n$/);
    });
    it("skips a round that missed its deadline, then refunds its budget to the creator", async function () {
      const skip = await run("skip", "--task", "1", "--round", "1");
      expect(skip.out, skip.err).to.match(/^skipped task 1 round 1 \(gas \d+\)\n$/);
      const before = (await run("task", "show", "--task", "1", "--json")).json();
      // the skipped round's budget plus what round 0 left unspent
      expect(before.refundable).to.equal((2000n * E18 - totalReward0).toString());
      const refund = await run("task", "refund", "--account", "5", "--task", "1", "--json");
      expect(refund.code, refund.err).to.equal(0);
      expect((await run("task", "show", "--task", "1", "--json")).json()).to.include({ refundable: "0" });
    });
    it("decodes a revert into its custom error and its arguments, and sends nothing", async function () {
      const client = await hre.viem.getPublicClient();
      const nonce = await client.getTransactionCount({ address: A(5) });
      const r = await run("task", "cancel", "--account", "5", "--task", "1", "--json");
      expect(r.code).to.equal(1);
      expect(r.json().error.code).to.equal("CONTRACT_REVERT");
      expect(r.json().error.message).to.match(/^cancelTask reverted: TaskRegistryNothingToCancel\(1, \d+, \d+\): the last round of task 1 has started \(at \d+\): nothing left to cancel$/);
      expect(await client.getTransactionCount({ address: A(5) })).to.equal(nonce);
    });
  });
});
