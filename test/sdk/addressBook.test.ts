import { expect } from "chai";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { keccak256 } from "viem";
import { getCode, getTransactionCount } from "viem/actions";
import {
  AddressBookError,
  addressBookPath,
  aerieAddresses,
  aerieVersion,
  checkDeployment,
  CONTRACT_NAMES,
  deployAerie,
  loadAddressBook,
  readAddressBook,
  writeAddressBook,
  type AddressBook,
} from "../../src/sdk";
import { sdkSystem } from "./fixture";

/** Expects `p` to reject with an AddressBookError whose one-line message matches `pattern`. */
async function expectBookError(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(AddressBookError);
    const message = e instanceof Error ? e.message : "";
    expect(message.split("\n")).to.have.length(1);
    expect(message).to.match(pattern);
    return;
  }
  throw new Error(`expected an AddressBookError matching ${pattern}`);
}

/** The book as a v1 file (no version, aerieVersion, token or code hashes). */
function asV1(book: AddressBook, network: string): unknown {
  const contracts: Record<string, unknown> = {};
  for (const name of CONTRACT_NAMES) {
    const e = book.contracts[name];
    if (e) contracts[name] = { address: e.address, deploymentTx: e.deploymentTx, block: e.block, constructorArgs: e.constructorArgs };
  }
  return { network, chainId: book.chainId, contracts, params: book.params };
}

