import { recoverTypedDataAddress, type Address, type Hex, type WalletClient } from "viem";
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

/**
 * Proposes a round result with signatures collected from committee members elsewhere (`aerie sign-result`),
 * after checking that each recovers to its claimed signer; they are sent in ascending signer order.
 * @throws PreconditionError when a signature does not match its signer.
 */
export async function proposeWithSignatures(
  ctx: ChainContext,
  c: Contracts,
  sender: WalletClient,
  result: RoundResult,
  slashes: Slash[],
  signed: { signer: Address; signature: Hex }[],
) {
  const domain = settlementDomain(ctx.chainId, c.settlement.address);
  for (const s of signed) {
    const recovered = await recoverTypedDataAddress({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result, signature: s.signature });
    if (recovered.toLowerCase() !== s.signer.toLowerCase()) throw new PreconditionError(`the signature given for ${s.signer} was made by ${recovered} or over another result: ask that member to sign this bundle again`);
  }
  const sorted = [...signed].sort((a, b) => (a.signer.toLowerCase() < b.signer.toLowerCase() ? -1 : 1));
  return send(ctx, sender, { ...c.settlement, functionName: "propose", args: [result, slashes, sorted.map((s) => s.signature)] });
}

/** Finalizes a proposed round once its challenge window has passed. */
export async function finalizeRound(ctx: ChainContext, c: Contracts, sender: WalletClient, taskId: bigint, round: bigint) {
  const proposal = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "getProposal", args: [taskId] })) as [
    { proposedAt: bigint; result: { round: bigint } },
    unknown,
  ];
  const window = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
  const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  const status = Number(await ctx.publicClient.readContract({ ...c.settlement, functionName: "roundStatus", args: [taskId, round] }));
  if (status === 2 || status === 3) throw new PreconditionError(`round ${round} of task ${taskId} is already ${status === 2 ? "finalized" : "skipped"}: nothing to do`);
  if (proposal[0].proposedAt === 0n) throw new PreconditionError(`task ${taskId} has no proposed result for round ${round}: propose first`);
  if (now < proposal[0].proposedAt + window) {
    throw new PreconditionError(`round ${round}'s challenge window closes at ${proposal[0].proposedAt + window} (in ${proposal[0].proposedAt + window - now} s): finalize after that`);
  }
  return send(ctx, sender, { ...c.settlement, functionName: "finalize", args: [taskId, round] });
}
