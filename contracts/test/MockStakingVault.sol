// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title MockStakingVault
/// @notice Test double of the StakingVault for TaskRegistry, RoundSettlement and RewardDistributor tests:
/// exposes only what they call, with settable values, and records the settlement hooks' calls.
/// Not for deployment.
contract MockStakingVault {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    error MockStakingVaultNoLock(address operator);

    event MockSlashed(address indexed caller, address indexed operator, uint256 bps, uint256 roundStart, bytes32 ref);
    event MockWithdrawalsLocked(address indexed caller, address indexed operator, uint256 locks);
    event MockWithdrawalsUnlocked(address indexed caller, address indexed operator, uint256 locks);
    event MockStakedFor(
        address indexed operator, address indexed account, address payer, uint256 amount, uint256 shares
    );

    IERC20 private immutable _TOKEN;
    uint256 public immutable MAX_ROUND_DURATION;
    uint256 public immutable RESULT_DEADLINE;
    uint256 public immutable CHALLENGE_WINDOW;
    uint256 public immutable MAX_SLASH_BPS;

    mapping(address operator => bool) public isOperator;
    mapping(address operator => uint256) public locks;
    mapping(address operator => Checkpoints.Trace208) private _stakes;
    /// @notice Number of `slash` calls received (each is also logged as `MockSlashed`).
    uint256 public slashCallCount;
    /// @notice Shares `stakeFor` reports per wei staked, times 1e6 (1e6 by default: 1 share per wei).
    uint256 public sharesPerAssetE6 = 1e6;

    /// @param token_ the stake token.
    /// @param maxRoundDuration seconds.
    /// @param resultDeadline seconds.
    /// @param challengeWindow seconds.
    /// @param maxSlashBps bps.
    constructor(
        IERC20 token_,
        uint256 maxRoundDuration,
        uint256 resultDeadline,
        uint256 challengeWindow,
        uint256 maxSlashBps
    ) {
        _TOKEN = token_;
        MAX_ROUND_DURATION = maxRoundDuration;
        RESULT_DEADLINE = resultDeadline;
        CHALLENGE_WINDOW = challengeWindow;
        MAX_SLASH_BPS = maxSlashBps;
    }

    /// @notice The stake token (same getter as the real vault).
    /// @return the token.
    function token() external view returns (IERC20) {
        return _TOKEN;
    }

    // ------------------------------------------------------------------ test setters

    /// @notice Marks `operator` registered or not.
    function setOperator(address operator, bool registered) external {
        isOperator[operator] = registered;
    }

    /// @notice Sets `operator`'s stake (wei) from now on; `stakeAt` of earlier times is unchanged.
    function setStake(address operator, uint256 amount) external {
        _stakes[operator].push(SafeCast.toUint48(block.timestamp), SafeCast.toUint208(amount));
    }

    /// @notice Sets the shares `stakeFor` reports per wei, times 1e6.
    function setSharesPerAssetE6(uint256 value) external {
        sharesPerAssetE6 = value;
    }

    // ------------------------------------------------------------------ called by the contracts under test

    function stakeOf(address operator) external view returns (uint256) {
        return _stakes[operator].latest();
    }

    function stakeAt(address operator, uint256 timestamp) external view returns (uint256) {
        return _stakes[operator].upperLookupRecent(SafeCast.toUint48(timestamp));
    }

    function slash(address operator, uint256 bps, uint256 roundStart, bytes32 ref)
        external
        returns (uint256 activeCut, uint256 unbondingCut)
    {
        ++slashCallCount;
        emit MockSlashed(msg.sender, operator, bps, roundStart, ref);
        return (0, 0);
    }

    function lockWithdrawals(address operator) external {
        uint256 count = ++locks[operator];
        emit MockWithdrawalsLocked(msg.sender, operator, count);
    }

    function unlockWithdrawals(address operator) external {
        if (locks[operator] == 0) revert MockStakingVaultNoLock(operator);
        uint256 count = --locks[operator];
        emit MockWithdrawalsUnlocked(msg.sender, operator, count);
    }

    function stakeFor(address operator, address account, uint256 amount) external returns (uint256 shares) {
        _TOKEN.safeTransferFrom(msg.sender, address(this), amount);
        shares = amount * sharesPerAssetE6 / 1e6;
        emit MockStakedFor(operator, account, msg.sender, amount, shares);
    }
}
