// Errors of the SDK, and the decoding of contract reverts into one line a person can act on.
import { BaseError, decodeErrorResult, formatUnits, type Hex } from "viem";
import { AerieError, type AerieErrorParameters } from "../lib/errors";
import { aerieErrorsAbi } from "./abis";

/** The address book is missing, malformed, for another chain, or points at addresses without the expected code. */
export class AddressBookError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "AddressBookError";
  }
}

/** Deployment parameters (config/deploy.json) are missing or invalid for the chosen network. */
export class DeployConfigError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "DeployConfigError";
  }
}

/** A precondition checked before sending a transaction (balance, allowance, timing, a bundle's root). */
export class PreconditionError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "PreconditionError";
  }
}

/** A contract call or transaction reverted (or could not be sent). */
export class ContractRevertError extends AerieError {
  /** The custom error's name (`StakingVaultNotRegistered`), or `undefined` when the revert did not decode. */
  readonly errorName: string | undefined;
  /** The custom error's arguments, in declaration order (`[]` when none or undecoded). */
  readonly args: readonly unknown[];
  constructor(shortMessage: string, errorName: string | undefined, args: readonly unknown[], parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "ContractRevertError";
    this.errorName = errorName;
    this.args = args;
  }
}

/** The name of any custom error in {@link aerieErrorsAbi}. */
export type AerieErrorName = (typeof aerieErrorsAbi)[number]["name"];

/** Builds the "what to do" clause of a decoded error from its arguments. */
export type RevertHint = (args: readonly unknown[]) => string;
type Hint = RevertHint;
const s = (v: unknown): string => String(v);
/** An amount of wei with its value in tokens (18 decimals) next to it: `2500000000000000000 wei (2.5 tokens)`. */
const w = (v: unknown): string => {
  try {
    return `${String(v)} wei (${formatUnits(BigInt(String(v)), 18)} tokens)`;
  } catch {
    return `${String(v)} wei`;
  }
};

