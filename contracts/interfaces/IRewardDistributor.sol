// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IRewardDistributor
/// @notice Pays finalized rewards by per-task cumulative Merkle claims (docs/PROTOCOL.md §6).
/// Leaf = `keccak256(bytes.concat(keccak256(abi.encode(uint256 taskId, address account, uint256 cumulativeAmount))))`,
/// the OpenZeppelin `StandardMerkleTree` leaf for types `["uint256","address","uint256"]`.
/// A claim pays `cumulativeAmount - claimed[taskId][account]`; a task never pays out more than its
/// allocated total (the sum of its finalized rounds' total rewards).
interface IRewardDistributor {
    /// @notice One claim of a batch.
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

    error RewardDistributorZeroAddress();
    error RewardDistributorNotSettlement(address caller);
    error RewardDistributorSettlementAlreadySet(address settlement);
    error RewardDistributorNoRoot(uint256 taskId);
    error RewardDistributorInvalidProof(uint256 taskId, address account, uint256 cumulativeAmount);
    error RewardDistributorNothingToClaim(uint256 taskId, address account, uint256 cumulativeAmount, uint256 claimed);
    error RewardDistributorExceedsAllocated(uint256 taskId, uint256 claimedTotal, uint256 allocated);
    error RewardDistributorNotAccount(address account, address caller);
    error RewardDistributorEmptyBatch();
    /// @notice Added in v1 implementation: `setSettlement` called by someone other than the deployer.
    error RewardDistributorNotDeployer(address caller);

    event SettlementSet(address indexed settlement);
    event RootUpdated(uint256 indexed taskId, uint256 indexed round, bytes32 root, uint256 added, uint256 allocated);
    event Claimed(uint256 indexed taskId, address indexed account, uint256 amount, uint256 cumulativeAmount);
    event Restaked(uint256 indexed taskId, address indexed account, address indexed operator, uint256 amount, uint256 shares);

    /// @notice Binds the RoundSettlement contract, once; only the deployer.
    /// Reverts: RewardDistributorNotDeployer, RewardDistributorSettlementAlreadySet, RewardDistributorZeroAddress.
    /// @param settlement the RoundSettlement contract (non-zero).
    function setSettlement(address settlement) external;

    /// @notice Records a finalized round: the task's new cumulative `root` and `amount` wei more
    /// allocated (already transferred here by the TaskRegistry). Only the settlement contract.
    /// A zero `root` (a round that paid nothing) keeps the task's previous root.
    /// Reverts: RewardDistributorNotSettlement.
    /// @param amount wei added to the task's allocated total.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param root the task's new cumulative Merkle root.
    function allocate(uint256 taskId, uint256 round, bytes32 root, uint256 amount) external;

    /// @notice Pays `account` what its cumulative amount adds to what it has claimed. Anyone may call.
    /// @param cumulativeAmount wei the account has earned in the task over all rounds so far.
    /// @param proof the Merkle proof of the leaf under the task's current root.
    /// Reverts: RewardDistributorNoRoot, RewardDistributorInvalidProof, RewardDistributorNothingToClaim
    /// (`cumulativeAmount <= claimed`), RewardDistributorExceedsAllocated (carries the claimed total the claim
    /// would reach).
    /// @return amount wei paid.
    /// @param taskId the task's id.
    /// @param account the account to pay (anyone may claim for it; it always receives the tokens).
    function claim(uint256 taskId, address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        returns (uint256 amount);

    /// @notice Several claims at once, across tasks and accounts. All or nothing: any failing claim (including
    /// one already claimed by someone else in the meantime) reverts the whole batch with that claim's error.
    /// Reverts: RewardDistributorEmptyBatch, and `claim`'s errors.
    /// @return total wei paid.
    /// @param claims the claims (task, account, cumulative wei, proof); at least one.
    function claimMany(Claim[] calldata claims) external returns (uint256 total);

    /// @notice Claims the caller's rewards of a task and stakes them to `operator` in the StakingVault
    /// (`stakeFor(operator, caller, amount)`, paid by this contract). The caller is the account, so
    /// RewardDistributorNotAccount cannot occur here. Reverts: `claim`'s errors and the vault's.
    /// @return amount wei claimed and staked.
    /// @return shares active-pool shares minted to the caller.
    /// @param taskId the task's id.
    /// @param cumulativeAmount wei the caller has earned in the task over all rounds so far.
    /// @param proof the Merkle proof of the caller's leaf under the task's current root.
    /// @param operator the operator whose pool is meant.
    function claimAndRestake(uint256 taskId, uint256 cumulativeAmount, bytes32[] calldata proof, address operator)
        external
        returns (uint256 amount, uint256 shares);

    /// @notice The RoundSettlement contract allowed to call `allocate`.
    /// @return the settlement's address (zero until wired).
    function settlement() external view returns (address);

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
