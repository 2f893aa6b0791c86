// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SharesMath
/// @notice Share accounting of one staking pool (an operator's active pool or its unbonding pool).
/// @dev Conversions use a virtual offset (`VIRTUAL_SHARES = 1e6`, `VIRTUAL_ASSETS = 1`, the scheme of Morpho Blue's
/// `SharesMathLib`) so that the first depositor cannot inflate the share price, and round in the protocol's favour:
/// minting rounds shares down, redeeming rounds assets down, a slash's amount rounds up (docs/PROTOCOL.md §9.6).
/// Products go through `Math.mulDiv` (512-bit intermediate), so no conversion overflows before the division.
library SharesMath {
    /// @notice Virtual shares added to a pool's share supply in every conversion.
    uint256 internal constant VIRTUAL_SHARES = 1e6;
    /// @notice Virtual wei added to a pool's assets in every conversion.
    uint256 internal constant VIRTUAL_ASSETS = 1;

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
        return toSharesDown(assets, self.totalShares, self.totalAssets);
    }

    /// @notice Shares worth `assets` wei in a pool of `totalShares` shares and `totalAssets` wei (a pool whose two
    /// totals are stored apart, like an operator's active pool whose assets are its latest stake checkpoint).
    /// @param assets wei to price.
    /// @param totalShares the pool's shares.
    /// @param totalAssets the pool's wei.
    function toSharesDown(uint256 assets, uint256 totalShares, uint256 totalAssets) internal pure returns (uint256) {
        return Math.mulDiv(assets, totalShares + VIRTUAL_SHARES, totalAssets + VIRTUAL_ASSETS);
    }

    /// @notice Wei `shares` are worth now: `floor(shares * (A + 1) / (S + 1e6))`.
    /// @param self the pool.
    /// @param shares shares to value.
    function toAssetsDown(Pool storage self, uint256 shares) internal view returns (uint256) {
        return toAssetsDown(shares, self.totalShares, self.totalAssets);
    }

    /// @notice Wei `shares` are worth in a pool of `totalShares` shares and `totalAssets` wei.
    /// @param shares shares to value.
    /// @param totalShares the pool's shares.
    /// @param totalAssets the pool's wei.
    function toAssetsDown(uint256 shares, uint256 totalShares, uint256 totalAssets) internal pure returns (uint256) {
        return Math.mulDiv(shares, totalAssets + VIRTUAL_ASSETS, totalShares + VIRTUAL_SHARES);
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

    /// @notice Cuts `amount` wei from two pools (an operator's active and unbonding pools) in proportion to their
    /// assets, capped at both pools' assets together: with `A` and `U` the pools' assets and `T = A + U`, the cuts
    /// are `(A, U)` when `amount >= T`, otherwise `activeCut = ceil(amount * A / T)` and `unbondingCut =
    /// amount - activeCut`. Shares are untouched, so every holder of either pool loses the same fraction (up to the
    /// rounding of one wei).
    /// @dev `activeCut <= A` (as `amount < T`) and `unbondingCut <= amount * U / T <= U`, so neither pool goes
    /// negative; the two cuts add up to exactly `min(amount, T)`. O(1) whatever the number of holders. The active
    /// pool's assets are passed by value (they live in the operator's stake checkpoints): this function books the
    /// unbonding cut, the caller books `activeAssets - activeCut`.
    /// @param activeAssets the active pool's wei (`A`).
    /// @param unbonding the unbonding pool.
    /// @param amount wei to cut from both together.
    /// @return activeCut wei to remove from the active pool.
    /// @return unbondingCut wei removed from `unbonding`.
    function slashProRata(uint256 activeAssets, Pool storage unbonding, uint256 amount)
        internal
        returns (uint256 activeCut, uint256 unbondingCut)
    {
        uint256 unbondingAssets = unbonding.totalAssets;
        uint256 total = activeAssets + unbondingAssets;
        if (amount >= total) {
            (activeCut, unbondingCut) = (activeAssets, unbondingAssets);
        } else {
            activeCut = Math.mulDiv(amount, activeAssets, total, Math.Rounding.Ceil);
            // `activeCut <= amount` because `activeAssets <= total`.
            unchecked {
                unbondingCut = amount - activeCut;
            }
        }
        // `unbondingCut <= unbondingAssets` (see @dev), so it does not underflow.
        unchecked {
            unbonding.totalAssets = unbondingAssets - unbondingCut;
        }
    }
}