/** What to do about each custom error, in one clause (the decoded name and arguments precede it); by error name. */
export const REVERT_HINTS: Readonly<Partial<Record<AerieErrorName, Hint>>> = {
  StakingVaultZeroAmount: () => "pass an amount of more than 0 wei",
  StakingVaultAlreadyRegistered: (a) => `${s(a[0])} is already an operator: nothing to do`,
  StakingVaultNotRegistered: (a) => `${s(a[0])} is not a registered operator: register it first, or pick another operator`,
  StakingVaultCommissionTooHigh: (a) => `commission ${s(a[0])} bps exceeds the cap of ${s(a[1])} bps: choose at most ${s(a[1])}`,
  CommissionScheduleUnchanged: (a) => `the commission already is ${s(a[0])} bps: nothing to do`,
  StakingVaultZeroShares: (a) => `${w(a[1])} buys 0 shares of ${s(a[0])}'s pool: stake more`,
  StakingVaultInsufficientShares: (a) => `${s(a[1])} holds ${s(a[2])} shares of ${s(a[0])}'s pool, not ${s(a[3])}: unstake at most ${s(a[2])}`,
  StakingVaultUnknownRequest: (a) => `unstake request ${s(a[0])} does not exist or was already withdrawn: check the id`,
  StakingVaultNotRequestOwner: (a) => `unstake request ${s(a[0])} belongs to ${s(a[1])}: withdraw it from that account`,
  StakingVaultRequestLocked: (a) => `unstake request ${s(a[0])} unlocks at ${s(a[1])} (chain time ${s(a[2])}): wait, then withdraw again`,
  StakingVaultSlashPending: (a) => `${s(a[0])}'s pool has ${s(a[1])} pending slash(es): wait until the round is finalized or skipped`,
  StakingVaultTooManyRequests: (a) => `${s(a[0])} requests in one call, at most ${s(a[1])}: split the batch`,
  TaskRegistryStartInPast: (a) => `startTime ${s(a[0])} is before chain time ${s(a[1])}: start later`,
  TaskRegistryRoundDurationOutOfRange: (a) => `round duration ${s(a[0])} s is outside (0, ${s(a[1])}]: change it`,
  TaskRegistryUnknownTask: (a) => `task ${s(a[0])} does not exist: check the id`,
  TaskRegistryNotCreator: (a) => `only task ${s(a[0])}'s creator ${s(a[1])} may do this: use that account`,
  TaskRegistryTaskCancelled: (a) => `task ${s(a[0])} is cancelled: pick another task`,
  TaskRegistryTaskEnded: (a) => `task ${s(a[0])} ended at ${s(a[1])}: pick a running task`,
  TaskRegistryNothingToCancel: (a) => `the last round of task ${s(a[0])} has started (at ${s(a[1])}): nothing left to cancel`,
  TaskRegistryInvalidRole: (a) => `role ${s(a[0])} is not trainer (1) or validator (2): pass one of them`,
  TaskRegistryNotOperator: (a) => `${s(a[0])} is not a registered operator: register and stake first`,
  TaskRegistryAlreadyJoined: (a) => `${s(a[1])} already joined task ${s(a[0])}: nothing to do`,
  TaskRegistryNotJoined: (a) => `${s(a[1])} has not joined task ${s(a[0])}: nothing to leave`,
  TaskRegistryStakeBelowMinimum: (a) => `${s(a[0])} has ${w(a[1])} staked, the task needs ${w(a[2])}: stake more first`,
  TaskRegistryNothingToRefund: (a) => `task ${s(a[0])} has nothing refundable yet: wait for skipped or unspent rounds`,
  RoundSettlementRoundNotEnded: (a) => `round ${s(a[1])} of task ${s(a[0])} ends at ${s(a[2])} (chain time ${s(a[3])}): wait for it`,
  RoundSettlementDeadlinePassed: (a) => `round ${s(a[1])} of task ${s(a[0])} passed its deadline ${s(a[2])}: skip it instead`,
  RoundSettlementDeadlineNotReached: (a) => `round ${s(a[1])} of task ${s(a[0])} can be skipped from ${s(a[2])} (chain time ${s(a[3])}): wait`,
  RoundSettlementOutOfOrder: (a) =>
    BigInt(String(a[1])) < BigInt(String(a[2]))
      ? `round ${s(a[1])} of task ${s(a[0])} is already settled (round ${s(a[2])} is next): nothing to do for it`
      : `task ${s(a[0])} settles round ${s(a[2])} next, not ${s(a[1])}: settle the earlier rounds first`,
  RoundSettlementAlreadyProposed: (a) => `round ${s(a[1])} of task ${s(a[0])} already has a live proposal: finalize or challenge it`,
  RoundSettlementNotProposed: (a) => `round ${s(a[1])} of task ${s(a[0])} has no live proposal: propose first`,
  SignatureQuorumInsufficientSignatures: (a) => `${s(a[0])} valid committee signatures, the threshold is ${s(a[1])}: collect more`,
  SignatureQuorumInvalidSignature: (a) => `signature ${s(a[0])} is malformed: ask that member to sign again`,
  SignatureQuorumSignersNotAscending: (a) => `signature ${s(a[0])} is out of order: sort signatures by signer address`,
  SignatureQuorumNotCommitteeMember: (a) => `${s(a[1])} (signature ${s(a[0])}) is not in the current committee: use members' signatures`,
  RoundSettlementNotGuardian: (a) => `${s(a[0])} is not the guardian: sign with the guardian's account`,
  RoundSettlementChallengeWindowClosed: (a) => `round ${s(a[1])} of task ${s(a[0])}'s challenge window closed at ${s(a[2])}: it can only be finalized`,
  RoundSettlementChallengeWindowOpen: (a) => `round ${s(a[1])} of task ${s(a[0])} can be finalized from ${s(a[2])} (chain time ${s(a[3])}): wait`,
  RoundSettlementResultChallenged: (a) => `this result of round ${s(a[1])} of task ${s(a[0])} was challenged: propose a corrected one`,
  RewardDistributorNoRoot: (a) => `task ${s(a[0])} has no finalized rewards yet: wait for a round to be finalized`,
  RewardDistributorInvalidProof: (a) => `the proof does not match task ${s(a[0])}'s current root: use the latest finalized round's bundle`,
  RewardDistributorNothingToClaim: (a) => `${s(a[1])} already claimed ${w(a[3])} of task ${s(a[0])}: nothing left to claim`,
  ERC20InsufficientBalance: (a) => `${s(a[0])} holds ${w(a[1])}, needs ${w(a[2])}: fund it first`,
  ERC20InsufficientAllowance: (a) => `${s(a[0])} may pull only ${w(a[1])}, needs ${w(a[2])}: approve it first`,
  ERC2612ExpiredSignature: (a) => `the permit expired at ${s(a[0])}: sign a new one`,
  ERC2612InvalidSigner: (a) => `the permit was signed by ${s(a[0])}, not the owner ${s(a[1])}: sign it with the owner's key`,
  OwnableUnauthorizedAccount: (a) => `${s(a[0])} is not the owner: send from the owner's account`,
  TokenTransferShortfall: (a) => `the token delivered ${w(a[1])} of ${w(a[0])} (fee-on-transfer tokens are not supported)`,
};

