// Address book v2: `deployments/<chainId>.json`, the source of truth for where Aerie lives on a chain.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { getAddress, type Address } from "viem";
import { aerieVersion } from "./abis";
import { AddressBookError } from "./errors";

/** The contracts an Aerie deployment consists of, in deployment order. */
export const CONTRACT_NAMES = ["AerieTestToken", "StakingVault", "TaskRegistry", "RewardDistributor", "RoundSettlement"] as const;
/** One of {@link CONTRACT_NAMES}. */
export type ContractName = (typeof CONTRACT_NAMES)[number];

/** The addresses every SDK action takes (`{ addresses }`). */
export type AerieAddresses = {
  /** The stake and reward token (AerieTestToken locally, the real token on Base). */
  token: Address;
  stakingVault: Address;
  taskRegistry: Address;
  rewardDistributor: Address;
  roundSettlement: Address;
};

const hex = z.string().regex(/^0x[0-9a-fA-F]*$/, "expected 0x-prefixed hex");
const hash32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "expected a 32-byte 0x-hex hash");
const address = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, "expected a 0x-address")
  .transform((a): Address => getAddress(a));

const v1EntrySchema = z.strictObject({
  address,
  deploymentTx: hex.nullable(),
  block: z.number().int().nonnegative().nullable(),
  constructorArgs: z.array(z.unknown()),
});
const v1BookSchema = z.strictObject({
  network: z.string(),
  chainId: z.number().int().positive(),
  contracts: z.record(z.string(), v1EntrySchema),
  params: z.record(z.string(), z.unknown()),
});

const entrySchema = z.strictObject({
  address,
  /** The deployment transaction; `null` when unknown (a book upgraded from v1 that lacked it). */
  deploymentTx: hash32.nullable(),
  block: z.number().int().nonnegative().nullable(),
  /** Constructor arguments, JSON-safe (bigints as decimal strings). */
  constructorArgs: z.array(z.unknown()),
  /** keccak256 of the runtime code at `address`; `null` only in a book upgraded from v1 and not yet checked. */
  codeHash: hash32.nullable(),
});
const bookSchema = z.strictObject({
  version: z.literal(2),
  network: z.string().min(1),
  chainId: z.number().int().positive(),
  aerieVersion: z.string().min(1),
  token: address,
  contracts: z.strictObject({
    AerieTestToken: entrySchema.optional(),
    StakingVault: entrySchema.optional(),
    TaskRegistry: entrySchema.optional(),
    RewardDistributor: entrySchema.optional(),
    RoundSettlement: entrySchema.optional(),
  }),
  params: z.record(z.string(), z.unknown()),
});

/** One contract's record (JSON-safe: bigints in constructor arguments as decimal strings). */
export type AddressBookEntry = z.output<typeof entrySchema>;
/** `deployments/<chainId>.json` (version 2). */
export type AddressBook = z.output<typeof bookSchema>;

/** The default directory of address books: `deployments/` under the current working directory. */
export function defaultDeploymentsDir(): string {
  return join(process.cwd(), "deployments");
}

/**
 * Path of a chain's address book: `<dir>/<chainId>.json`.
 * @param chainId EIP-155 chain id, e.g. 31337.
 * @param dir the deployments directory (default `./deployments`).
 */
export function addressBookPath(chainId: number, dir: string = defaultDeploymentsDir()): string {
  return join(dir, `${chainId}.json`);
}

/** Upgrades a parsed v1 book (`deployments/<network>.json`) to v2; code hashes stay `null` until checked on chain. */
function upgradeV1(v1: z.output<typeof v1BookSchema>, path: string): AddressBook {
  const contracts: AddressBook["contracts"] = {};
  for (const name of CONTRACT_NAMES) {
    const e = v1.contracts[name];
    if (!e) continue;
    const deploymentTx = e.deploymentTx !== null && /^0x[0-9a-fA-F]{64}$/.test(e.deploymentTx) ? e.deploymentTx : null;
    contracts[name] = { address: e.address, deploymentTx, block: e.block, constructorArgs: e.constructorArgs, codeHash: null };
  }
  const paramToken = typeof v1.params.token === "string" && /^0x[0-9a-fA-F]{40}$/.test(v1.params.token) ? getAddress(v1.params.token) : undefined;
  const token = contracts.AerieTestToken?.address ?? paramToken;
  if (!token) throw new AddressBookError(`${path} (v1) names no token (no AerieTestToken and no params.token): delete it and deploy again`);
  return { version: 2, network: v1.network, chainId: v1.chainId, aerieVersion: "v1", token, contracts, params: v1.params };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid";
}

