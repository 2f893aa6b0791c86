// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISettlementHook} from "./ISettlementHook.sol";

/// @title ITaskRegistry
/// @notice Training tasks, their escrowed reward budgets and their participants (docs/PROTOCOL.md §4).
/// Round r of a task covers `[startTime + r * roundDuration, startTime + (r + 1) * roundDuration)`.
/// A task's escrow leaves only to the RewardDistributor (finalized rewards, via the settlement
/// contract) or to its creator (refunds of what no participant is owed).
/// @dev Amounts in wei of the stake token, times in seconds.
/// Errors are documented where they are declared; each function lists the errors it reverts with in one
/// `@dev Reverts with:` list. The settlement wiring (`setSettlement`, `settlement`, `SettlementHook*` errors) is
/// in ISettlementHook.
interface ITaskRegistry is ISettlementHook {
    // ------------------------------------------------------------------ types

    /// @notice An operator's role in a task: None (not joined), Trainer or Validator.
    enum Role {
        None,
        Trainer,
        Validator
    }

    /// @notice What a creator submits to `createTask`.
    /// @param startTime seconds (unix) when round 0 starts; not in the past.
    /// @param roundDuration seconds per round, in (0, MAX_ROUND_DURATION].
    /// @param numRounds number of rounds, > 0.
    /// @param rewardPerRound wei budget of each round, > 0; escrowed `rewardPerRound * numRounds`.
    /// @param minTrainerStake wei of operator stake a trainer needs.
    /// @param minValidatorStake wei of operator stake a validator needs.
    /// @param specHash keccak256 of the canonical task-spec JSON (policy and its parameters).
    /// @param specURI where the task-spec JSON is published.
    struct TaskSpec {
        uint64 startTime;
        uint64 roundDuration;
        uint32 numRounds;
        uint256 rewardPerRound;
        uint256 minTrainerStake;
        uint256 minValidatorStake;
        bytes32 specHash;
        string specURI;
    }

    /// @notice A task's stored state.
    /// @param creator the account that created (and funded) the task.
    /// @param startTime seconds (unix) when round 0 starts.
    /// @param roundDuration seconds per round.
    /// @param numRounds number of rounds the task was created with.
    /// @param activeRounds rounds that can still be settled: `numRounds`, or the rounds already ended
    /// when the task was cancelled.
    /// @param cancelled whether the creator cancelled it.
    /// @param rewardPerRound wei budget of each round.
    /// @param minTrainerStake wei of operator stake a trainer needs.
    /// @param minValidatorStake wei of operator stake a validator needs.
    /// @param specHash keccak256 of the canonical task-spec JSON.
    /// @param escrow wei reserved for rounds not yet settled (finalized or skipped).
    /// @param refundable wei owed to the creator and not yet withdrawn.
    /// @dev `escrow + refundable <= rewardPerRound * numRounds`, the budget, which `createTask` caps at 2^128 - 1 wei;
    /// the two share one storage slot, so settling a round writes one slot for both.
    struct Task {
        address creator;
        uint64 startTime;
        uint64 roundDuration;
        uint32 numRounds;
        uint32 activeRounds;
        bool cancelled;
        uint256 rewardPerRound;
        uint256 minTrainerStake;
        uint256 minValidatorStake;
        bytes32 specHash;
        uint128 escrow;
        uint128 refundable;
    }

    // ------------------------------------------------------------------ errors

    /// @notice Thrown when the constructor is given a zero vault.
    error TaskRegistryZeroAddress();

    /// @notice Thrown when a task is created with 0 rounds.
    error TaskRegistryZeroRounds();

    /// @notice Thrown when a task is created with a zero reward per round.
    error TaskRegistryZeroReward();

    /// @notice Thrown when a task would start in the past.
    /// @param startTime the task's start, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error TaskRegistryStartInPast(uint256 startTime, uint256 timestamp);