/** Finds revert data (`0x` + selector + arguments) anywhere in an error's cause chain. */
function findRevertData(e: unknown): Hex | undefined {
  let cur: unknown = e;
  for (let depth = 0; depth < 12 && typeof cur === "object" && cur !== null; depth++) {
    if ("data" in cur) {
      const data: unknown = cur.data;
      if (typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) return `0x${data.slice(2)}`;
      if (typeof data === "object" && data !== null && "data" in data && typeof data.data === "string" && /^0x[0-9a-fA-F]{8}/.test(data.data)) {
        return `0x${data.data.slice(2)}`;
      }
      if (typeof data === "object" && data !== null && "raw" in data && typeof data.raw === "string" && /^0x[0-9a-fA-F]{8}/.test(data.raw)) {
        return `0x${data.raw.slice(2)}`;
      }
    }
    if ("raw" in cur && typeof cur.raw === "string" && /^0x[0-9a-fA-F]{8}/.test(cur.raw)) return `0x${cur.raw.slice(2)}`;
    cur = "cause" in cur ? cur.cause : undefined;
  }
  return undefined;
}

/** Formats one decoded argument for a message (bigints in decimal, arrays in brackets). */
function formatArg(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatArg).join(", ")}]`;
  return String(v);
}

/**
 * The JSON-RPC URL of a failure that is the chain being unreachable (viem's `HttpRequestError` or `TimeoutError`
 * anywhere in the cause chain, which carry the URL), or `undefined` for any other failure.
 */
export function unreachableRpcUrl(error: unknown): string | undefined {
  let cur: unknown = error;
  for (let depth = 0; depth < 10 && typeof cur === "object" && cur !== null; depth++) {
    const e = cur as { name?: unknown; url?: unknown; cause?: unknown };
    if ((e.name === "HttpRequestError" || e.name === "TimeoutError") && typeof e.url === "string") return e.url;
    cur = e.cause;
  }
  return undefined;
}

/**
 * Turns any failure of a contract call or transaction into a {@link ContractRevertError} whose message is one
 * line: `<action> reverted: Name(arg, …): what to do`. Custom errors are decoded with {@link aerieErrorsAbi}
 * (every Aerie, token and OpenZeppelin error); an undecodable failure keeps viem's short message.
 * @param error what viem (or the node) threw.
 * @param action what was attempted, e.g. `stake` (prefix of the message).
 */
export function decodeRevert(error: unknown, action = "call"): ContractRevertError | AerieError {
  if (error instanceof AerieError) return error;
  const data = findRevertData(error);
  if (data !== undefined) {
    try {
      const decoded = decodeErrorResult({ abi: aerieErrorsAbi, data });
      const args: readonly unknown[] = decoded.args ?? [];
      const hint = REVERT_HINTS[decoded.errorName]?.(args) ?? "see the error's documentation in the contract interfaces";
      return new ContractRevertError(`${action} reverted: ${decoded.errorName}(${args.map(formatArg).join(", ")}): ${hint}`, decoded.errorName, args, {
        cause: error,
      });
    } catch {
      // not one of Aerie's errors: fall through to the generic message
    }
  }
  const rpc = unreachableRpcUrl(error);
  if (rpc !== undefined) return new ContractRevertError(`${action} failed: cannot reach the chain at ${rpc}: start it, or point the RPC URL at a running node`, undefined, [], { cause: error });
  const short = error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  return new ContractRevertError(`${action} failed: ${short.split("\n")[0]}`, undefined, [], { cause: error });
}
