import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { getAddress, isAddress, keccak256, type Abi, type Address, type Hex } from "viem";
import { addressOf, loadArtifact, send, type ChainContext } from "./context";
import { readAddressBook, writeAddressBook, type AddressBook, type ContractName } from "./addressBook";
import { AddressBookError, DeployConfigError } from "./errors";

/** Resolved deployment parameters (config/deploy.json after `account:N` / `env:NAME` substitution). */
export type DeployParams = {
  token: Address | "deploy-test-token";
  owner: Address;
  committee: Address[];
  committeeThreshold: number;
  guardian: Address;
  slashRecipient: Address;
  unbondingPeriodSeconds: number;
  commissionDelaySeconds: number;
  maxRoundDurationSeconds: number;
  resultDeadlineSeconds: number;
  challengeWindowSeconds: number;
  maxSlashBps: number;
  maxCommissionBps: number;
};

const LOCAL_NETWORKS = new Set(["hardhat", "localhost"]);

const rawSchema = z.object({
  defaults: z.record(z.string(), z.unknown()),
  networks: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/**
 * Reads `config/deploy.json` and resolves the parameters of `ctx.network`.
 * `account:N` takes the network's N-th account; `env:NAME` reads the environment variable NAME
 * (for `committee`, a comma-separated list of addresses).
 * @throws DeployConfigError naming the field and the fix (unknown network, missing variable, bad address).
 */
export function resolveDeployParams(ctx: ChainContext, path = join(__dirname, "..", "..", "config", "deploy.json")): DeployParams {
  const raw = rawSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const net = raw.networks[ctx.network];
  if (!net) {
    throw new DeployConfigError(`network '${ctx.network}' has no entry in config/deploy.json: add one (known: ${Object.keys(raw.networks).join(", ")})`);
  }
  const merged: Record<string, unknown> = { ...raw.defaults, ...net };
  const env = (field: string, v: unknown): unknown => {
    if (typeof v === "string" && v.startsWith("env:")) {
      const name = v.slice(4);
      const value = process.env[name];
      if (value === undefined || value === "") throw new DeployConfigError(`${field}: set the environment variable ${name} (config/deploy.json, network ${ctx.network})`);
      return value;
    }
    return v;
  };
  const addr = (field: string, v: unknown): Address => {
    const s = env(field, v);
    if (typeof s === "string" && s.startsWith("account:")) {
      const i = Number(s.slice(8));
      const w = ctx.wallets[i];
      if (!w) throw new DeployConfigError(`${field}: ${s} but ${ctx.network} has ${ctx.wallets.length} accounts`);
      return addressOf(w);
    }
    if (typeof s !== "string" || !isAddress(s)) throw new DeployConfigError(`${field}: expected an address, got ${JSON.stringify(s)}`);
    return getAddress(s);
  };
  const int = (field: string, v: unknown): number => {
    const s = env(field, v);
    const n = typeof s === "string" ? Number(s) : s;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new DeployConfigError(`${field}: expected a non-negative integer, got ${JSON.stringify(s)}`);
    return n;
  };
  const tokenRaw = env("token", merged.token);
  const token = tokenRaw === "deploy-test-token" ? "deploy-test-token" : addr("token", tokenRaw);
  if (token === "deploy-test-token" && ctx.network === "base") throw new DeployConfigError("token: Base mainnet must use the real stake token: set AERIE_TOKEN");
  let committeeRaw = env("committee", merged.committee);
  if (typeof committeeRaw === "string") committeeRaw = committeeRaw.split(",").map((s) => s.trim()).filter(Boolean);
  if (!Array.isArray(committeeRaw) || committeeRaw.length === 0) throw new DeployConfigError("committee: expected a non-empty list of addresses");
  const committee = committeeRaw.map((c, i) => addr(`committee[${i}]`, c)).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return {
    token,
    owner: addr("owner", merged.owner),
    committee,
    committeeThreshold: int("committeeThreshold", merged.committeeThreshold),
    guardian: addr("guardian", merged.guardian),
    slashRecipient: addr("slashRecipient", merged.slashRecipient),
    unbondingPeriodSeconds: int("unbondingPeriodSeconds", merged.unbondingPeriodSeconds),
    commissionDelaySeconds: int("commissionDelaySeconds", merged.commissionDelaySeconds),
    maxRoundDurationSeconds: int("maxRoundDurationSeconds", merged.maxRoundDurationSeconds),
    resultDeadlineSeconds: int("resultDeadlineSeconds", merged.resultDeadlineSeconds),
    challengeWindowSeconds: int("challengeWindowSeconds", merged.challengeWindowSeconds),
    maxSlashBps: int("maxSlashBps", merged.maxSlashBps),
    maxCommissionBps: int("maxCommissionBps", merged.maxCommissionBps),
  };
}

/** What {@link deployAerie} did: the book, and per contract whether it was deployed now or reused. */
export type DeployReport = { book: AddressBook; deployed: ContractName[]; reused: ContractName[]; wired: string[] };

/**
 * Deploys Aerie (or completes a partial deployment) and wires the settlement hooks, following
 * docs/DESIGN.md's order. The address book is written after every step, so an interrupted run resumes.
 * An existing book's addresses are checked (code present, same runtime size as the artifact) and reused,
 * never redeployed; on the in-process `hardhat` network any earlier book is discarded (that chain is new every run).
 * @param ctx chain context; the deployer is account 0.
 * @param params resolved parameters ({@link resolveDeployParams}).
 * @throws AddressBookError when a non-ephemeral network's book points at missing or foreign code.
 */
export async function deployAerie(ctx: ChainContext, params: DeployParams, bookPath?: string): Promise<DeployReport> {
  const deployer = ctx.wallets[0];
  if (!deployer) throw new DeployConfigError(`no deployer account on ${ctx.network}: set AERIE_PRIVATE_KEYS`);
  let book = readAddressBook(ctx.network, bookPath);
  if (book && book.chainId !== ctx.chainId) {
    throw new AddressBookError(`deployments/${ctx.network}.json is for chain ${book.chainId} but the node reports ${ctx.chainId}: delete the file or fix the RPC URL`);
  }
  // The in-process network is a new chain on every run: a book left by an earlier run never applies.
  if (ctx.network === "hardhat") book = undefined;
  book ??= { network: ctx.network, chainId: ctx.chainId, contracts: {}, params: { ...params } };
  const save = () => writeAddressBook(book!, bookPath);
  const report: DeployReport = { book, deployed: [], reused: [], wired: [] };

  const ensure = async (name: ContractName, args: unknown[]): Promise<Address> => {
    const art = await loadArtifact(ctx, name);
    const existing = book!.contracts[name];
    if (existing) {
      const code = await ctx.publicClient.getCode({ address: existing.address });
      if (!code || code === "0x") {
        throw new AddressBookError(`deployments/${ctx.network}.json: ${name} at ${existing.address} has no code: delete the file to deploy afresh`);
      }
      if ((code.length - 2) / 2 !== (art.deployedBytecode.length - 2) / 2) {
        throw new AddressBookError(`deployments/${ctx.network}.json: ${name} at ${existing.address} is not this version's ${name} (code ${keccak256(code).slice(0, 10)}…): delete the entry to redeploy`);
      }
      report.reused.push(name);
      return existing.address;
    }
    const hash = await deployer.deployContract({ abi: art.abi, bytecode: art.bytecode, args, account: deployer.account!, chain: deployer.chain });
    const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`deploying ${name} failed (tx ${hash})`);
    book!.contracts[name] = {
      address: getAddress(receipt.contractAddress),
      deploymentTx: hash,
      block: Number(receipt.blockNumber),
      constructorArgs: JSON.parse(JSON.stringify(args, (_k, v) => (typeof v === "bigint" ? v.toString() : v))),
    };
    save();
    report.deployed.push(name);
    return getAddress(receipt.contractAddress);
  };

  const deployerAddress = addressOf(deployer);
  let token: Address;
  if (params.token === "deploy-test-token") {
    token = await ensure("AerieTestToken", [deployerAddress]);
  } else {
    token = params.token;
    book.contracts.AerieTestToken = undefined;
  }
  const vaultParams = {
    unbondingPeriod: BigInt(params.unbondingPeriodSeconds),
    commissionDelay: BigInt(params.commissionDelaySeconds),
    maxRoundDuration: BigInt(params.maxRoundDurationSeconds),
    resultDeadline: BigInt(params.resultDeadlineSeconds),
    challengeWindow: BigInt(params.challengeWindowSeconds),
    maxSlashBps: params.maxSlashBps,
    maxCommissionBps: params.maxCommissionBps,
  };
  // The vault is owned by the deployer until wired, then handed to governance (Ownable2Step).
  const vault = await ensure("StakingVault", [token, deployerAddress, vaultParams, params.slashRecipient]);
  const registry = await ensure("TaskRegistry", [vault]);
  const distributor = await ensure("RewardDistributor", [vault]);
  const settlement = await ensure("RoundSettlement", [
    vault,
    registry,
    distributor,
    params.owner,
    params.committee,
    BigInt(params.committeeThreshold),
    params.guardian,
  ]);

  for (const [name, address] of [
    ["StakingVault", vault],
    ["TaskRegistry", registry],
    ["RewardDistributor", distributor],
  ] as const) {
    const { abi } = await loadArtifact(ctx, name);
    const current = (await ctx.publicClient.readContract({ address, abi, functionName: "settlement" })) as Address;
    if (current === "0x0000000000000000000000000000000000000000") {
      await send(ctx, deployer, { address, abi, functionName: "setSettlement", args: [settlement] });
      report.wired.push(`${name}.setSettlement(${settlement})`);
    } else if (current.toLowerCase() !== settlement.toLowerCase()) {
      throw new AddressBookError(`${name} at ${address} is wired to settlement ${current}, not ${settlement}: the address book mixes two deployments`);
    }
  }
  const { abi: vaultAbi } = await loadArtifact(ctx, "StakingVault");
  const vaultOwner = (await ctx.publicClient.readContract({ address: vault, abi: vaultAbi, functionName: "owner" })) as Address;
  if (vaultOwner.toLowerCase() === deployerAddress.toLowerCase() && params.owner.toLowerCase() !== deployerAddress.toLowerCase()) {
    await send(ctx, deployer, { address: vault, abi: vaultAbi, functionName: "transferOwnership", args: [params.owner] });
    report.wired.push(`StakingVault.transferOwnership(${params.owner}) (pending acceptOwnership)`);
  }
  book.params = JSON.parse(JSON.stringify(params));
  save();
  return report;
}

/** Typed-enough handle on a deployed contract for viem reads and writes. */
export type Deployed = { address: Address; abi: Abi };

/** Loads the five contracts of a book with their ABIs. */
export async function deployedContracts(ctx: ChainContext, book: AddressBook): Promise<Record<"token" | "vault" | "registry" | "distributor" | "settlement", Deployed>> {
  const get = async (name: ContractName, artifact: string = name): Promise<Deployed> => {
    const entry = book.contracts[name];
    if (!entry) throw new AddressBookError(`deployments/${book.network}.json has no ${name}: run \`npm run deploy -- --network ${book.network}\``);
    return { address: entry.address, abi: (await loadArtifact(ctx, artifact)).abi };
  };
  const vault = await get("StakingVault");
  const tokenAddress = (await ctx.publicClient.readContract({ address: vault.address, abi: vault.abi, functionName: "token" })) as Address;
  const tokenAbi = (await loadArtifact(ctx, "AerieTestToken")).abi;
  return {
    token: { address: tokenAddress, abi: tokenAbi },
    vault,
    registry: await get("TaskRegistry"),
    distributor: await get("RewardDistributor"),
    settlement: await get("RoundSettlement"),
  };
}

export type { Hex };