describe("sdk: address book v2 and deployment checks", function () {
  it("deploy writes a v2 book: chain, version, token and per contract tx, block, args and runtime code hash", async function () {
    const { publicClient, deployment, path, chainId } = await loadFixture(sdkSystem);
    const book = readAddressBook(path);
    if (!book) throw new Error("no book written");
    expect(book).to.include({ version: 2, network: "hardhat", chainId, aerieVersion });
    expect(book.token).to.equal(book.contracts.AerieTestToken?.address);
    for (const name of CONTRACT_NAMES) {
      const entry = book.contracts[name];
      if (!entry) throw new Error(`no ${name}`);
      const code = await getCode(publicClient, { address: entry.address });
      expect(entry.codeHash).to.equal(keccak256(code ?? "0x"));
      expect(entry.deploymentTx).to.match(/^0x[0-9a-f]{64}$/);
      expect(entry.block).to.be.a("number");
    }
    expect(book.contracts.TaskRegistry?.constructorArgs).to.deep.equal([book.contracts.StakingVault?.address]);
    expect(deployment.deployed).to.deep.equal([...CONTRACT_NAMES]);
    expect(deployment.wired).to.have.length(3);
  });

  it("a re-run checks the code hashes and reuses everything, sending nothing", async function () {
    const { publicClient, at, path, params } = await loadFixture(sdkSystem);
    const deployer = at(0).account.address;
    const nonce = await getTransactionCount(publicClient, { address: deployer });
    const again = await deployAerie(at(0), { network: "hardhat", params, path });
    expect(again.deployed).to.deep.equal([]);
    expect(again.reused).to.deep.equal([...CONTRACT_NAMES]);
    expect(again.wired).to.deep.equal([]);
    expect(await getTransactionCount(publicClient, { address: deployer })).to.equal(nonce);
    // checkDeployment takes the book itself too, and returns the hashes it found
    const hashes = await checkDeployment(publicClient, again.book);
    for (const name of CONTRACT_NAMES) expect(hashes[name]).to.equal(again.book.contracts[name]?.codeHash);
  });

  it("a code-hash mismatch, missing code, other-version code or another chain each stop the deploy before anything is sent", async function () {
    const { publicClient, at, path, params, dir } = await loadFixture(sdkSystem);
    const deployer = at(0).account.address;
    const nonce = await getTransactionCount(publicClient, { address: deployer });
    const book = readAddressBook(path);
    if (!book?.contracts.StakingVault || !book.contracts.TaskRegistry) throw new Error("incomplete book");
    const variant = (name: string, change: (b: AddressBook) => void): string => {
      const copy: AddressBook = JSON.parse(readFileSync(path, "utf8"));
      change(copy);
      const p = join(dir, `${name}.json`);
      writeAddressBook(copy, p);
      return p;
    };
    const badHash = variant("hash", (b) => {
      if (b.contracts.StakingVault) b.contracts.StakingVault.codeHash = `0x${"11".repeat(32)}`;
    });
    await expectBookError(deployAerie(at(0), { network: "hardhat", params, path: badHash }), /StakingVault at 0x[0-9a-fA-F]{40} has code hash 0x[0-9a-f]{64}, the book recorded 0x(11){32} \(a foreign or stale book\): delete the book and deploy again$/);
    const noCode = variant("nocode", (b) => {
      if (b.contracts.RewardDistributor) b.contracts.RewardDistributor.address = "0x000000000000000000000000000000000000dEaD";
    });
    await expectBookError(deployAerie(at(0), { network: "hardhat", params, path: noCode }), /RewardDistributor at 0x000000000000000000000000000000000000dEaD has no code on chain 31337 \(was the node restarted\?\): delete the book and deploy again$/);
    const foreign = variant("foreign", (b) => {
      if (b.contracts.StakingVault && b.contracts.TaskRegistry) b.contracts.StakingVault = { ...b.contracts.TaskRegistry, codeHash: null };
    });
    await expectBookError(deployAerie(at(0), { network: "hardhat", params, path: foreign }), /StakingVault at 0x[0-9a-fA-F]{40} was built from other sources than this Aerie version's: redeploy it/);
    const otherChain = variant("chain", (b) => {
      b.chainId = 8453;
    });
    await expectBookError(deployAerie(at(0), { network: "hardhat", params, path: otherChain }), /is for chain 8453 \(hardhat\) but the node is chain 31337: fix the RPC URL or delete the book$/);
    const wrong = readAddressBook(otherChain);
    if (!wrong) throw new Error("no book");
    await expectBookError(checkDeployment(publicClient, { book: wrong }), /^deployments\/8453\.json is for chain 8453 \(hardhat\) but the node is chain 31337: connect to the right network or use its address book$/);
    await expectBookError(checkDeployment(publicClient, wrong), /^deployments\/8453\.json is for chain 8453/);
    expect(await getTransactionCount(publicClient, { address: deployer })).to.equal(nonce);
  });

  it("a v1 book deployments/<network>.json is read, checked, rewritten as <chainId>.json and removed", async function () {
    const { publicClient, at, path, params, chainId } = await loadFixture(sdkSystem);
    const v2 = readAddressBook(path);
    if (!v2) throw new Error("no book");
    const dir = mkdtempSync(join(tmpdir(), "aerie-v1-"));
    const v1Path = join(dir, "localhost.json");
    writeFileSync(v1Path, JSON.stringify(asV1(v2, "localhost"), null, 2));
    const loaded = loadAddressBook(chainId, dir);
    expect(loaded).to.include({ version: 2, network: "localhost", aerieVersion: "v1", token: v2.token });
    expect(loaded.contracts.StakingVault?.codeHash).to.equal(null);
    expect(aerieAddresses(loaded)).to.deep.equal(aerieAddresses(v2));
    const nonce = await getTransactionCount(publicClient, { address: at(0).account.address });
    const report = await deployAerie(at(0), { network: "localhost", params, dir });
    expect(report.upgradedFrom).to.equal(v1Path);
    expect(report.reused).to.deep.equal([...CONTRACT_NAMES]);
    expect(await getTransactionCount(publicClient, { address: at(0).account.address })).to.equal(nonce);
    expect(existsSync(v1Path)).to.equal(false);
    const upgraded = readAddressBook(addressBookPath(chainId, dir));
    expect(upgraded).to.include({ version: 2, network: "localhost", aerieVersion });
    for (const name of CONTRACT_NAMES) expect(upgraded?.contracts[name]?.codeHash).to.equal(v2.contracts[name]?.codeHash);
  });

  it("loadAddressBook and readAddressBook say what is wrong in one line", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-none-"));
    expect(() => loadAddressBook(84532, dir)).to.throw(AddressBookError, `no address book for chain 84532 in ${dir}: deploy Aerie to this chain first (npm run deploy -- --network <name>)`);
    writeFileSync(join(dir, "84532.json"), "{ not json");
    expect(() => loadAddressBook(84532, dir)).to.throw(AddressBookError, `${join(dir, "84532.json")} is not valid JSON: fix or delete it, then deploy again`);
    writeFileSync(join(dir, "84532.json"), JSON.stringify({ version: 2, network: "baseSepolia", chainId: 84532 }));
    expect(() => loadAddressBook(84532, dir)).to.throw(AddressBookError, /is not a v2 address book \(aerieVersion: .*\): fix or delete it$/);
    writeFileSync(join(dir, "1.json"), JSON.stringify({ version: 2, network: "x", chainId: 5, aerieVersion: "0.1.0", token: "0x000000000000000000000000000000000000dEaD", contracts: {}, params: {} }));
    expect(() => loadAddressBook(1, dir)).to.throw(AddressBookError, "is for chain 5, not 1: the file was copied from another chain; delete it and deploy again");
  });
});
