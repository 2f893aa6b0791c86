// Sending a typed SDK request through the node's transaction queue, for the committee and guardian loops.
import { encodeFunctionData, type Address, type Hex } from "viem";
import type { Logger } from "pino";

import type { TxQueue } from "../tx/queue";

/** A typed call as the SDK's `xRequest` functions return it. */
export type TypedRequest = { address: Address; abi: readonly unknown[]; functionName: string; args: readonly unknown[] };

/**
 * Sends `request` through `queue` (journaled before broadcast; an earlier tx with the same `intent` is returned
 * instead of sending again) and waits for the receipt. A failure is logged with the node's or the contract's own
 * reason and answered `undefined`: the loop re-reads the chain state on its next pass.
 */
export async function sendRequest(queue: TxQueue, request: TypedRequest, intent: string, log: Logger, what: string): Promise<{ hash: Hex; reused: boolean } | undefined> {
  const data = encodeFunctionData({ abi: request.abi, functionName: request.functionName, args: request.args } as unknown as Parameters<typeof encodeFunctionData>[0]);
  try {
    const outcome = await queue.send({ to: request.address, data, intent });
    log.info({ hash: outcome.hash, block: outcome.blockNumber.toString(), reused: outcome.reused }, `${what} mined`);
    return { hash: outcome.hash, reused: outcome.reused };
  } catch (e) {
    log.warn({ err: (e as Error).message }, `${what} failed (the chain state is re-read next pass)`);
    return undefined;
  }
}
