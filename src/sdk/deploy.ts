// Deploys Aerie (or completes a partial deployment) and keeps the v2 address book up to date after every step.
import { existsSync, rmSync } from "node:fs";
import { encodeFunctionData, getAddress, zeroAddress, type Address, type Hash } from "viem";
import { deployContract, getChainId, getCode, readContract } from "viem/actions";
import { aerieTestTokenAbi, aerieVersion, deployBytecode, rewardDistributorAbi, roundSettlementAbi, stakingVaultAbi, taskRegistryAbi } from "./abis";
import { CONTRACT_NAMES, addressBookPath, defaultDeploymentsDir, findV1Book, newAddressBook, readAddressBook, writeAddressBook, type AddressBook, type ContractName } from "./addressBook";
import { checkDeployment } from "./actions/checkDeployment";
import { waitForReceipt } from "./actions/waitForReceipt";
import { codeHash } from "./codeHash";
import type { DeployParams } from "./deployParams";
import { AddressBookError, DeployConfigError } from "./errors";
import { sendCalldata } from "./internal/send";
import type { AerieWalletClient } from "./types";

/** Parameters of {@link deployAerie}. */
export type DeployAerieParameters = {
  /** The network's name, recorded in the book (e.g. `localhost`, `baseSepolia`). */
  network: string;
  /** Resolved parameters (`resolveDeployParams`). */
  params: DeployParams;
  /** The deployments directory (default `./deployments`); the book is `<dir>/<chainId>.json`. */
  dir?: string | undefined;
  /** An explicit book path (overrides `dir`). */
  path?: string | undefined;
  /** Ignore any existing book and deploy everything afresh (the in-process network, new on every run). */
  fresh?: boolean | undefined;
};

/** What {@link deployAerie} did: the book and its path, and per contract whether it was deployed now or reused. */
export type DeployAerieReturnType = {
  book: AddressBook;
  path: string;
  deployed: ContractName[];
  reused: ContractName[];
  wired: string[];
  /** The v1 book this run upgraded and removed, if any. */
  upgradedFrom: string | undefined;
};

