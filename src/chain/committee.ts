import type { Hex, WalletClient } from "viem";
import { addressOf, send, type ChainContext } from "./context";
import type { Contracts } from "./actions";
import { PreconditionError } from "./errors";
import { ROUND_RESULT_TYPES, settlementDomain, type RoundResult, type Slash } from "../lib/eip712";

/**
 * Signs a round result as one committee member (EIP-712, domain "Aerie RoundSettlement" v1).
 * @returns the 65-byte signature.
 */
export async function signRoundResultWith(ctx: ChainContext, c: Contracts, member: WalletClient, result: RoundResult): Promise<Hex> {
  return member.signTypedData({
    account: member.account!,
    domain: settlementDomain(ctx.chainId, c.settlement.address),
    types: ROUND_RESULT_TYPES,
    primaryType: "RoundResult",
    message: result,
  });
}

/**
 * Proposes a round result with the signatures of `members` (sorted by signer address, as the contract
 * requires). Anyone may send it; `sender` pays the gas.
 * @throws PreconditionError when fewer members than the committee threshold sign.
 */
export async function proposeResult(
  ctx: ChainContext,
  c: Contracts,
  sender: WalletClient,
  members: WalletClient[],
  result: RoundResult,
  slashes: Slash[],
) {
  const [, threshold] = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "committee" })) as [string[], bigint, bigint];
  if (BigInt(members.length) < threshold) throw new PreconditionError(`${members.length} committee signatures but the threshold is ${threshold}: add signers`);
  const signed: { signer: string; signature: Hex }[] = [];
  for (const m of members) signed.push({ signer: addressOf(m).toLowerCase(), signature: await signRoundResultWith(ctx, c, m, result) });
  signed.sort((a, b) => (a.signer < b.signer ? -1 : a.signer > b.signer ? 1 : 0));
  return send(ctx, sender, { ...c.settlement, functionName: "propose", args: [result, slashes, signed.map((s) => s.signature)] });
}

/** Finalizes a proposed round once its challenge window has passed. */
export async function finalizeRound(ctx: ChainContext, c: Contracts, sender: WalletClient, taskId: bigint, round: bigint) {
  const proposal = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "getProposal", args: [taskId] })) as [
    { proposedAt: bigint; result: { round: bigint } },
    unknown,
  ];
  const window = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
  const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  if (proposal[0].proposedAt === 0n) throw new PreconditionError(`task ${taskId} has no proposed result for round ${round}: propose first`);
  if (now < proposal[0].proposedAt + window) {
    throw new PreconditionError(`round ${round}'s challenge window closes at ${proposal[0].proposedAt + window} (in ${proposal[0].proposedAt + window - now} s): finalize after that`);
  }
  return send(ctx, sender, { ...c.settlement, functionName: "finalize", args: [taskId, round] });
}
