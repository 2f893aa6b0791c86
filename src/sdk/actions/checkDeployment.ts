import { getChainId, getCode } from "viem/actions";
import { CONTRACT_NAMES, type AddressBook, type ContractName } from "../addressBook";
import { artifactCodeHash, codeHash, maskedCodeHash } from "../codeHash";
import { AddressBookError } from "../errors";
import type { AerieClient } from "../types";

/** Parameters of {@link checkDeployment}. */
export type CheckDeploymentParameters = {
  /** The address book to check. */
  book: AddressBook;
  /** Where the book was read from, for messages (default `deployments/<chainId>.json`). */
  path?: string | undefined;
};

/** What {@link checkDeployment} returns: per contract the runtime code hash found on chain. */
export type CheckDeploymentReturnType = Partial<Record<ContractName, `0x${string}`>>;

/**
 * Checks an address book against the chain before anything is sent: the chain id matches, every contract has
 * code, that code is this version's (immutables masked) and, when the book records one, its exact runtime code hash.
 * @param parameters `{ book, path? }`, or the book itself.
 * @throws AddressBookError (one line: what is wrong and what to do) on the first mismatch.
 */
export async function checkDeployment(client: AerieClient, parameters: CheckDeploymentParameters | AddressBook): Promise<CheckDeploymentReturnType> {
  const { book, path } = "book" in parameters ? parameters : { book: parameters, path: undefined };
  const where = path ?? `deployments/${book.chainId}.json`;
  const chainId = await getChainId(client);
  if (chainId !== book.chainId) {
    throw new AddressBookError(`${where} is for chain ${book.chainId} (${book.network}) but the node is chain ${chainId}: connect to the right network or use its address book`);
  }
  const found: CheckDeploymentReturnType = {};
  for (const [name, entry] of contractEntries(book)) {
    const code = await getCode(client, { address: entry.address });
    if (code === undefined || code === "0x") {
      throw new AddressBookError(`${where}: ${name} at ${entry.address} has no code on chain ${chainId} (was the node restarted?): delete the book and deploy again`);
    }
    const hash = codeHash(code);
    if (entry.codeHash !== null && entry.codeHash.toLowerCase() !== hash) {
      throw new AddressBookError(`${where}: ${name} at ${entry.address} has code hash ${hash}, the book recorded ${entry.codeHash} (a foreign or stale book): delete the book and deploy again`);
    }
    if (maskedCodeHash(name, code) !== artifactCodeHash(name)) {
      throw new AddressBookError(`${where}: ${name} at ${entry.address} was built from other sources than this Aerie version's: redeploy it (delete its entry) or use the matching SDK version`);
    }
    found[name] = hash;
  }
  return found;
}

/** The book's contract entries in deployment order. */
function contractEntries(book: AddressBook) {
  return CONTRACT_NAMES.flatMap((name) => {
    const entry = book.contracts[name];
    return entry ? [[name, entry] as const] : [];
  });
}
