// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SharesMath
/// @notice Share accounting of one staking pool (an operator's active pool or its unbonding pool).
/// @dev Conversions use a virtual offset (`VIRTUAL_SHARES = 1e6`, `VIRTUAL_ASSETS = 1`, the scheme of Morpho Blue's
/// `SharesMathLib`) so that the first depositor cannot inflate the share price, and round in the protocol's favour:
/// minting rounds shares down, redeeming rounds assets down, a slash rounds its cut up (docs/PROTOCOL.md §9.6).
/// Products go through `Math.mulDiv` (512-bit intermediate), so no conversion overflows before the division.
library SharesMath {
    /// @notice Virtual shares added to a pool's share supply in every conversion.
    uint256 internal constant VIRTUAL_SHARES = 1e6;
    /// @notice Virtual wei added to a pool's assets in every conversion.
    uint256 internal constant VIRTUAL_ASSETS = 1;
    /// @notice Denominator of a rate in bps.
    uint256 internal constant BPS = 10_000;

    /// @notice A pool of `totalAssets` wei owned by the holders of `totalShares` shares.
    /// @dev Invariant: `totalShares` equals the sum of its holders' shares (kept by the caller), and a redemption of
    /// any `s <= totalShares` pays `floor(s * (A + 1) / (S + 1e6)) <= A` wei (since `s < S + 1e6`), so the sum paid
    /// out never exceeds `totalAssets`.
    struct Pool {
        uint256 totalShares;
        uint256 totalAssets;
    }

    /// @notice Shares worth `assets` wei now: `floor(assets * (S + 1e6) / (A + 1))`.
    /// @param self the pool.
    /// @param assets wei to price.
    function toSharesDown(Pool storage self, uint256 assets) internal view returns (uint256) {
        return Math.mulDiv(assets, self.totalShares + VIRTUAL_SHARES, self.totalAssets + VIRTUAL_ASSETS);
    }

    /// @notice Wei `shares` are worth now: `floor(shares * (A + 1) / (S + 1e6))`.
    /// @param self the pool.
    /// @param shares shares to value.
    function toAssetsDown(Pool storage self, uint256 shares) internal view returns (uint256) {
        return Math.mulDiv(shares, self.totalAssets + VIRTUAL_ASSETS, self.totalShares + VIRTUAL_SHARES);
    }

    /// @notice Adds `assets` wei and `shares` shares to the pool (a deposit priced by `toSharesDown`).
    /// @param self the pool.
    /// @param assets wei added.
    /// @param shares shares minted.
    function deposit(Pool storage self, uint256 assets, uint256 shares) internal {
        self.totalShares += shares;
        self.totalAssets += assets;
    }

    /// @notice Removes `shares` shares and `assets` wei from the pool (a redemption priced by `toAssetsDown`).
    /// @dev Checked arithmetic: a caller that redeems more than the pool holds reverts with a panic.
    /// @param self the pool.
    /// @param shares shares burned.
    /// @param assets wei removed.
    function redeem(Pool storage self, uint256 shares, uint256 assets) internal {
        self.totalShares -= shares;
        self.totalAssets -= assets;
    }

    /// @notice Cuts `ceil(totalAssets * bps / 10_000)` wei (capped at `totalAssets`) from the pool; shares are
    /// untouched, so every holder loses the same fraction.
    /// @param self the pool.
    /// @param bps rate to cut, in bps (<= 10_000 keeps the cut exact; more is capped at the pool's assets).
    /// @return cut wei removed.
    function slash(Pool storage self, uint256 bps) internal returns (uint256 cut) {
        uint256 assets = self.totalAssets;
        cut = Math.min(Math.mulDiv(assets, bps, BPS, Math.Rounding.Ceil), assets);
        // `cut <= assets` by the `min` above, so the subtraction cannot underflow.
        unchecked {
            self.totalAssets = assets - cut;
        }
    }
}