    /// @notice Thrown when a round duration is 0 or above MAX_ROUND_DURATION.
    /// @param roundDuration the duration given, in seconds.
    /// @param maxRoundDuration the longest allowed, in seconds.
    error TaskRegistryRoundDurationOutOfRange(uint256 roundDuration, uint256 maxRoundDuration);

    /// @notice Thrown when a task id was never created.
    /// @param taskId the id.
    error TaskRegistryUnknownTask(uint256 taskId);

    /// @notice Thrown when a task is cancelled by an account other than its creator.
    /// @param taskId the task's id.
    /// @param creator the task's creator.
    /// @param caller the account that called.
    error TaskRegistryNotCreator(uint256 taskId, address creator, address caller);

    /// @notice Thrown when a cancelled task is joined or cancelled again.
    /// @param taskId the task's id.
    error TaskRegistryTaskCancelled(uint256 taskId);

    /// @notice Thrown when a task is joined after its last round has ended.
    /// @param taskId the task's id.
    /// @param endTime the end (exclusive) of its last round, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error TaskRegistryTaskEnded(uint256 taskId, uint256 endTime, uint256 timestamp);

    /// @notice Thrown when a task is cancelled once its last round has started (nothing left to drop).
    /// @param taskId the task's id.
    /// @param lastRoundStart the start of its last round, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error TaskRegistryNothingToCancel(uint256 taskId, uint256 lastRoundStart, uint256 timestamp);

    /// @notice Thrown when a task is joined with a role other than Trainer or Validator.
    /// @param role the role given, as its number.
    error TaskRegistryInvalidRole(uint8 role);

    /// @notice Thrown when an account that is not a registered operator joins a task.
    /// @param account the account.
    error TaskRegistryNotOperator(address account);

    /// @notice Thrown when an operator joins a task it has joined already.
    /// @param taskId the task's id.
    /// @param operator the operator.
    /// @param role the role it holds.
    error TaskRegistryAlreadyJoined(uint256 taskId, address operator, Role role);

    /// @notice Thrown when an operator leaves a task it has not joined.
    /// @param taskId the task's id.
    /// @param operator the operator.
    error TaskRegistryNotJoined(uint256 taskId, address operator);

    /// @notice Thrown when an operator's stake is below the role's minimum when it joins.
    /// @param operator the operator.
    /// @param stake its active stake, in wei.
    /// @param minimum the role's minimum stake, in wei.
    error TaskRegistryStakeBelowMinimum(address operator, uint256 stake, uint256 minimum);

    /// @notice Thrown when the settlement pays or refunds a round that is not one of the task's active rounds.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param activeRounds the task's active rounds (0 for an unknown task).
    error TaskRegistryRoundOutOfRange(uint256 taskId, uint256 round, uint256 activeRounds);

    /// @notice Thrown when the settlement pays more than the round's budget.
    /// @param totalReward the reward asked for, in wei.
    /// @param rewardPerRound the task's budget per round, in wei.
    error TaskRegistryRewardExceedsBudget(uint256 totalReward, uint256 rewardPerRound);

    /// @notice Thrown when a refund is withdrawn while nothing is refundable.
    /// @param taskId the task's id.
    error TaskRegistryNothingToRefund(uint256 taskId);

    // ------------------------------------------------------------------ events

    /// @notice Emitted when a task is created and its budget escrowed.
    /// @param taskId the new task's id.
    /// @param creator the account that created and funded it.
    /// @param spec the task as submitted (times in seconds, amounts in wei).
    /// @param budget wei escrowed: `rewardPerRound * numRounds`.
    event TaskCreated(uint256 indexed taskId, address indexed creator, TaskSpec spec, uint256 budget);

    /// @notice Emitted when an operator joins a task.
    /// @param taskId the task's id.
    /// @param operator the operator.
    /// @param role its role.
    event TaskJoined(uint256 indexed taskId, address indexed operator, Role role);

    /// @notice Emitted when an operator leaves a task.
    /// @param taskId the task's id.
    /// @param operator the operator.
    /// @param role the role it held.
    event TaskLeft(uint256 indexed taskId, address indexed operator, Role role);

