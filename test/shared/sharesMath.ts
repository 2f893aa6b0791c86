// SharesMath (contracts/libraries/SharesMath.sol) in bigint, so tests state the exact shares and wei they expect.
import { BPS, VIRTUAL_ASSETS, VIRTUAL_SHARES } from "./constants";

/** `ceil(a / b)` on bigints (a >= 0, b > 0). */
export const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * Shares minted for `assets` wei by a pool of `totalShares` over `totalAssets` wei:
 * `floor(assets * (S + 1e6) / (A + 1))` (SharesMath.toSharesDown).
 */
export function toShares(assets: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (assets * (totalShares + VIRTUAL_SHARES)) / (totalAssets + VIRTUAL_ASSETS);
}

/**
 * Wei that `shares` are worth in a pool of `totalShares` over `totalAssets` wei:
 * `floor(shares * (A + 1) / (S + 1e6))` (SharesMath.toAssetsDown).
 */
export function toAssets(shares: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (shares * (totalAssets + VIRTUAL_ASSETS)) / (totalShares + VIRTUAL_SHARES);
}

/** Wei a slash of `bps` takes from a base of `base` wei (the stake at the round's start): `ceil(base * bps / 10_000)`. */
export function slashAmount(base: bigint, bps: bigint): bigint {
  return ceilDiv(base * bps, BPS);
}

/**
 * How a slash of `amount` wei splits over an active pool of `active` wei and an unbonding pool of `unbonding` wei
 * (SharesMath.slashProRata): both pools whole when `amount >= active + unbonding`, else `activeCut =
 * ceil(amount * active / (active + unbonding))` and the unbonding pool the rest. Returns `[activeCut, unbondingCut]`.
 */
export function slashSplit(amount: bigint, active: bigint, unbonding: bigint): [bigint, bigint] {
  const total = active + unbonding;
  if (amount >= total) return [active, unbonding];
  const activeCut = ceilDiv(amount * active, total);
  return [activeCut, amount - activeCut];
}

/**
 * The cuts of `StakingVault.slash(operator, bps, roundStart, ref)`: `slashSplit(slashAmount(base, bps), active,
 * unbonding)` with `base` the operator's stake at `roundStart` and the pools as they are when the slash lands.
 */
export function slashCuts(base: bigint, bps: bigint, active: bigint, unbonding: bigint): [bigint, bigint] {
  return slashSplit(slashAmount(base, bps), active, unbonding);
}
