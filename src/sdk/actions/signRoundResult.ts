import type { Hex } from "viem";
import { getChainId, signTypedData } from "viem/actions";
import { ROUND_RESULT_TYPES, settlementDomain } from "../../lib/eip712";
import type { AerieWalletClient, WithAddresses } from "../types";
import type { OnChainRoundResult, SignedResult } from "./propose";

/** Parameters of {@link signRoundResult}. */
export type SignRoundResultParameters = WithAddresses & {
  /** The round result to sign (from the round bundle). */
  result: OnChainRoundResult;
};

/** What {@link signRoundResult} returns: the signer and its 65-byte signature. */
export type SignRoundResultReturnType = SignedResult;

/**
 * Signs a round result as a committee member (EIP-712, domain "Aerie RoundSettlement" v1, this chain and settlement).
 * Sends nothing.
 */
export async function signRoundResult(client: AerieWalletClient, { addresses, result }: SignRoundResultParameters): Promise<SignRoundResultReturnType> {
  const domain = settlementDomain(await getChainId(client), addresses.roundSettlement);
  const signature: Hex = await signTypedData(client, { account: client.account, domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result });
  return { signer: client.account.address, signature };
}
