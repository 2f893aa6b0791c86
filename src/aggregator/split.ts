// Splitting an operator's round reward between its commission and the holders of its pool's shares (docs/PROTOCOL.md §7).
import { getAddress, isAddress, type Address } from "viem";

import { InvalidInputError } from "../lib/errors";
import { compareAddresses } from "../lib/order";
import { BPS } from "./constants";

// ------------------------------------------------------------------ types

/** A holder of shares of an operator's active pool at the round's start. */
export type ShareHolding = { account: Address; shares: bigint };

/** Input of {@link splitOperatorReward}. */
export type SplitOperatorRewardParameters = {
  operator: Address;
  /** The operator's reward for the round, wei. */
  reward: bigint;
  /** The operator's commission at the round's start, bps (0…10_000). */
  commissionBps: bigint;
  /** The pool's share holders at the round's start (the operator's own shares included). */
  shares: readonly ShareHolding[];
};

/** Output of {@link splitOperatorReward}. */
export type SplitOperatorRewardReturnType = {
  /** `floor(reward × commissionBps / 10_000)`, wei, paid to the operator's own account. */
  commission: bigint;
  /** Non-zero amounts (wei) per account, sorted by account; the operator's entry includes the commission. */
  perAccount: { account: Address; amount: bigint }[];
  /** `reward − commission − Σ pro-rata parts`, wei: not paid (goes back to the task creator as unspent). */
  dust: bigint;
};

// ------------------------------------------------------------------ functions

/**
 * Splits an operator's reward (docs/PROTOCOL.md §7: "commission to the operator, the rest pro rata over the pool's
 * shares at the round's start, operator's own shares included"; every amount floored):
 *
 * - `commission = floor(reward × commissionBps / 10_000)`;
 * - `part_a = floor((reward − commission) × shares_a / Σ shares)` (if `Σ shares = 0` every part is 0);
 * - the operator's account gets `commission + part_operator`, every other account `part_a`;
 * - `dust = reward − commission − Σ part_a` (< number of holders, or all of the rest when there are no shares).
 *
 * Accounts whose amount is 0 are left out of `perAccount`.
 *
 * @throws {InvalidInputError} on a negative reward or share count, commission out of [0, 10_000] bps, an
 *   invalid address, or an account listed twice.
 */
export function splitOperatorReward(parameters: SplitOperatorRewardParameters): SplitOperatorRewardReturnType {
  const { reward, commissionBps } = parameters;
  const operator = _address(parameters.operator, "operator");
  if (reward < 0n) throw new InvalidInputError(`split: reward of ${operator} must be >= 0 wei, got ${reward}`);
  if (commissionBps < 0n || commissionBps > BPS) {
    throw new InvalidInputError(`split: commissionBps of ${operator} must be in [0, 10000], got ${commissionBps}`);
  }
  const seen = new Set<string>();
  const holdings = parameters.shares
    .map((h) => {
      const account = _address(h.account, "account");
      if (seen.has(account.toLowerCase())) throw new InvalidInputError(`split: account ${account} listed twice for operator ${operator}`);
      seen.add(account.toLowerCase());
      if (h.shares < 0n) throw new InvalidInputError(`split: shares of ${account} must be >= 0, got ${h.shares}`);
      return { account, shares: h.shares };
    })
    .sort((a, b) => compareAddresses(a.account, b.account));

  return splitSortedHoldings(operator, reward, commissionBps, holdings);
}

/**
 * {@link splitOperatorReward} on input the caller already normalized: `operator` and every account checksummed,
 * `holdings` sorted by account with no account twice, `reward >= 0`, `commissionBps` in [0, 10_000]. Linear in the
 * holdings (no sort, no address hashing): what a round with a million delegators runs (`computeRound` normalizes once).
 * Same output as {@link splitOperatorReward}.
 */
export function splitSortedHoldings(
  operator: Address,
  reward: bigint,
  commissionBps: bigint,
  holdings: readonly ShareHolding[],
): SplitOperatorRewardReturnType {
  const commission = (reward * commissionBps) / BPS;
  const rest = reward - commission;
  let totalShares = 0n;
  for (const h of holdings) totalShares += h.shares;

  const operatorKey = operator.toLowerCase();
  const perAccount: { account: Address; amount: bigint }[] = [];
  let distributed = 0n;
  let commissionPaid = commission === 0n;
  for (const h of holdings) {
    const part = totalShares > 0n ? (rest * h.shares) / totalShares : 0n;
    distributed += part;
    // (the lowercase key only until the commission is placed: a pool of a million holders lowercases one)
    const key = commissionPaid ? "" : h.account.toLowerCase();
    if (!commissionPaid && key >= operatorKey) {
      commissionPaid = true;
      if (key === operatorKey) {
        perAccount.push({ account: operator, amount: commission + part });
        continue;
      }
      perAccount.push({ account: operator, amount: commission });
    }
    if (part > 0n) perAccount.push({ account: h.account, amount: part });
  }
  if (!commissionPaid) perAccount.push({ account: operator, amount: commission });
  return { commission, perAccount, dust: rest - distributed };
}

// ------------------------------------------------------------------ internal helpers

function _address(value: string, what: string): Address {
  if (!isAddress(value, { strict: false })) throw new InvalidInputError(`split: invalid ${what} address ${value}`);
  return getAddress(value);
}
