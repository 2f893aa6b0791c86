// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";
import {IStakingVault} from "./interfaces/IStakingVault.sol";
import {SettlementHook} from "./base/SettlementHook.sol";

/// @title RewardDistributor
/// @notice Pays finalized rewards by per-task cumulative Merkle claims (docs/PROTOCOL.md §6).
/// @dev Invariant (docs/DESIGN.md "Rewards"): for every task `claimedTotal <= allocated`, and
/// `TOKEN.balanceOf(this) >= Σ_tasks (allocated - claimedTotal)`, because `allocate` is only called by the
/// settlement right after the TaskRegistry transferred `amount` here, and claims never pay past `allocated`.
contract RewardDistributor is IRewardDistributor, SettlementHook, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------ immutables

    /// @notice The StakingVault that `claimAndRestake` stakes into.
    IStakingVault public immutable VAULT;
    /// @notice The reward token (the vault's token).
    IERC20 public immutable TOKEN;

    // ------------------------------------------------------------------ storage types

    /// @dev A task's rewards in two slots: the root, and both totals (wei) packed so a claim reads and writes one
    /// slot for them. `claimedTotal <= allocated`; `allocated` is at most the task's escrowed budget, which the
    /// TaskRegistry caps at 2^128 - 1 wei, so the checked cast in `allocate` never fails.
    struct StoredRewards {
        bytes32 root;
        uint128 allocated;
        uint128 claimedTotal;
    }

    // ------------------------------------------------------------------ storage

    /// @dev Per task: latest cumulative root, allocated and claimed totals.
    mapping(uint256 taskId => StoredRewards) private _taskRewards;
    /// @dev Cumulative wei paid per task and account; only increases; `Σ_accounts = claimedTotal`.
    mapping(uint256 taskId => mapping(address account => uint256)) private _claimed;

    // ------------------------------------------------------------------ constructor

    /// @param vault_ the StakingVault; its token is the reward token.
    constructor(IStakingVault vault_) {
        if (address(vault_) == address(0)) revert RewardDistributorZeroAddress();
        VAULT = vault_;
        TOKEN = vault_.token();
    }

    // ------------------------------------------------------------------ settlement hook

    /// @inheritdoc IRewardDistributor
    function allocate(uint256 taskId, uint256 round, bytes32 root, uint256 amount) external onlySettlement {
        StoredRewards storage rewards = _taskRewards[taskId];
        // A zero root can only come with a zero amount (RoundSettlement refuses a zero root otherwise):
        // the round paid nothing, so the previous cumulative tree stays valid and is kept.
        if (root != bytes32(0)) rewards.root = root;
        uint256 allocated = uint256(rewards.allocated) + amount;
        rewards.allocated = SafeCast.toUint128(allocated);
        emit RootUpdated(taskId, round, rewards.root, amount, allocated);
    }

    // ------------------------------------------------------------------ claims

    /// @inheritdoc IRewardDistributor
    function claim(uint256 taskId, address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        external
        nonReentrant
        returns (uint256 amount)
    {
        amount = _claim(taskId, account, cumulativeAmount, proof);
        TOKEN.safeTransfer(account, amount);
    }

    /// @inheritdoc IRewardDistributor
    function claimMany(Claim[] calldata claims) external nonReentrant returns (uint256 total) {
        uint256 count = claims.length;
        if (count == 0) revert RewardDistributorEmptyBatch();
        for (uint256 i; i < count; ++i) {
            Claim calldata c = claims[i];
            uint256 amount = _claim(c.taskId, c.account, c.cumulativeAmount, c.proof);
            total += amount;
            TOKEN.safeTransfer(c.account, amount);
        }
    }

    /// @inheritdoc IRewardDistributor
    function claimAndRestake(uint256 taskId, uint256 cumulativeAmount, bytes32[] calldata proof, address operator)
        external
        nonReentrant
        returns (uint256 amount, uint256 shares)
    {
        amount = _claim(taskId, msg.sender, cumulativeAmount, proof);
        TOKEN.forceApprove(address(VAULT), amount);
        shares = VAULT.stakeFor(operator, msg.sender, amount);
        emit Restaked(taskId, msg.sender, operator, amount, shares);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IRewardDistributor
    function taskRewards(uint256 taskId) external view returns (TaskRewards memory) {
        StoredRewards storage rewards = _taskRewards[taskId];
        return TaskRewards({root: rewards.root, allocated: rewards.allocated, claimedTotal: rewards.claimedTotal});
    }

    /// @inheritdoc IRewardDistributor
    function claimed(uint256 taskId, address account) external view returns (uint256) {
        return _claimed[taskId][account];
    }

    /// @inheritdoc IRewardDistributor
    function leafHash(uint256 taskId, address account, uint256 cumulativeAmount) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(taskId, account, cumulativeAmount))));
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev Checks a claim and books it (effects only; the caller moves the tokens).
    /// @return amount wei newly owed to `account`: `cumulativeAmount - claimed`, > 0.
    function _claim(uint256 taskId, address account, uint256 cumulativeAmount, bytes32[] calldata proof)
        internal
        returns (uint256 amount)
    {
        StoredRewards storage rewards = _taskRewards[taskId];
        bytes32 root = rewards.root;
        if (root == bytes32(0)) revert RewardDistributorNoRoot(taskId);
        if (!MerkleProof.verifyCalldata(proof, root, leafHash(taskId, account, cumulativeAmount))) {
            revert RewardDistributorInvalidProof(taskId, account, cumulativeAmount);
        }

        uint256 alreadyClaimed = _claimed[taskId][account];
        if (cumulativeAmount <= alreadyClaimed) {
            revert RewardDistributorNothingToClaim(taskId, account, cumulativeAmount, alreadyClaimed);
        }
        // `cumulativeAmount > alreadyClaimed` was checked just above.
        unchecked {
            amount = cumulativeAmount - alreadyClaimed;
        }

        uint256 claimedTotal = uint256(rewards.claimedTotal) + amount;
        uint256 allocated = rewards.allocated;
        if (claimedTotal > allocated) revert RewardDistributorExceedsAllocated(taskId, claimedTotal, allocated);

        _claimed[taskId][account] = cumulativeAmount;
        // `claimedTotal <= allocated < 2^128` was checked just above, so the cast is exact.
        rewards.claimedTotal = uint128(claimedTotal);
        emit Claimed(taskId, account, amount, cumulativeAmount);
    }
}
