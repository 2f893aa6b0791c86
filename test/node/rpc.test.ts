// The intake as a real process reading a real chain: `npx hardhat node` as a child, Aerie deployed to it, the
// node started with --rpc and --clock chain; participant checks and windows come from the contracts.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import hre from "hardhat";
import { expect } from "chai";
import { createPublicClient, createWalletClient, defineChain, http, keccak256, toHex, type PublicClient, type WalletClient } from "viem";
import { mnemonicToAccount } from "viem/accounts";

import { aerieAddresses, approve, createTaskFromSpec, deployAerie, joinTask, mint, parseTaskCreated, registerOperator, resolveDeployParams, Role, type AerieAddresses } from "../../src/sdk";
import { contextFor, mined, stakeAs, type LocalChain } from "./helpers";
import { aerieDomain, SCORES_TYPES, SUBMISSION_TYPES } from "../../src/lib/eip712";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { getMessageStatus, NodeClientError, postScores, postSubmission } from "../../src/node/client";
import { killHard, ROOT, startNodeProcess, type NodeProcess } from "./process";

const MNEMONIC = "test test test test test test test test test test test junk";
const SPEC_FILE = join(ROOT, "examples/tasks/demo-3-rounds.json");
const TOKENS = 10n ** 18n;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe("node intake process on a real chain (hardhat node, --rpc, --clock chain)", function () {
  this.timeout(300_000);
  let chain: ChildProcess;
  let node: NodeProcess | undefined;
  let dir: string;
  let ctx: LocalChain;
  let addresses: AerieAddresses;
  let taskId: bigint;
  let args: string[];

  const mine = async (seconds: number) => {
    await ctx.publicClient.request({ method: "evm_increaseTime" as never, params: [seconds] as never });
    await ctx.publicClient.request({ method: "evm_mine" as never, params: [] as never });
  };

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-nodeb-rpc-"));
    const port = await freePort();
    chain = spawn(process.execPath, [join(ROOT, "node_modules/hardhat/internal/cli/cli.js"), "node", "--port", String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      let out = "";
      chain.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("Started HTTP")) resolve();
      });
      chain.once("exit", (code) => reject(new Error(`hardhat node exited ${code}: ${out}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    ctx = contextFor(url);
    const wallets = ctx.wallets;
    const gov = wallets[0]!;
    const dep = await deployAerie(gov, { network: "localhost", params: resolveDeployParams("localhost", wallets.map((w) => w.account.address)), path: join(dir, "31337.json") });
    addresses = aerieAddresses(dep.book);
    for (const i of [6, 9]) {
      const w = wallets[i]!;
      await mined(ctx, mint(gov, { addresses, to: w.account.address, amount: 1_000n * TOKENS }));
      await mined(ctx, registerOperator(w, { addresses, commissionBps: 1_000n, metadataURI: "" }));
      await stakeAs({ ctx, addresses }, w, w.account.address, 600n * TOKENS);
    }
    const creator = wallets[5]!;
    await mined(ctx, mint(gov, { addresses, to: creator.account.address, amount: 10_000n * TOKENS }));
    const spec = parseTaskSpec(JSON.parse(readFileSync(SPEC_FILE, "utf8")));
    await mined(ctx, approve(creator, { addresses, spender: addresses.taskRegistry, amount: BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count) }));
    const [created] = parseTaskCreated((await mined(ctx, createTaskFromSpec(creator, { addresses, spec, specURI: "ipfs://spec" }))).logs);
    taskId = created!.taskId;
    await mined(ctx, joinTask(wallets[6]!, { addresses, taskId, role: Role.Trainer }));
    await mined(ctx, joinTask(wallets[9]!, { addresses, taskId, role: Role.Validator }));
    await mine(spec.rounds.startDelaySeconds + 10);
    args = [
      "--db", join(dir, "node.db"), "--chain-id", "31337", "--registry", addresses.taskRegistry, "--rpc", url, "--spec", SPEC_FILE, "--clock", "chain",
    ];
  });
  after(async function () {
    if (node !== undefined) await killHard(node.child);
    if (chain !== undefined) await killHard(chain);
    rmSync(dir, { recursive: true, force: true });
  });

  const signed = async (i: number, kind: "submission" | "scores", modelURI = "ipfs://model") => {
    const w = ctx.wallets[i]!;
    const domain = aerieDomain(31337, addresses.taskRegistry);
    if (kind === "submission") {
      const message = { taskId, round: 0n, trainer: w.account!.address, modelHash: keccak256(toHex(`m${i}`)), modelURI };
      return { message, signature: await w.signTypedData({ account: w.account!, domain, types: SUBMISSION_TYPES, primaryType: "Submission", message }), domain };
    }
    const message = { taskId, round: 0n, validator: w.account!.address, trainers: [ctx.wallets[6]!.account!.address], scores: [750_000n] };
    return { message, signature: await w.signTypedData({ account: w.account!, domain, types: SCORES_TYPES, primaryType: "Scores", message }), domain };
  };

  it("accepts the participants' messages, refuses others, keeps them across kill -9, closes by chain time", async function () {
    node = await startNodeProcess(args);
    const sub = await signed(6, "submission");
    const ack = await postSubmission(node.url, sub as never);
    expect(ack).to.include({ kind: "submission", signer: ctx.wallets[6]!.account!.address, replaced: 0 });
    const scoresAck = await postScores(node.url, (await signed(9, "scores")) as never);
    expect(scoresAck.kind).to.equal("scores");
    const refused = await postSubmission(node.url, (await signed(12, "submission")) as never).catch((e: NodeClientError) => e);
    expect([(refused as NodeClientError).status, (refused as NodeClientError).code]).to.deep.equal([403, "not_participant"]);
    const wrongRole = await postSubmission(node.url, (await signed(9, "submission")) as never).catch((e: NodeClientError) => e);
    expect((wrongRole as NodeClientError).code).to.equal("not_participant");

    await killHard(node.child);
    node = await startNodeProcess(args);
    expect(await getMessageStatus(node.url, { kind: "submission", taskId, round: 0n, signer: ctx.wallets[6]!.account!.address })).to.deep.equal(ack);
    expect(await getMessageStatus(node.url, { kind: "scores", taskId, round: 0n, signer: ctx.wallets[9]!.account!.address })).to.deep.equal(scoresAck);

    // past roundEnd on chain: a new submission is late (the chain clock polls each second)
    await mine(172_800);
    await new Promise((r) => setTimeout(r, 1_500));
    const late = await postSubmission(node.url, (await signed(6, "submission", "ipfs://late")) as never).catch((e: NodeClientError) => e);
    expect((late as NodeClientError).code, String(late)).to.equal("window_closed");
  });
});
