// The production EIP-712 types and hashes (src/lib/eip712.ts) in the shapes ethers signers take, so Hardhat tests
// sign exactly what the aggregator committee signs. The one independent copy of the type strings, kept as a
// cross-check, is test/shared/eip712CrossCheck.ts; nothing else in test/ writes the types again.
import { ethers } from "hardhat";
import type { Addressable, TypedDataField } from "ethers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { Address } from "viem";
import {
  ROUND_RESULT_TYPES as PRODUCTION_ROUND_RESULT_TYPES,
  hashSlashes as productionHashSlashes,
  settlementDomain as productionSettlementDomain,
  type RoundResult as ProductionRoundResult,
  type Slash as ProductionSlash,
} from "../../src/lib/eip712";
import { sortByAddress } from "./system";

/** A production message with its 0x-hex fields widened to `string`, as ethers returns them (`ethers.id`, roots). */
type EthersShaped<T> = { [K in keyof T]: T[K] extends `0x${string}` ? string : T[K] };

/** The `RoundResult` the committee signs (src/lib/eip712.ts), hashes and addresses as 0x-hex strings. */
export type RoundResult = EthersShaped<ProductionRoundResult>;
/** One `Slash` of a result: `bps` (1/10,000) of `operator`'s pools. */
export type Slash = EthersShaped<ProductionSlash>;

/** A production `as const` types object as the mutable record ethers' typed-data API takes. */
export function ethersTypes<T extends Record<string, readonly TypedDataField[]>>(types: T): Record<string, TypedDataField[]> {
  return Object.fromEntries(Object.entries(types).map(([name, fields]) => [name, fields.map((f) => ({ ...f }))]));
}

/** EIP-712 types of `RoundResult`: the production definition, for `signTypedData` / `verifyTypedData`. */
export const ROUND_RESULT_TYPES = ethersTypes(PRODUCTION_ROUND_RESULT_TYPES);

/**
 * The EIP-712 domain of a RoundSettlement (production `settlementDomain`), with the chain id as ethers takes it.
 * @param verifyingContract the settlement's address.
 * @param chainId defaults to the connected chain's id.
 */
export async function settlementDomain(verifyingContract: string, chainId?: bigint) {
  const id = chainId ?? (await ethers.provider.getNetwork()).chainId;
  return { ...productionSettlementDomain(Number(id), verifyingContract as Address), chainId: id };
}

/**
 * Signs `result` with each signer (EIP-712) and returns the signatures ordered by signer address, ascending, as
 * RoundSettlement requires.
 * @param verifyingContract the settlement (or its address, or another address to forge a wrong domain).
 * @param signers committee members (any order).
 * @param result the message.
 * @param chainId defaults to the connected chain's id.
 */
export async function signResult(
  verifyingContract: string | Addressable,
  signers: HardhatEthersSigner[],
  result: RoundResult,
  chainId?: bigint
): Promise<string[]> {
  const address = typeof verifyingContract === "string" ? verifyingContract : await verifyingContract.getAddress();
  const domain = await settlementDomain(address, chainId);
  return Promise.all(sortByAddress(signers).map((s) => s.signTypedData(domain, ROUND_RESULT_TYPES, result)));
}

/**
 * `keccak256(abi.encode((address operator, uint256 bps)[]))`, the `slashesHash` of a result (production
 * `hashSlashes`); pass the slashes in the order they are submitted.
 */
export function hashSlashes(slashes: Slash[]): string {
  return productionHashSlashes(slashes.map((s) => ({ operator: s.operator as Address, bps: s.bps })));
}
