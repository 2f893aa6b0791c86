// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISettlementHook} from "./ISettlementHook.sol";

/// @title IRewardDistributor
/// @notice Pays finalized rewards by per-task cumulative Merkle claims (docs/PROTOCOL.md §6).
/// Leaf = `keccak256(bytes.concat(keccak256(abi.encode(uint256 taskId, address account, uint256 cumulativeAmount))))`,
/// the OpenZeppelin `StandardMerkleTree` leaf for types `["uint256","address","uint256"]`.
/// A claim pays `cumulativeAmount - claimed[taskId][account]`; a task never pays out more than its
/// allocated total (the sum of its finalized rounds' total rewards).
/// Errors are documented where they are declared; each function lists the errors it reverts with in one
/// `@dev Reverts with:` list. The settlement wiring (`setSettlement`, `settlement`, `SettlementHook*` errors) is
/// in ISettlementHook.
interface IRewardDistributor is ISettlementHook {
    // ------------------------------------------------------------------ types

    /// @notice One claim of a batch.
    /// @param taskId the task's id.
    /// @param account the account paid.
    /// @param cumulativeAmount wei the account has earned in the task over all rounds so far.
    /// @param proof the Merkle proof of the leaf under the task's current root.
    struct Claim {
        uint256 taskId;
        address account;
        uint256 cumulativeAmount;
        bytes32[] proof;
    }

    /// @notice Per-task state.
    /// @param root the cumulative Merkle root of the task's latest finalized round.
    /// @param allocated wei allocated to the task by finalized rounds.
    /// @param claimedTotal wei paid out for the task.
    struct TaskRewards {
        bytes32 root;
        uint256 allocated;
        uint256 claimedTotal;
    }

    // ------------------------------------------------------------------ errors

    /// @notice Thrown when the constructor is given a zero vault.
    error RewardDistributorZeroAddress();

    /// @notice Thrown when a task with no finalized root is claimed.
    /// @param taskId the task's id.
    error RewardDistributorNoRoot(uint256 taskId);

    /// @notice Thrown when a proof does not prove the leaf under the task's current root.
    /// @param taskId the task's id.
    /// @param account the account claimed for.
    /// @param cumulativeAmount the cumulative wei claimed.
    error RewardDistributorInvalidProof(uint256 taskId, address account, uint256 cumulativeAmount);

    /// @notice Thrown when a claim adds nothing to what the account has been paid.
    /// @param taskId the task's id.
    /// @param account the account claimed for.
    /// @param cumulativeAmount the cumulative wei claimed.
    /// @param claimed the wei already paid to the account for the task.
    error RewardDistributorNothingToClaim(uint256 taskId, address account, uint256 cumulativeAmount, uint256 claimed);

    /// @notice Thrown when a claim would pay a task more than it was allocated.
    /// @param taskId the task's id.
    /// @param claimedTotal the wei the task would have paid out with this claim.
    /// @param allocated the wei allocated to the task.
    error RewardDistributorExceedsAllocated(uint256 taskId, uint256 claimedTotal, uint256 allocated);

    /// @notice Thrown when `claimMany` is given no claims.
    error RewardDistributorEmptyBatch();

    // ------------------------------------------------------------------ events

    /// @notice Emitted when a finalized round is recorded.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param root the task's cumulative root now (the previous one if the round paid nothing).
    /// @param added wei the round added to the task's allocated total.
    /// @param allocated the task's allocated total now, in wei.
    event RootUpdated(uint256 indexed taskId, uint256 indexed round, bytes32 root, uint256 added, uint256 allocated);

    /// @notice Emitted when an account is paid.
    /// @param taskId the task's id.
    /// @param account the account paid.
    /// @param amount wei paid now.
    /// @param cumulativeAmount the account's cumulative wei paid for the task now.
    event Claimed(uint256 indexed taskId, address indexed account, uint256 amount, uint256 cumulativeAmount);

