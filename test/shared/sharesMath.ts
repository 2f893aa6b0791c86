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

/** Wei a slash of `bps` cuts from a pool of `assets` wei: `min(ceil(assets * bps / 10_000), assets)` (SharesMath.slash). */
export function slashCut(assets: bigint, bps: bigint): bigint {
  const cut = ceilDiv(assets * bps, BPS);
  return cut < assets ? cut : assets;
}
