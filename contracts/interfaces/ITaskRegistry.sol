// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title ITaskRegistry
/// @notice Training tasks, their escrowed reward budgets and their participants (docs/PROTOCOL.md §4).
/// Round r of a task covers `[startTime + r * roundDuration, startTime + (r + 1) * roundDuration)`.
/// A task's escrow leaves only to the RewardDistributor (finalized rewards, via the settlement
/// contract) or to its creator (refunds of what no participant is owed).
/// @dev Amounts in wei of the stake token, times in seconds.
interface ITaskRegistry {
    // ------------------------------------------------------------------ types

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
    /// @param activeRounds rounds that can still be settled: `numRounds`, or the rounds already ended
    /// when the task was cancelled.
    /// @param escrow wei reserved for rounds not yet settled (finalized or skipped).
    /// @param refundable wei owed to the creator and not yet withdrawn.
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
        uint256 escrow;
        uint256 refundable;
    }

    // ------------------------------------------------------------------ errors

    error TaskRegistryZeroAddress();
    error TaskRegistryZeroRounds();
    error TaskRegistryZeroReward();
    error TaskRegistryStartInPast(uint256 startTime, uint256 timestamp);
    error TaskRegistryRoundDurationOutOfRange(uint256 roundDuration, uint256 maxRoundDuration);
    error TaskRegistryUnknownTask(uint256 taskId);
    error TaskRegistryNotCreator(uint256 taskId, address creator, address caller);
    error TaskRegistryTaskCancelled(uint256 taskId);
    error TaskRegistryTaskEnded(uint256 taskId, uint256 endTime, uint256 timestamp);
    error TaskRegistryNothingToCancel(uint256 taskId, uint256 endTime, uint256 timestamp);
    error TaskRegistryInvalidRole(uint8 role);
    error TaskRegistryNotOperator(address account);
    error TaskRegistryAlreadyJoined(uint256 taskId, address operator, Role role);
    error TaskRegistryNotJoined(uint256 taskId, address operator);
    error TaskRegistryStakeBelowMinimum(address operator, uint256 stake, uint256 minimum);
    error TaskRegistryRoundOutOfRange(uint256 taskId, uint256 round, uint256 activeRounds);
    error TaskRegistryRewardExceedsBudget(uint256 totalReward, uint256 rewardPerRound);
    error TaskRegistryNothingToRefund(uint256 taskId);
    error TaskRegistryNotSettlement(address caller);
    error TaskRegistrySettlementAlreadySet(address settlement);
    /// @notice Added in v1 implementation: `setSettlement` called by someone other than the deployer.
    error TaskRegistryNotDeployer(address caller);

    // ------------------------------------------------------------------ events

    event SettlementSet(address indexed settlement);
    event TaskCreated(uint256 indexed taskId, address indexed creator, TaskSpec spec, uint256 budget);
    event TaskJoined(uint256 indexed taskId, address indexed operator, Role role);
    event TaskLeft(uint256 indexed taskId, address indexed operator, Role role);
    /// @notice `refunded` wei: the budget of the rounds not yet ended, paid to the creator.
    event TaskCancelled(uint256 indexed taskId, uint256 activeRounds, uint256 refunded);
    /// @notice A finalized round paid `totalReward` wei to `recipient`; `unspent` wei became refundable.
    event RoundPaid(uint256 indexed taskId, uint256 indexed round, address recipient, uint256 totalReward, uint256 unspent);
    /// @notice A skipped round's whole budget (`amount` wei) became refundable.
    event RoundRefunded(uint256 indexed taskId, uint256 indexed round, uint256 amount);
    event RefundWithdrawn(uint256 indexed taskId, address indexed creator, uint256 amount);

    // ------------------------------------------------------------------ wiring

    /// @notice Binds the RoundSettlement contract, once; only the deployer.
    /// Reverts: TaskRegistryNotDeployer, TaskRegistrySettlementAlreadySet, TaskRegistryZeroAddress.
    /// @param settlement the RoundSettlement contract (non-zero).
    function setSettlement(address settlement) external;

    // ------------------------------------------------------------------ creators

    /// @notice Creates a task and escrows `rewardPerRound * numRounds` wei from the caller
    /// (needs that allowance to this contract).
    /// Reverts: TaskRegistryStartInPast, TaskRegistryRoundDurationOutOfRange, TaskRegistryZeroRounds,
    /// TaskRegistryZeroReward; TokenTransferShortfall if the token delivers less than asked.
    /// @param spec the task; `startTime` and `roundDuration` in seconds, amounts in wei.
    /// @return taskId the new task's id (ids start at 1).
    function createTask(TaskSpec calldata spec) external returns (uint256 taskId);

    /// @notice Cancels a task; only its creator. Rounds not yet ended are dropped and their budget is
    /// paid back now, with anything else already refundable. Ended rounds stay reserved until settled
    /// or skipped after RESULT_DEADLINE.
    /// Emits TaskCancelled (the dropped rounds' budget) and RefundWithdrawn (everything paid).
    /// Reverts: TaskRegistryUnknownTask, TaskRegistryNotCreator, TaskRegistryTaskCancelled,
    /// TaskRegistryNothingToCancel (every round has ended).
    /// @return refunded wei paid to the creator: the dropped rounds' budget plus what was already refundable.
    /// @param taskId the task's id.
    function cancelTask(uint256 taskId) external returns (uint256 refunded);

    /// @notice Pays the creator its refundable balance (unspent and skipped rounds). Anyone may call.
    /// Reverts: TaskRegistryUnknownTask, TaskRegistryNothingToRefund.
    /// @return amount wei paid.
    /// @param taskId the task's id.
    function withdrawRefund(uint256 taskId) external returns (uint256 amount);

    // ------------------------------------------------------------------ operators

    /// @notice Joins a task as trainer or validator; the caller must be a registered operator whose
    /// current stake meets the role's minimum. Takes part in rounds that start after (or at) this block.
    /// One role per task: leave first to change it.
    /// Reverts: TaskRegistryUnknownTask, TaskRegistryTaskCancelled, TaskRegistryTaskEnded,
    /// TaskRegistryInvalidRole, TaskRegistryNotOperator, TaskRegistryAlreadyJoined, TaskRegistryStakeBelowMinimum.
    /// @param role Trainer or Validator.
    /// @param taskId the task's id.
    function joinTask(uint256 taskId, Role role) external;

    /// @notice Leaves a task; rounds that start later do not include the caller (a round already started
    /// still does). Reverts: TaskRegistryNotJoined.
    /// @param taskId the task's id.
    function leaveTask(uint256 taskId) external;

    // ------------------------------------------------------------------ settlement hooks

    /// @notice Settles a finalized round: sends `totalReward` wei to `recipient` and makes
    /// `rewardPerRound - totalReward` refundable. Only the settlement contract, which calls it once per round.
    /// Reverts: TaskRegistryNotSettlement, TaskRegistryRoundOutOfRange (`round >= activeRounds`),
    /// TaskRegistryRewardExceedsBudget.
    /// @param totalReward wei, at most `rewardPerRound`.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param recipient where the reward goes (the RewardDistributor).
    function payRound(uint256 taskId, uint256 round, uint256 totalReward, address recipient) external;

    /// @notice Settles a skipped round: its whole budget becomes refundable. Only the settlement contract,
    /// which calls it once per round. Reverts: TaskRegistryNotSettlement, TaskRegistryRoundOutOfRange.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function refundRound(uint256 taskId, uint256 round) external;

    // ------------------------------------------------------------------ views

    /// @notice The RoundSettlement contract allowed to pay and refund rounds.
    /// @return the settlement's address (zero until wired).
    function settlement() external view returns (address);

    /// @notice How many tasks exist; ids run from 1 to this number.
    /// @return the number of tasks created.
    function taskCount() external view returns (uint256);

    /// @notice A task's stored state. Reverts `TaskRegistryUnknownTask` for an id never created.
    /// @param taskId the task.
    /// @return the task (amounts in wei, times in seconds).
    function getTask(uint256 taskId) external view returns (Task memory);

    /// @notice A round's time window. Reverts `TaskRegistryUnknownTask` for an id never created.
    /// @param taskId the task.
    /// @param round the round (0-based; not bounded by `numRounds`).
    /// @return start and end (exclusive) of round `round`, in seconds.
    function roundWindow(uint256 taskId, uint256 round) external view returns (uint256 start, uint256 end);

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
