import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { getAddress, type Address, type Hex } from "viem";
import { AddressBookError } from "./errors";

/** The contracts an Aerie deployment consists of, in deployment order. */
export const CONTRACT_NAMES = ["AerieTestToken", "StakingVault", "TaskRegistry", "RewardDistributor", "RoundSettlement"] as const;
/** One of {@link CONTRACT_NAMES}. */
export type ContractName = (typeof CONTRACT_NAMES)[number];

const hex = z.string().regex(/^0x[0-9a-fA-F]*$/);
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/).transform((a) => getAddress(a));

const entrySchema = z.strictObject({
  address,
  /** Deployment transaction hash; null for a contract deployed elsewhere (e.g. the real stake token). */
  deploymentTx: hex.nullable(),
  block: z.number().int().nonnegative().nullable(),
  constructorArgs: z.array(z.unknown()),
});

const bookSchema = z.strictObject({
  network: z.string(),
  chainId: z.number().int().positive(),
  contracts: z.record(z.string(), entrySchema),
  /** The parameters the deployment was made with (config/deploy.json, resolved). */
  params: z.record(z.string(), z.unknown()),
});

/** One contract's record: address, deployment tx, block and constructor arguments (JSON-safe: bigints as strings). */
export type AddressBookEntry = { address: Address; deploymentTx: Hex | null; block: number | null; constructorArgs: unknown[] };
/** `deployments/<network>.json`: the source of truth for where Aerie lives on a chain (docs/CONVENTIONS.md §13). */
export type AddressBook = {
  network: string;
  chainId: number;
  contracts: Partial<Record<ContractName, AddressBookEntry>>;
  params: Record<string, unknown>;
};

/**
 * Path of a network's address book.
 * @param network Hardhat network name, e.g. `localhost`.
 * @param root the project root (default: this repository).
 */
export function addressBookPath(network: string, root = join(__dirname, "..", "..")): string {
  return join(root, "deployments", `${network}.json`);
}

/**
 * Reads and validates `deployments/<network>.json`.
 * @returns the book, or `undefined` when the file does not exist.
 * @throws AddressBookError when the file exists but is not a valid address book.
 */
export function readAddressBook(network: string, path = addressBookPath(network)): AddressBook | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new AddressBookError(`${path} is not valid JSON: fix or delete it, then deploy again`, { cause: e });
  }
  const parsed = bookSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AddressBookError(`${path}: ${issue.path.join(".")}: ${issue.message}; fix or delete the file`);
  }
  return parsed.data as AddressBook;
}

/**
 * Writes the address book atomically (temp file then rename), so a crash never leaves half a file.
 * Bigints in constructor arguments are written as decimal strings.
 */
export function writeAddressBook(book: AddressBook, path = addressBookPath(book.network)): void {
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(book, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2) + "\n";
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Returns a contract's address from a book.
 * @throws AddressBookError when the contract is missing (the network was not deployed).
 */
export function contractAddress(book: AddressBook, name: ContractName): Address {
  const entry = book.contracts[name];
  if (!entry) throw new AddressBookError(`deployments/${book.network}.json has no ${name}: run the deploy script for this network first`);
  return entry.address;
}
