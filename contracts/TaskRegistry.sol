// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ITaskRegistry} from "./interfaces/ITaskRegistry.sol";
import {IStakingVault} from "./interfaces/IStakingVault.sol";
import {SettlementHook} from "./base/SettlementHook.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";

/// @title TaskRegistry
/// @notice Training tasks, their escrowed reward budgets and their participants (docs/PROTOCOL.md §4).
/// @dev Invariant (docs/DESIGN.md "Tasks and rounds"): `TOKEN.balanceOf(this) >= Σ_tasks (escrow + refundable)`.
/// Every task's `escrow` is exactly `rewardPerRound` times the number of its rounds in `[0, activeRounds)`
/// not yet paid or refunded; escrow only leaves to the settlement's recipient (`payRound`) or becomes
/// `refundable`, and `refundable` only leaves to the task's creator.
contract TaskRegistry is ITaskRegistry, SettlementHook, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using TokenTransfer for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    // ------------------------------------------------------------------ immutables

    /// @notice The StakingVault whose operators join tasks and whose timing parameters apply.
    IStakingVault public immutable VAULT;
    /// @notice The stake-and-reward token (the vault's token).
    IERC20 public immutable TOKEN;
    /// @notice Longest allowed round, in seconds (read from the vault at deployment).
    uint256 public immutable MAX_ROUND_DURATION;

    // ------------------------------------------------------------------ storage

    /// @dev Number of tasks created; task ids are `1..._taskCount`.
    uint256 private _taskCount;
    /// @dev Task state. `escrow + refundable` of all tasks is covered by this contract's token balance.
    mapping(uint256 taskId => Task) private _tasks;
    /// @dev Role of an operator in a task, checkpointed by block timestamp (value = uint8(Role)).
    mapping(uint256 taskId => mapping(address operator => Checkpoints.Trace208)) private _roles;

    // ------------------------------------------------------------------ constructor

    /// @param vault_ the StakingVault; its token and MAX_ROUND_DURATION are read once here.
    constructor(IStakingVault vault_) {
        if (address(vault_) == address(0)) revert TaskRegistryZeroAddress();
        VAULT = vault_;
        TOKEN = vault_.token();
        MAX_ROUND_DURATION = vault_.MAX_ROUND_DURATION();
    }

    // ------------------------------------------------------------------ creators

    /// @inheritdoc ITaskRegistry
    function createTask(TaskSpec calldata spec) external nonReentrant returns (uint256 taskId) {
        if (spec.startTime < block.timestamp) revert TaskRegistryStartInPast(spec.startTime, block.timestamp);
        if (spec.roundDuration == 0 || spec.roundDuration > MAX_ROUND_DURATION) {
            revert TaskRegistryRoundDurationOutOfRange(spec.roundDuration, MAX_ROUND_DURATION);
        }
        if (spec.numRounds == 0) revert TaskRegistryZeroRounds();
        if (spec.rewardPerRound == 0) revert TaskRegistryZeroReward();

        uint256 budget = spec.rewardPerRound * spec.numRounds;
        taskId = ++_taskCount;
        _tasks[taskId] = Task({
            creator: msg.sender,
            startTime: spec.startTime,
            roundDuration: spec.roundDuration,
            numRounds: spec.numRounds,
            activeRounds: spec.numRounds,
            cancelled: false,
            rewardPerRound: spec.rewardPerRound,
            minTrainerStake: spec.minTrainerStake,
            minValidatorStake: spec.minValidatorStake,
            specHash: spec.specHash,
            escrow: SafeCast.toUint128(budget),
            refundable: 0
        });
        emit TaskCreated(taskId, msg.sender, spec, budget);

        TOKEN.pullExact(msg.sender, budget);
    }

    /// @inheritdoc ITaskRegistry
    function cancelTask(uint256 taskId) external nonReentrant returns (uint256 refunded) {
        Task storage task = _existingTask(taskId);
        if (msg.sender != task.creator) revert TaskRegistryNotCreator(taskId, task.creator, msg.sender);
        if (task.cancelled) revert TaskRegistryTaskCancelled(taskId);

        uint256 started = _roundsStarted(task);
        if (started == task.activeRounds) {
            revert TaskRegistryNothingToCancel(taskId, _roundStart(task, started - 1), block.timestamp);
        }

        // Rounds not yet started cannot have been settled (settlement needs the round's end), so their budget is
        // still in escrow. The running round stays reserved: its participants' work is already in, and its budget
        // is paid when it settles or refunded when it is skipped (docs/PROTOCOL.md §4).
        uint256 dropped = (task.activeRounds - started) * task.rewardPerRound;
        _moveToRefundable(task, dropped, dropped);
        // `started < activeRounds <= type(uint32).max`, so the cast is exact.
        task.activeRounds = uint32(started);
        task.cancelled = true;
        emit TaskCancelled(taskId, started, dropped);

        refunded = _payRefund(taskId, task);
    }

    /// @inheritdoc ITaskRegistry
    function withdrawRefund(uint256 taskId) external nonReentrant returns (uint256 amount) {
        Task storage task = _existingTask(taskId);
        if (task.refundable == 0) revert TaskRegistryNothingToRefund(taskId);
        amount = _payRefund(taskId, task);
    }

    // ------------------------------------------------------------------ operators

    /// @inheritdoc ITaskRegistry
    function joinTask(uint256 taskId, Role role) external {
        Task storage task = _existingTask(taskId);
        if (task.cancelled) revert TaskRegistryTaskCancelled(taskId);
        uint256 endTime = _endTime(task);
        if (block.timestamp >= endTime) revert TaskRegistryTaskEnded(taskId, endTime, block.timestamp);
        if (role != Role.Trainer && role != Role.Validator) revert TaskRegistryInvalidRole(uint8(role));
        if (!VAULT.isOperator(msg.sender)) revert TaskRegistryNotOperator(msg.sender);

        Checkpoints.Trace208 storage trace = _roles[taskId][msg.sender];
        Role current = Role(uint8(trace.latest()));
        if (current != Role.None) revert TaskRegistryAlreadyJoined(taskId, msg.sender, current);

        uint256 minimum = _minimumStake(task, role);
        uint256 stake = VAULT.stakeOf(msg.sender);
        if (stake < minimum) revert TaskRegistryStakeBelowMinimum(msg.sender, stake, minimum);

        trace.push(SafeCast.toUint48(block.timestamp), uint208(uint8(role)));
        emit TaskJoined(taskId, msg.sender, role);
    }

    /// @inheritdoc ITaskRegistry
    function leaveTask(uint256 taskId) external {
        Checkpoints.Trace208 storage trace = _roles[taskId][msg.sender];
        Role current = Role(uint8(trace.latest()));
        if (current == Role.None) revert TaskRegistryNotJoined(taskId, msg.sender);

        trace.push(SafeCast.toUint48(block.timestamp), uint208(uint8(Role.None)));
        emit TaskLeft(taskId, msg.sender, current);
    }

    // ------------------------------------------------------------------ settlement hooks

    /// @inheritdoc ITaskRegistry
    function payRound(uint256 taskId, uint256 round, uint256 totalReward, address recipient)
        external
        onlySettlement
        nonReentrant
    {
        Task storage task = _settleableRound(taskId, round);
        uint256 rewardPerRound = task.rewardPerRound;
        if (totalReward > rewardPerRound) revert TaskRegistryRewardExceedsBudget(totalReward, rewardPerRound);

        uint256 unspent;
        // `totalReward <= rewardPerRound` was checked just above.
        unchecked {
            unspent = rewardPerRound - totalReward;
        }
        _moveToRefundable(task, rewardPerRound, unspent);
        emit RoundPaid(taskId, round, recipient, totalReward, unspent);

        if (totalReward != 0) TOKEN.safeTransfer(recipient, totalReward);
    }

    /// @inheritdoc ITaskRegistry
    function refundRound(uint256 taskId, uint256 round) external onlySettlement {
        Task storage task = _settleableRound(taskId, round);
        uint256 rewardPerRound = task.rewardPerRound;
        _moveToRefundable(task, rewardPerRound, rewardPerRound);
        emit RoundRefunded(taskId, round, rewardPerRound);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ITaskRegistry
    function taskCount() external view returns (uint256) {
        return _taskCount;
    }

    /// @inheritdoc ITaskRegistry
    function getTask(uint256 taskId) external view returns (Task memory) {
        return _existingTask(taskId);
    }

    /// @inheritdoc ITaskRegistry
    function roundWindow(uint256 taskId, uint256 round) external view returns (uint256 start, uint256 end) {
        return _roundWindow(_existingTask(taskId), round);
    }

    /// @inheritdoc ITaskRegistry
    function settlementTerms(uint256 taskId, uint256 round)
        external
        view
        returns (uint256 end, uint256 activeRounds, uint256 rewardPerRound)
    {
        Task storage task = _existingTask(taskId);
        (, end) = _roundWindow(task, round);
        return (end, task.activeRounds, task.rewardPerRound);
    }

    /// @inheritdoc ITaskRegistry
    function roleAt(uint256 taskId, address operator, uint256 timestamp) public view returns (Role) {
        return Role(uint8(_roles[taskId][operator].upperLookupRecent(SafeCast.toUint48(timestamp))));
    }

    /// @inheritdoc ITaskRegistry
    function participantRole(uint256 taskId, uint256 round, address operator) external view returns (Role) {
        Task storage task = _tasks[taskId];
        // Also covers unknown tasks (activeRounds == 0) and rounds dropped by a cancellation.
        if (round >= task.activeRounds) return Role.None;

        (uint256 start,) = _roundWindow(task, round);
        Role role = roleAt(taskId, operator, start);
        if (role == Role.None) return Role.None;
        if (VAULT.stakeAt(operator, start) < _minimumStake(task, role)) return Role.None;
        return role;
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev The task's storage pointer; reverts `TaskRegistryUnknownTask` if it was never created.
    function _existingTask(uint256 taskId) internal view returns (Task storage task) {
        task = _tasks[taskId];
        if (task.creator == address(0)) revert TaskRegistryUnknownTask(taskId);
    }

    /// @dev The task of a round the settlement may pay or refund: `round < activeRounds`.
    function _settleableRound(uint256 taskId, uint256 round) internal view returns (Task storage task) {
        task = _tasks[taskId];
        if (round >= task.activeRounds) revert TaskRegistryRoundOutOfRange(taskId, round, task.activeRounds);
    }

    /// @dev Takes `released` wei out of the task's escrow and adds `refunded` (<= released) to its refundable balance,
    /// in one slot write. Checked: both stay within the budget, so neither cast can fail unless an invariant broke.
    function _moveToRefundable(Task storage task, uint256 released, uint256 refunded) internal {
        task.escrow = SafeCast.toUint128(uint256(task.escrow) - released);
        task.refundable = SafeCast.toUint128(uint256(task.refundable) + refunded);
    }

    /// @dev Pays the creator the task's whole refundable balance (may be 0 only when called from cancelTask,
    /// which always drops at least one round of `rewardPerRound > 0`).
    function _payRefund(uint256 taskId, Task storage task) internal returns (uint256 amount) {
        amount = task.refundable;
        address creator = task.creator;
        task.refundable = 0;
        emit RefundWithdrawn(taskId, creator, amount);
        TOKEN.safeTransfer(creator, amount);
    }

    /// @dev Rounds whose start is at or before now (the running round included): `0` before the task's start, at
    /// most `numRounds`.
    function _roundsStarted(Task storage task) internal view returns (uint256) {
        uint256 start = task.startTime;
        if (block.timestamp < start) return 0;
        // `roundDuration > 0` (checked in createTask); the running round is round `elapsed / roundDuration`.
        uint256 started = (block.timestamp - start) / task.roundDuration + 1;
        uint256 numRounds = task.numRounds;
        return started < numRounds ? started : numRounds;
    }

    /// @dev Start of `round`, in seconds.
    function _roundStart(Task storage task, uint256 round) internal view returns (uint256) {
        return uint256(task.startTime) + round * uint256(task.roundDuration);
    }

    /// @dev End (exclusive) of the task's last round, in seconds.
    function _endTime(Task storage task) internal view returns (uint256) {
        return uint256(task.startTime) + uint256(task.roundDuration) * task.numRounds;
    }

    /// @dev `[start, end)` of `round`, in seconds.
    function _roundWindow(Task storage task, uint256 round) internal view returns (uint256 start, uint256 end) {
        start = _roundStart(task, round);
        end = start + task.roundDuration;
    }

    /// @dev The stake (wei) `role` needs in `task`.
    function _minimumStake(Task storage task, Role role) internal view returns (uint256) {
        return role == Role.Trainer ? task.minTrainerStake : task.minValidatorStake;
    }
}