/**
 * Reads and validates an address book; a v1 book (no `version`) is upgraded to v2 in memory.
 * @returns the book, or `undefined` when the file does not exist.
 * @throws AddressBookError (one line) when the file is not JSON or not an address book.
 */
export function readAddressBook(path: string): AddressBook | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new AddressBookError(`${path} is not valid JSON: fix or delete it, then deploy again`, { cause: e });
  }
  if (typeof raw === "object" && raw !== null && !("version" in raw)) {
    const v1 = v1BookSchema.safeParse(raw);
    if (!v1.success) throw new AddressBookError(`${path} is not an address book (${describe(v1.error)}): fix or delete it`);
    return upgradeV1(v1.data, path);
  }
  const parsed = bookSchema.safeParse(raw);
  if (!parsed.success) throw new AddressBookError(`${path} is not a v2 address book (${describe(parsed.error)}): fix or delete it`);
  return parsed.data;
}

/**
 * Loads the address book of `chainId` from `<dir>/<chainId>.json`, or else from a v1 book `<dir>/<network>.json`
 * whose chain id matches (upgraded in memory; the deploy script rewrites it as v2).
 * @throws AddressBookError when there is no book for the chain, or the book is for another chain.
 */
export function loadAddressBook(chainId: number, dir: string = defaultDeploymentsDir()): AddressBook {
  const path = addressBookPath(chainId, dir);
  const book = readAddressBook(path) ?? findV1Book(chainId, dir)?.book;
  if (!book) throw new AddressBookError(`no address book for chain ${chainId} in ${dir}: deploy Aerie to this chain first (npm run deploy -- --network <name>)`);
  if (book.chainId !== chainId) {
    throw new AddressBookError(`${path} is for chain ${book.chainId}, not ${chainId}: the file was copied from another chain; delete it and deploy again`);
  }
  return book;
}

/** Finds a v1 book (`<dir>/<network>.json`) for `chainId`; `undefined` when none. */
export function findV1Book(chainId: number, dir: string = defaultDeploymentsDir()): { book: AddressBook; path: string } | undefined {
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json") || /^\d+\.json$/.test(file)) continue;
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      continue;
    }
    const v1 = v1BookSchema.safeParse(raw);
    if (v1.success && v1.data.chainId === chainId) return { book: upgradeV1(v1.data, path), path };
  }
  return undefined;
}

/**
 * Writes an address book atomically (temp file, then rename), so a crash never leaves half a file.
 * Bigints in constructor arguments are written as decimal strings.
 * @param path default `./deployments/<chainId>.json`.
 */
export function writeAddressBook(book: AddressBook, path: string = addressBookPath(book.chainId)): void {
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(book, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2) + "\n";
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** An empty v2 book for a new deployment (this package's version). */
export function newAddressBook(network: string, chainId: number, token: Address, params: Record<string, unknown>): AddressBook {
  return { version: 2, network, chainId, aerieVersion, token, contracts: {}, params };
}

/**
 * The addresses of a complete deployment, for SDK actions.
 * @throws AddressBookError naming the first contract the book lacks.
 */
export function aerieAddresses(book: AddressBook): AerieAddresses {
  const get = (name: Exclude<ContractName, "AerieTestToken">): Address => {
    const entry = book.contracts[name];
    if (!entry) throw new AddressBookError(`the address book of chain ${book.chainId} (${book.network}) has no ${name}: run the deploy script for this network to complete it`);
    return entry.address;
  };
  return {
    token: book.token,
    stakingVault: get("StakingVault"),
    taskRegistry: get("TaskRegistry"),
    rewardDistributor: get("RewardDistributor"),
    roundSettlement: get("RoundSettlement"),
  };
}