    /// @notice Emitted when a creator cancels a task.
    /// @param taskId the task's id.
    /// @param activeRounds the rounds kept (those already started, the running one included); later rounds are dropped.
    /// @param refunded wei of the dropped rounds' budget, made refundable (and paid in the same call).
    event TaskCancelled(uint256 indexed taskId, uint256 activeRounds, uint256 refunded);

    /// @notice Emitted when a finalized round is paid.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param recipient the account paid (the RewardDistributor).
    /// @param totalReward wei paid.
    /// @param unspent wei of the round's budget that became refundable.
    event RoundPaid(uint256 indexed taskId, uint256 indexed round, address recipient, uint256 totalReward, uint256 unspent);

    /// @notice Emitted when a skipped round's whole budget becomes refundable.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param amount wei made refundable.
    event RoundRefunded(uint256 indexed taskId, uint256 indexed round, uint256 amount);

    /// @notice Emitted when a creator is paid its refundable balance.
    /// @param taskId the task's id.
    /// @param creator the creator paid.
    /// @param amount wei paid.
    event RefundWithdrawn(uint256 indexed taskId, address indexed creator, uint256 amount);

    // ------------------------------------------------------------------ creators

    /// @notice Creates a task and escrows `rewardPerRound * numRounds` wei from the caller (needs that allowance to
    /// this contract).
    /// @dev Reverts with:
    /// - `TaskRegistryStartInPast` for a start before now;
    /// - `TaskRegistryRoundDurationOutOfRange` for a round duration of 0 or above MAX_ROUND_DURATION;
    /// - `TaskRegistryZeroRounds`, `TaskRegistryZeroReward` for 0 rounds or a zero reward;
    /// - `SafeCastOverflowedUintDowncast(128, budget)` for a budget above 2^128 - 1 wei (escrow is a uint128);
    /// - `TokenTransferShortfall` if the token delivers less than asked.
    /// @param spec the task; `startTime` and `roundDuration` in seconds, amounts in wei.
    /// @return taskId the new task's id (ids start at 1).
    function createTask(TaskSpec calldata spec) external returns (uint256 taskId);

    /// @notice Cancels a task; only its creator. Rounds not yet started are dropped and their budget is paid back
    /// now, with anything else already refundable. Started rounds (the running one included, since its participants'
    /// work is already in) stay reserved until settled, or skipped after RESULT_DEADLINE (then their budget becomes
    /// refundable). Emits TaskCancelled (the dropped rounds' budget) and RefundWithdrawn (everything paid).
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an unknown task;
    /// - `TaskRegistryNotCreator` for anyone but the creator;
    /// - `TaskRegistryTaskCancelled` for a task cancelled already;
    /// - `TaskRegistryNothingToCancel` once the last round has started.
    /// @param taskId the task's id.
    /// @return refunded wei paid to the creator: the dropped rounds' budget plus what was already refundable.
    function cancelTask(uint256 taskId) external returns (uint256 refunded);

    /// @notice Pays the creator its refundable balance (unspent and skipped rounds). Anyone may call.
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an unknown task;
    /// - `TaskRegistryNothingToRefund` while nothing is refundable.
    /// @param taskId the task's id.
    /// @return amount wei paid.
    function withdrawRefund(uint256 taskId) external returns (uint256 amount);

    // ------------------------------------------------------------------ operators

    /// @notice Joins a task as trainer or validator; the caller must be a registered operator whose current stake
    /// meets the role's minimum. Takes part in rounds that start after (or at) this block. One role per task: leave
    /// first to change it.
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an unknown task;
    /// - `TaskRegistryTaskCancelled` for a cancelled task;
    /// - `TaskRegistryTaskEnded` after the task's last round;
    /// - `TaskRegistryInvalidRole` for a role other than Trainer or Validator;
    /// - `TaskRegistryNotOperator` for an account that is not an operator;
    /// - `TaskRegistryAlreadyJoined` if the caller holds a role in the task;
    /// - `TaskRegistryStakeBelowMinimum` if its stake is below the role's minimum.
    /// @param taskId the task's id.
    /// @param role Trainer or Validator.
    function joinTask(uint256 taskId, Role role) external;