/** JSON-safe copy of constructor arguments (bigints as decimal strings). */
function jsonArgs(args: readonly unknown[]): unknown[] {
  const copy: unknown = JSON.parse(JSON.stringify(args, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
  return Array.isArray(copy) ? copy : [];
}

/**
 * Deploys Aerie in docs/DESIGN.md's order (token, vault, registry, distributor, settlement), wires the settlement
 * into the vault, registry and distributor, and hands the vault to `params.owner` (Ownable2Step: pending until
 * accepted). The book is written after every step, so an interrupted run resumes. Before reusing anything, an
 * existing book is checked against the chain (`checkDeployment`: chain id, code present, this version's code,
 * exact code hash); a v1 book `<dir>/<network>.json` is upgraded, written as `<dir>/<chainId>.json` and removed.
 * @param client the deployer's wallet client.
 * @throws AddressBookError (one line, nothing sent) when the book is for another chain, points at missing, foreign
 * or other-version code, or names another token than the parameters.
 */
export async function deployAerie(client: AerieWalletClient, parameters: DeployAerieParameters): Promise<DeployAerieReturnType> {
  const { network, params } = parameters;
  const chainId = await getChainId(client);
  const dir = parameters.dir ?? defaultDeploymentsDir();
  const path = parameters.path ?? addressBookPath(chainId, dir);
  let book: AddressBook | undefined;
  let upgradedFrom: string | undefined;
  if (!parameters.fresh) {
    book = readAddressBook(path);
    if (!book && parameters.path === undefined) {
      const v1 = findV1Book(chainId, dir, network);
      if (v1) ({ book, path: upgradedFrom } = v1);
    }
  }
  if (book) {
    if (book.chainId !== chainId) {
      throw new AddressBookError(`${path} is for chain ${book.chainId} (${book.network}) but the node is chain ${chainId}: fix the RPC URL or delete the book`);
    }
    const hashes = await checkDeployment(client, { book, path: upgradedFrom ?? path });
    for (const name of CONTRACT_NAMES) {
      const entry = book.contracts[name];
      const hash = hashes[name];
      if (entry && entry.codeHash === null && hash !== undefined) entry.codeHash = hash;
    }
    if (params.token !== "deploy-test-token" && book.token !== params.token) {
      throw new AddressBookError(`${path} records token ${book.token} but the parameters name ${params.token}: delete the book to deploy for the new token`);
    }
  }
  const deployer = client.account.address;
  book ??= newAddressBook(network, chainId, params.token === "deploy-test-token" ? zeroAddress : params.token, {});
  book.network = network;
  const current = book;
  const save = () => writeAddressBook(current, path);
  const report: DeployAerieReturnType = { book: current, path, deployed: [], reused: [], wired: [], upgradedFrom };

  const ensure = async (name: ContractName, args: readonly unknown[], deploy: () => Promise<Hash>): Promise<Address> => {
    const existing = current.contracts[name];
    if (existing) {
      report.reused.push(name);
      return existing.address;
    }
    const hash = await deploy();
    const receipt = await waitForReceipt(client, { hash });
    if (!receipt.contractAddress) throw new DeployConfigError(`deploying ${name} created no contract (tx ${hash}): check the deployer's balance and the node`);
    const address = getAddress(receipt.contractAddress);
    const code = await getCode(client, { address });
    current.contracts[name] = {
      address,
      deploymentTx: hash,
      block: Number(receipt.blockNumber),
      constructorArgs: jsonArgs(args),
      codeHash: code === undefined ? null : codeHash(code),
    };
    save();
    report.deployed.push(name);
    return address;
  };
  const common = { account: client.account, chain: client.chain ?? null } as const;

  let token: Address;
  if (params.token === "deploy-test-token") {
    const args = [deployer] as const;
    token = await ensure("AerieTestToken", args, () => deployContract(client, { ...common, abi: aerieTestTokenAbi, bytecode: deployBytecode.AerieTestToken.bytecode, args }));
  } else {
    token = params.token;
    delete current.contracts.AerieTestToken;
  }
  current.token = token;
  const vaultArgs = [
    token,
    deployer, // owner until wired, then handed to params.owner
    {
      unbondingPeriod: BigInt(params.unbondingPeriodSeconds),
      commissionDelay: BigInt(params.commissionDelaySeconds),
      maxRoundDuration: BigInt(params.maxRoundDurationSeconds),
      resultDeadline: BigInt(params.resultDeadlineSeconds),
      challengeWindow: BigInt(params.challengeWindowSeconds),
      maxSlashBps: params.maxSlashBps,
      maxCommissionBps: params.maxCommissionBps,
    },
    params.slashRecipient,
  ] as const;
  const vault = await ensure("StakingVault", vaultArgs, () => deployContract(client, { ...common, abi: stakingVaultAbi, bytecode: deployBytecode.StakingVault.bytecode, args: vaultArgs }));
  const registryArgs = [vault] as const;
  const registry = await ensure("TaskRegistry", registryArgs, () => deployContract(client, { ...common, abi: taskRegistryAbi, bytecode: deployBytecode.TaskRegistry.bytecode, args: registryArgs }));
  const distributorArgs = [vault] as const;
  const distributor = await ensure("RewardDistributor", distributorArgs, () =>
    deployContract(client, { ...common, abi: rewardDistributorAbi, bytecode: deployBytecode.RewardDistributor.bytecode, args: distributorArgs }),
  );
  const settlementArgs = [vault, registry, distributor, params.owner, params.committee, BigInt(params.committeeThreshold), params.guardian] as const;
  const settlement = await ensure("RoundSettlement", settlementArgs, () =>
    deployContract(client, { ...common, abi: roundSettlementAbi, bytecode: deployBytecode.RoundSettlement.bytecode, args: settlementArgs }),
  );

  const wire = async (name: ContractName, address: Address, wiredTo: Address, data: `0x${string}`) => {
    if (wiredTo === zeroAddress) {
      await waitForReceipt(client, await sendCalldata(client, address, data, `${name}.setSettlement`, {}));
      report.wired.push(`${name}.setSettlement(${settlement})`);
    } else if (wiredTo.toLowerCase() !== settlement.toLowerCase()) {
      throw new AddressBookError(`${name} at ${address} is wired to settlement ${wiredTo}, not ${settlement}: the address book mixes two deployments; delete it and deploy again`);
    }
  };
  const setSettlement = (abi: typeof stakingVaultAbi | typeof taskRegistryAbi | typeof rewardDistributorAbi) =>
    encodeFunctionData({ abi, functionName: "setSettlement", args: [settlement] });
  await wire("StakingVault", vault, await readContract(client, { address: vault, abi: stakingVaultAbi, functionName: "settlement" }), setSettlement(stakingVaultAbi));
  await wire("TaskRegistry", registry, await readContract(client, { address: registry, abi: taskRegistryAbi, functionName: "settlement" }), setSettlement(taskRegistryAbi));
  await wire(
    "RewardDistributor",
    distributor,
    await readContract(client, { address: distributor, abi: rewardDistributorAbi, functionName: "settlement" }),
    setSettlement(rewardDistributorAbi),
  );
  const [vaultOwner, pendingOwner] = await Promise.all([
    readContract(client, { address: vault, abi: stakingVaultAbi, functionName: "owner" }),
    readContract(client, { address: vault, abi: stakingVaultAbi, functionName: "pendingOwner" }),
  ]);
  if (vaultOwner === getAddress(deployer) && params.owner !== getAddress(deployer) && pendingOwner !== params.owner) {
    const data = encodeFunctionData({ abi: stakingVaultAbi, functionName: "transferOwnership", args: [params.owner] });
    await waitForReceipt(client, await sendCalldata(client, vault, data, "transferOwnership", {}));
    report.wired.push(`StakingVault.transferOwnership(${params.owner}) (pending acceptOwnership)`);
  }
  current.params = { ...params, committee: [...params.committee] };
  if (current.aerieVersion === "v1") current.aerieVersion = aerieVersion;
  save();
  if (upgradedFrom !== undefined && existsSync(upgradedFrom)) rmSync(upgradedFrom);
  return report;
}