    /// @notice Emitted when claimed rewards are staked in the vault (`claimAndRestake`).
    /// @param taskId the task's id.
    /// @param account the account that claimed and received the shares.
    /// @param operator the operator staked to.
    /// @param amount wei staked.
    /// @param shares active-pool shares minted to `account`.
    event Restaked(uint256 indexed taskId, address indexed account, address indexed operator, uint256 amount, uint256 shares);

    // ------------------------------------------------------------------ settlement hook

    /// @notice Records a finalized round: the task's new cumulative `root` and `amount` wei more allocated (already
    /// transferred here by the TaskRegistry). Only the settlement contract. A zero `root` (a round that paid nothing)
    /// keeps the task's previous root.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param root the task's new cumulative Merkle root.
    /// @param amount wei added to the task's allocated total.
    function allocate(uint256 taskId, uint256 round, bytes32 root, uint256 amount) external;

    // ------------------------------------------------------------------ claims

    /// @notice Pays `account` what its cumulative amount adds to what it has claimed. Anyone may call; the account
    /// always receives the tokens.
    /// @dev Reverts with:
    /// - `RewardDistributorNoRoot` for a task with no finalized root;
    /// - `RewardDistributorInvalidProof` for a proof that does not prove the leaf;
    /// - `RewardDistributorNothingToClaim` when `cumulativeAmount <= claimed`;
    /// - `RewardDistributorExceedsAllocated` (carries the claimed total the claim would reach).
    /// @param taskId the task's id.
    /// @param account the account to pay.
    /// @param cumulativeAmount wei the account has earned in the task over all rounds so far.
    /// @param proof the Merkle proof of the leaf under the task's current root.
    /// @return amount wei paid.
    function claim(uint256 taskId, address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        returns (uint256 amount);

    /// @notice Several claims at once, across tasks and accounts. All or nothing: any failing claim (including one
    /// already claimed by someone else in the meantime) reverts the whole batch with that claim's error.
    /// @dev Reverts with:
    /// - `RewardDistributorEmptyBatch` for no claims;
    /// - `claim`'s errors.
    /// @param claims the claims (task, account, cumulative wei, proof); at least one.
    /// @return total wei paid.
    function claimMany(Claim[] calldata claims) external returns (uint256 total);

    /// @notice Claims the caller's rewards of a task and stakes them to `operator` in the StakingVault
    /// (`stakeFor(operator, caller, amount)`, paid by this contract).
    /// @dev Reverts with:
    /// - `claim`'s errors;
    /// - the vault's `stakeFor` errors (e.g. `StakingVaultNotRegistered`, `StakingVaultZeroShares`).
    /// @param taskId the task's id.
    /// @param cumulativeAmount wei the caller has earned in the task over all rounds so far.
    /// @param proof the Merkle proof of the caller's leaf under the task's current root.
    /// @param operator the operator whose pool receives the stake.
    /// @return amount wei claimed and staked.
    /// @return shares active-pool shares minted to the caller.
    function claimAndRestake(uint256 taskId, uint256 cumulativeAmount, bytes32[] calldata proof, address operator)
        external
        returns (uint256 amount, uint256 shares);

    // ------------------------------------------------------------------ views

    /// @notice A task's reward state.
    /// @param taskId the task.
    /// @return the task's current root, allocated wei and claimed wei (all zero for a task never finalized).
    function taskRewards(uint256 taskId) external view returns (TaskRewards memory);

    /// @notice What an account has been paid for a task so far.
    /// @param taskId the task.
    /// @param account the account.
    /// @return wei paid to `account` for `taskId` (its claimed cumulative amount).
    function claimed(uint256 taskId, address account) external view returns (uint256);

    /// @notice The Merkle leaf of a cumulative claim, as `claim` verifies it.
    /// @param taskId the task.
    /// @param account the account.
    /// @param cumulativeAmount wei earned over all rounds so far.
    /// @return the leaf hash of `(taskId, account, cumulativeAmount)`.
    function leafHash(uint256 taskId, address account, uint256 cumulativeAmount) external pure returns (bytes32);
}
