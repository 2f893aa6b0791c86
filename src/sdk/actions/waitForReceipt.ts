import type { Hash, TransactionReceipt } from "viem";
import { waitForTransactionReceipt } from "viem/actions";
import { ContractRevertError } from "../errors";
import type { AerieClient } from "../types";

/** Parameters of {@link waitForReceipt}. */
export type WaitForReceiptParameters = {
  /** The transaction's hash (what a write returned). */
  hash: Hash;
  /** Blocks to wait for after inclusion (default 1). */
  confirmations?: number | undefined;
};

/** What {@link waitForReceipt} returns: the successful receipt. */
export type WaitForReceiptReturnType = TransactionReceipt;

/**
 * Waits for a transaction's receipt and checks that it succeeded.
 * @throws ContractRevertError when the transaction reverted on chain (it was simulated before sending, so
 * the state changed in between: read it again and retry).
 */
export async function waitForReceipt(client: AerieClient, { hash, confirmations }: WaitForReceiptParameters): Promise<WaitForReceiptReturnType> {
  const receipt = await waitForTransactionReceipt(client, { hash, confirmations });
  if (receipt.status !== "success") {
    throw new ContractRevertError(`transaction ${hash} reverted on chain in block ${receipt.blockNumber}: the state changed after the simulation; read it again and retry`, undefined, []);
  }
  return receipt;
}
