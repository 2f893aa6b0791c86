// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title CommissionSchedule
/// @notice An operator's commission over time: a checkpointed history plus at most one staged increase
/// (docs/PROTOCOL.md §3: a decrease applies at once, an increase only after a delay).
/// @dev A staged increase applies lazily: lookups return it for every `t >= effectiveAt`, and the next change
/// writes it into the history at key `effectiveAt` before doing anything else ("materialize"), so `at(t)` is the
/// exact commission in force at any past, present or (staged) future time.
library CommissionSchedule {
    using Checkpoints for Checkpoints.Trace208;

    /// @notice Thrown when a change would change nothing: `bps` is the current commission with nothing staged, or
    /// the increase already staged.
    /// @param bps the commission asked for, in bps.
    error CommissionScheduleUnchanged(uint256 bps);

    /// @notice What a call to `set` did.
    enum Change {
        /// The commission changed now (a decrease, or a return to the current value cancelling a staged increase).
        Immediate,
        /// An increase was staged for `effectiveAt`.
        Queued
    }

    /// @dev Invariants: every key in `history` is <= the time it was written, keys never decrease;
    /// `pendingEffectiveAt == 0` means no staged increase, otherwise `pendingEffectiveAt` is >= every key in
    /// `history` and `pendingBps` is > the last value in `history`.
    struct Schedule {
        Checkpoints.Trace208 history;
        uint208 pendingBps;
        uint48 pendingEffectiveAt;
    }

    /// @notice Starts the history with `bps` from `timestamp` (registration).
    /// @param self the operator's schedule.
    /// @param bps commission, in bps (already checked against the cap).
    /// @param timestamp now, in seconds.
    function init(Schedule storage self, uint256 bps, uint256 timestamp) internal {
        self.history.push(_key(timestamp), uint208(bps));
    }

    /// @notice Changes the commission to `bps` at `timestamp`.
    /// @dev `bps` must already be checked against the cap (so it fits in uint208).
    /// Reverts with:
    /// - `CommissionScheduleUnchanged` when `bps` is the current value with nothing staged, or the value already
    ///   staged.
    /// @param self the operator's schedule.
    /// @param bps the new commission, in bps.
    /// @param timestamp now, in seconds.
    /// @param delay seconds an increase waits (COMMISSION_DELAY).
    /// @return change whether it applied now or was staged.
    /// @return effectiveAt when it applies, in seconds.
    function set(Schedule storage self, uint256 bps, uint256 timestamp, uint256 delay)
        internal
        returns (Change change, uint256 effectiveAt)
    {
        _materialize(self, timestamp);
        uint256 current = self.history.latest();
        bool hasPending = self.pendingEffectiveAt != 0;
        if (bps < current || (bps == current && hasPending)) {
            // A decrease, or a return to the current value: applies now and cancels any staged increase.
            self.history.push(_key(timestamp), uint208(bps));
            _clearPending(self);
            return (Change.Immediate, timestamp);
        }
        if (bps == current || (hasPending && bps == self.pendingBps)) {
            revert CommissionScheduleUnchanged(bps);
        }
        // `timestamp` and `delay` are block time and a uint64 immutable, so the sum cannot overflow uint256.
        uint48 key = _key(timestamp + delay);
        self.pendingBps = uint208(bps);
        self.pendingEffectiveAt = key;
        return (Change.Queued, key);
    }

    /// @notice The commission in force at `timestamp`, in bps (0 before the first checkpoint).
    /// @param self the operator's schedule.
    /// @param timestamp any time, in seconds.
    function at(Schedule storage self, uint256 timestamp) internal view returns (uint256) {
        uint256 effectiveAt = self.pendingEffectiveAt;
        if (effectiveAt != 0 && timestamp >= effectiveAt) return self.pendingBps;
        return self.history.upperLookupRecent(_key(timestamp));
    }

    /// @notice The staged increase not yet in force at `timestamp`, or `(0, 0)` if none.
    /// @param self the operator's schedule.
    /// @param timestamp now, in seconds.
    /// @return bps the staged commission, in bps.
    /// @return effectiveAt when it applies, in seconds.
    function pending(Schedule storage self, uint256 timestamp)
        internal
        view
        returns (uint256 bps, uint256 effectiveAt)
    {
        effectiveAt = self.pendingEffectiveAt;
        if (effectiveAt == 0 || timestamp >= effectiveAt) return (0, 0);
        return (self.pendingBps, effectiveAt);
    }

    /// @dev Writes a staged increase whose time has come into the history at its own key.
    function _materialize(Schedule storage self, uint256 timestamp) private {
        uint48 effectiveAt = self.pendingEffectiveAt;
        if (effectiveAt != 0 && timestamp >= effectiveAt) {
            self.history.push(effectiveAt, self.pendingBps);
            _clearPending(self);
        }
    }

    function _clearPending(Schedule storage self) private {
        self.pendingBps = 0;
        self.pendingEffectiveAt = 0;
    }

    /// @dev Checkpoint key of a timestamp, saturating at uint48 max (year ~8.9 million) instead of reverting.
    function _key(uint256 timestamp) private pure returns (uint48) {
        return timestamp > type(uint48).max ? type(uint48).max : uint48(timestamp);
    }
}
