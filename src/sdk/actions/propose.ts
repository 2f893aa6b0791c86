import { recoverTypedDataAddress, type Address, type ContractFunctionArgs, type Hex } from "viem";
import { getChainId } from "viem/actions";
import { roundSettlementAbi } from "../abis";
import { PreconditionError } from "../errors";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import { ROUND_RESULT_TYPES, settlementDomain } from "../../lib/eip712";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** The signed round result `propose` takes (`IRoundSettlement.RoundResult`). */
export type OnChainRoundResult = ContractFunctionArgs<typeof roundSettlementAbi, "nonpayable", "propose">[0];
/** The slashes `propose` takes, sorted by operator (`IRoundSettlement.Slash[]`: operator, bps). */
export type OnChainSlashes = ContractFunctionArgs<typeof roundSettlementAbi, "nonpayable", "propose">[1];
/** One committee member's signature over a result. */
export type SignedResult = { signer: Address; signature: Hex };

/** Parameters of {@link proposeRequest}. */
export type ProposeRequestParameters = WithAddresses & {
  /** The round result the committee signed. */
  result: OnChainRoundResult;
  /** The result's slashes, sorted by operator (their hash is `result.slashesHash`). */
  slashes: OnChainSlashes;
  /** The 65-byte signatures, in ascending signer order (see {@link sortSignatures}). */
  signatures: readonly Hex[];
};

/** Parameters of {@link propose}. */
export type ProposeParameters = WithAddresses &
  WriteOptions & {
    /** The round result the committee signed. */
    result: OnChainRoundResult;
    /** The result's slashes, sorted by operator. */
    slashes: OnChainSlashes;
    /** Signatures with their claimed signers, in any order; at least the committee threshold. */
    signatures: readonly SignedResult[];
  };

/** What {@link propose} returns: the transaction hash. */
export type ProposeReturnType = WriteReturnType;

/** The typed call of {@link propose} (`RoundSettlement.propose`). Pure. */
export function proposeRequest(p: ProposeRequestParameters) {
  return { address: p.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "propose", args: [p.result, p.slashes, p.signatures] } as const;
}

/** Signatures in ascending signer order (the order `propose` requires). */
export function sortSignatures(signatures: readonly SignedResult[]): Hex[] {
  return [...signatures]
    .sort((a, b) => (a.signer.toLowerCase() < b.signer.toLowerCase() ? -1 : a.signer.toLowerCase() > b.signer.toLowerCase() ? 1 : 0))
    .map((s) => s.signature);
}

/**
 * Proposes a round result with committee signatures (anyone may send it; the sender pays gas). Each signature is
 * checked to recover to its claimed signer over this result (EIP-712, this chain and settlement), then all are sent
 * in ascending signer order.
 * @throws PreconditionError when a signature was made by someone else or over another result (nothing is sent).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function propose(client: AerieWalletClient, parameters: ProposeParameters): Promise<ProposeReturnType> {
  const domain = settlementDomain(await getChainId(client), parameters.addresses.roundSettlement);
  for (const s of parameters.signatures) {
    const recovered = await recoverTypedDataAddress({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: parameters.result, signature: s.signature });
    if (recovered.toLowerCase() !== s.signer.toLowerCase()) {
      throw new PreconditionError(`the signature given for ${s.signer} was made by ${recovered} or over another result: ask that member to sign this result again`);
    }
  }
  const request = proposeRequest({ ...parameters, signatures: sortSignatures(parameters.signatures) });
  return sendCalldata(client, request.address, encodeFunctionData(request), "propose", parameters);
}