    /// @notice Leaves a task; rounds that start later do not include the caller (a round already started still
    /// does).
    /// @dev Reverts with:
    /// - `TaskRegistryNotJoined` if the caller holds no role in the task.
    /// @param taskId the task's id.
    function leaveTask(uint256 taskId) external;

    // ------------------------------------------------------------------ settlement hooks

    /// @notice Settles a finalized round: sends `totalReward` wei to `recipient` and makes
    /// `rewardPerRound - totalReward` refundable. Only the settlement contract, which calls it once per round.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement;
    /// - `TaskRegistryRoundOutOfRange` for `round >= activeRounds`;
    /// - `TaskRegistryRewardExceedsBudget` above `rewardPerRound`.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param totalReward wei, at most `rewardPerRound`.
    /// @param recipient where the reward goes (the RewardDistributor).
    function payRound(uint256 taskId, uint256 round, uint256 totalReward, address recipient) external;

    /// @notice Settles a skipped round: its whole budget becomes refundable. Only the settlement contract, which
    /// calls it once per round.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement;
    /// - `TaskRegistryRoundOutOfRange` for `round >= activeRounds`.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function refundRound(uint256 taskId, uint256 round) external;

    // ------------------------------------------------------------------ views

    /// @notice How many tasks exist; ids run from 1 to this number.
    /// @return the number of tasks created.
    function taskCount() external view returns (uint256);

    /// @notice A task's stored state.
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an id never created.
    /// @param taskId the task.
    /// @return the task (amounts in wei, times in seconds).
    function getTask(uint256 taskId) external view returns (Task memory);

    /// @notice A round's time window.
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an id never created.
    /// @param taskId the task.
    /// @param round the round (0-based; not bounded by `numRounds`).
    /// @return start the round's start, in seconds (unix).
    /// @return end the round's end (exclusive), in seconds (unix).
    function roundWindow(uint256 taskId, uint256 round) external view returns (uint256 start, uint256 end);

    /// @notice What settling a round needs of its task, in one call that reads only the task's first three storage
    /// slots (RoundSettlement's `propose` and `skip`; `getTask` reads all eight).
    /// @dev Reverts with:
    /// - `TaskRegistryUnknownTask` for an id never created.
    /// @param taskId the task.
    /// @param round the round (0-based; not bounded by `numRounds`).
    /// @return end the round's end (exclusive), in seconds (unix).
    /// @return activeRounds the rounds that are paid or refunded: `numRounds`, or fewer after a cancellation.
    /// @return rewardPerRound the round's budget, in wei.
    function settlementTerms(uint256 taskId, uint256 round)
        external
        view
        returns (uint256 end, uint256 activeRounds, uint256 rewardPerRound);

    /// @notice An operator's role in a task at a given time.
    /// @param taskId the task.
    /// @param operator the operator.
    /// @param timestamp seconds (unix).
    /// @return the operator's role in the task at `timestamp` (seconds; checkpointed).
    function roleAt(uint256 taskId, address operator, uint256 timestamp) external view returns (Role);

    /// @notice Whether, and as what, an operator takes part in a round (docs/PROTOCOL.md §4).
    /// @param taskId the task.
    /// @param round the round.
    /// @param operator the operator.
    /// @return the role the operator takes part in round `round` with: its role at the round's start,
    /// if its stake at the round's start met that role's minimum; `Role.None` otherwise, and `Role.None` for a
    /// round `>= activeRounds` (out of range, dropped by a cancellation, or an unknown task). Never reverts for
    /// those; for a round not yet started the answer reflects the current state and may still change.
    function participantRole(uint256 taskId, uint256 round, address operator) external view returns (Role);
}
