// The one path every write takes: simulate (so reverts decode), estimate gas with a margin, send.
import { encodeFunctionData, type Address, type Hex } from "viem";
import { call, estimateGas, sendTransaction } from "viem/actions";
import { decodeRevert } from "../errors";
import { GAS_MARGIN_PERCENT, type AerieWalletClient, type WriteOptions, type WriteReturnType } from "../types";

/** Applies the default margin to a gas estimate: `estimate × GAS_MARGIN_PERCENT / 100`, rounded down. */
export function withGasMargin(estimate: bigint): bigint {
  return (estimate * GAS_MARGIN_PERCENT) / 100n;
}

/**
 * Sends encoded calldata from the client's account: eth_call first (a revert throws a decoded
 * ContractRevertError and nothing is sent), then eth_estimateGas × 1.25 unless `gas` is given, then the transaction.
 * @param action the function name, for messages.
 */
export async function sendCalldata(
  client: AerieWalletClient,
  to: Address,
  data: Hex,
  action: string,
  options: WriteOptions,
): Promise<WriteReturnType> {
  const account = client.account;
  try {
    await call(client, { account, to, data });
    const gas = options.gas ?? withGasMargin(await estimateGas(client, { account, to, data }));
    const hash = await sendTransaction(client, { account, chain: client.chain, to, data, gas, nonce: options.nonce });
    return { hash };
  } catch (e) {
    throw decodeRevert(e, action);
  }
}

export { encodeFunctionData };
