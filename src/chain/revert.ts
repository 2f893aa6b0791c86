// Revert decoding for the chain layer: the SDK's decoder, over the one merged error ABI (src/sdk/abis.ts).
import { decodeRevert as decodeWithSdk } from "../sdk/errors";

/**
 * Turns a failed call into a one-line error: `<action> reverted: Name(arg, …): what to do` (the SDK's decoder).
 * @param _ctx unused; kept so callers need not change.
 */
export async function decodeRevert(_ctx: unknown, e: unknown, action: string): Promise<Error> {
  return decodeWithSdk(e, action);
}
