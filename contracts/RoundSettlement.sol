// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IRoundSettlement} from "./interfaces/IRoundSettlement.sol";
import {IStakingVault} from "./interfaces/IStakingVault.sol";
import {ITaskRegistry} from "./interfaces/ITaskRegistry.sol";
import {IRewardDistributor} from "./interfaces/IRewardDistributor.sol";
import {SignatureQuorum} from "./libraries/SignatureQuorum.sol";

/// @title RoundSettlement
/// @notice Posts, challenges and finalizes round results signed by a k-of-n aggregator committee (docs/PROTOCOL.md §5).
/// @dev Invariants (docs/DESIGN.md "Tasks and rounds"):
/// - rounds of a task settle in order: every round below `_nextRound[taskId]` is Finalized or Skipped, and
///   only `_nextRound[taskId]` can be proposed, finalized or skipped, so a task has at most one live proposal;
/// - a result takes effect only with `threshold` distinct current-epoch committee signatures over its EIP-712
///   digest (this chain, this contract), and only once `block.timestamp >= proposedAt + CHALLENGE_WINDOW`;
/// - every slashed operator of a live proposal holds exactly one withdrawal lock in the vault for it, released
///   on challenge or finalization.
contract RoundSettlement is IRoundSettlement, EIP712, Ownable2Step, ReentrancyGuard {
    using SignatureQuorum for SignatureQuorum.Committee;

    // ------------------------------------------------------------------ constants and immutables

    /// @notice EIP-712 type hash of `RoundResult`.
    bytes32 public constant ROUND_RESULT_TYPEHASH = keccak256(
        "RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash,string bundleURI)"
    );
    /// @inheritdoc IRoundSettlement
    uint256 public constant MAX_SLASHES = 64;
    /// @inheritdoc IRoundSettlement
    uint256 public constant MAX_COMMITTEE_SIZE = 32;

    /// @notice The StakingVault that slashes and locks withdrawals.
    IStakingVault public immutable VAULT;
    /// @notice The TaskRegistry that holds the escrow and the participants.
    ITaskRegistry public immutable REGISTRY;
    /// @notice The RewardDistributor that receives finalized rewards.
    IRewardDistributor public immutable DISTRIBUTOR;
    /// @inheritdoc IRoundSettlement
    uint256 public immutable CHALLENGE_WINDOW;
    /// @inheritdoc IRoundSettlement
    uint256 public immutable RESULT_DEADLINE;
    /// @notice Hard cap of one slash, in bps (read from the vault at deployment).
    uint256 public immutable MAX_SLASH_BPS;

    // ------------------------------------------------------------------ storage

    /// @dev The committee and its epoch; `0 < threshold <= members.length <= MAX_COMMITTEE_SIZE`.
    SignatureQuorum.Committee private _committee;
    /// @dev The one account that may challenge; never zero.
    address private _guardian;
    /// @dev Next round of each task to settle; all rounds below it are Finalized or Skipped.
    mapping(uint256 taskId => uint256) private _nextRound;
    /// @dev Status of every round; `Proposed` exactly while `_proposals[taskId]` is live for that round.
    mapping(uint256 taskId => mapping(uint256 round => RoundStatus)) private _roundStatus;
    /// @dev The live proposal of each task (`proposedAt == 0`: none); its round is `_nextRound[taskId]`.
    mapping(uint256 taskId => Proposal) private _proposals;
    /// @dev The slashes of the live proposal, sorted by operator, at most MAX_SLASHES.
    mapping(uint256 taskId => Slash[]) private _proposalSlashes;
    /// @dev EIP-712 digests of every result the guardian challenged; set in `challenge`, never cleared. `propose`
    /// refuses them, so a voided result cannot be replayed with its (public) signatures (docs/ATTACKS.md).
    mapping(bytes32 digest => bool) private _challenged;

    // ------------------------------------------------------------------ constructor

    /// @param vault_ the StakingVault (timing parameters and MAX_SLASH_BPS are read once from it).
    /// @param registry_ the TaskRegistry.
    /// @param distributor_ the RewardDistributor.
    /// @param owner_ governance: sets the committee and the guardian.
    /// @param committee_ the first committee (epoch 1).
    /// @param threshold_ signatures needed.
    /// @param guardian_ the account that may challenge.
    constructor(
        IStakingVault vault_,
        ITaskRegistry registry_,
        IRewardDistributor distributor_,
        address owner_,
        address[] memory committee_,
        uint256 threshold_,
        address guardian_
    ) EIP712("Aerie RoundSettlement", "1") Ownable(owner_) {
        if (address(vault_) == address(0)) revert RoundSettlementZeroAddress();
        if (address(registry_) == address(0)) revert RoundSettlementZeroAddress();
        if (address(distributor_) == address(0)) revert RoundSettlementZeroAddress();
        VAULT = vault_;
        REGISTRY = registry_;
        DISTRIBUTOR = distributor_;
        CHALLENGE_WINDOW = vault_.CHALLENGE_WINDOW();
        RESULT_DEADLINE = vault_.RESULT_DEADLINE();
        MAX_SLASH_BPS = vault_.MAX_SLASH_BPS();
        _setCommittee(committee_, threshold_);
        _setGuardian(guardian_);
    }

    // ------------------------------------------------------------------ modifiers

    modifier onlyGuardian() {
        if (msg.sender != _guardian) revert RoundSettlementNotGuardian(msg.sender);
        _;
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IRoundSettlement
    function setCommittee(address[] calldata members, uint256 threshold) external onlyOwner {
        _setCommittee(members, threshold);
    }

    /// @inheritdoc IRoundSettlement
    function setGuardian(address guardian_) external onlyOwner {
        _setGuardian(guardian_);
    }

    // ------------------------------------------------------------------ rounds

    /// @inheritdoc IRoundSettlement
    /// @dev Why `_challenged` (docs/ATTACKS.md, "front-running propose"): a challenged result's signatures stay valid and
    /// public in the first `propose` calldata, so without the check anyone could re-propose the voided result right
    /// after each challenge, block the corrected result (`RoundSettlementAlreadyProposed`), re-lock the slashed
    /// operators' withdrawals, and have the wrong result finalized the first time the guardian missed a window.
    /// Nor can anyone re-point a result's bundle: `bundleURI` is part of the signed digest.
    function propose(RoundResult calldata result, Slash[] calldata slashes, bytes[] calldata signatures) external {
        _checkProposal(result, slashes);
        bytes32 digest = _hashResult(result);
        if (_challenged[digest]) revert RoundSettlementResultChallenged(result.taskId, result.round, digest);
        _committee.verify(digest, signatures);
        _storeProposal(digest, result, slashes);
    }

    /// @inheritdoc IRoundSettlement
    function challenge(uint256 taskId, uint256 round, string calldata reason) external onlyGuardian {
        Proposal memory proposal = _liveProposal(taskId, round);
        uint256 closedAt = uint256(proposal.proposedAt) + CHALLENGE_WINDOW;
        if (block.timestamp >= closedAt) {
            revert RoundSettlementChallengeWindowClosed(taskId, round, closedAt, block.timestamp);
        }

        bytes32 digest = _hashResult(proposal.result);
        _challenged[digest] = true;
        Slash[] memory slashes = _clearProposal(taskId);
        _roundStatus[taskId][round] = RoundStatus.None;
        emit ResultChallenged(taskId, round, digest, msg.sender, reason);

        for (uint256 i; i < slashes.length; ++i) {
            VAULT.unlockWithdrawals(slashes[i].operator);
        }
    }

    /// @inheritdoc IRoundSettlement
    function finalize(uint256 taskId, uint256 round) external nonReentrant {
        uint256 expected = _nextRound[taskId];
        if (round != expected) revert RoundSettlementOutOfOrder(taskId, round, expected);
        Proposal memory proposal = _liveProposal(taskId, round);
        uint256 finalizableAt = uint256(proposal.proposedAt) + CHALLENGE_WINDOW;
        if (block.timestamp < finalizableAt) {
            revert RoundSettlementChallengeWindowOpen(taskId, round, finalizableAt, block.timestamp);
        }

        RoundResult memory result = proposal.result;
        Slash[] memory slashes = _clearProposal(taskId);
        _roundStatus[taskId][round] = RoundStatus.Finalized;
        _nextRound[taskId] = round + 1;
        emit RoundFinalized(taskId, round, result.rewardsRoot, result.totalReward, result.bundleHash);

        REGISTRY.payRound(taskId, round, result.totalReward, address(DISTRIBUTOR));
        DISTRIBUTOR.allocate(taskId, round, result.rewardsRoot, result.totalReward);
        if (slashes.length == 0) return;
        // Each slash takes `bps` of the stake that backed the round: the operator's stake at the round's start.
        (uint256 roundStart,) = REGISTRY.roundWindow(taskId, round);
        bytes32 ref = keccak256(abi.encode(taskId, round));
        for (uint256 i; i < slashes.length; ++i) {
            VAULT.unlockWithdrawals(slashes[i].operator);
            VAULT.slash(slashes[i].operator, slashes[i].bps, roundStart, ref);
        }
    }

    /// @inheritdoc IRoundSettlement
    function skip(uint256 taskId, uint256 round) external nonReentrant {
        (, uint256 roundEnd) = _checkNextRound(taskId, round);
        if (_proposals[taskId].proposedAt != 0) revert RoundSettlementAlreadyProposed(taskId, round);
        uint256 deadline = roundEnd + RESULT_DEADLINE;
        if (block.timestamp < deadline) {
            revert RoundSettlementDeadlineNotReached(taskId, round, deadline, block.timestamp);
        }

        _roundStatus[taskId][round] = RoundStatus.Skipped;
        _nextRound[taskId] = round + 1;
        emit RoundSkipped(taskId, round);

        REGISTRY.refundRound(taskId, round);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IRoundSettlement
    function guardian() external view returns (address) {
        return _guardian;
    }

    /// @inheritdoc IRoundSettlement
    function committee() external view returns (address[] memory members, uint256 threshold, uint256 epoch) {
        return (_committee.members, _committee.threshold, _committee.epoch);
    }

    /// @inheritdoc IRoundSettlement
    function isCommitteeMember(address account) external view returns (bool) {
        return _committee.isMember(account);
    }

    /// @inheritdoc IRoundSettlement
    function nextRound(uint256 taskId) external view returns (uint256) {
        return _nextRound[taskId];
    }

    /// @inheritdoc IRoundSettlement
    function roundStatus(uint256 taskId, uint256 round) external view returns (RoundStatus) {
        return _roundStatus[taskId][round];
    }

    /// @inheritdoc IRoundSettlement
    function getProposal(uint256 taskId) external view returns (Proposal memory proposal, Slash[] memory slashes) {
        return (_proposals[taskId], _proposalSlashes[taskId]);
    }

    /// @inheritdoc IRoundSettlement
    function hashResult(RoundResult calldata result) external view returns (bytes32) {
        return _hashResult(result);
    }

    /// @inheritdoc IRoundSettlement
    function hashSlashes(Slash[] calldata slashes) external pure returns (bytes32) {
        return keccak256(abi.encode(slashes));
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev Replaces the committee (new epoch) and emits `CommitteeSet`.
    function _setCommittee(address[] memory members, uint256 threshold) internal {
        uint256 epoch = _committee.set(members, threshold, MAX_COMMITTEE_SIZE);
        emit CommitteeSet(epoch, members, threshold);
    }

    /// @dev Sets the guardian (non-zero) and emits `GuardianSet`.
    function _setGuardian(address guardian_) internal {
        if (guardian_ == address(0)) revert RoundSettlementZeroAddress();
        _guardian = guardian_;
        emit GuardianSet(guardian_);
    }

    /// @dev Checks that `round` is the task's next round to settle and one of its active rounds
    /// (`RoundSettlementOutOfOrder` with the expected round, or with `activeRounds` when the task has no such
    /// round left: all settled, or dropped by a cancellation).
    /// @return task the task (the registry reverts `TaskRegistryUnknownTask` for an unknown id).
    /// @return roundEnd the round's end (exclusive), in seconds.
    function _checkNextRound(uint256 taskId, uint256 round)
        internal
        view
        returns (ITaskRegistry.Task memory task, uint256 roundEnd)
    {
        uint256 expected = _nextRound[taskId];
        if (round != expected) revert RoundSettlementOutOfOrder(taskId, round, expected);
        task = REGISTRY.getTask(taskId);
        if (round >= task.activeRounds) revert RoundSettlementOutOfOrder(taskId, round, task.activeRounds);
        roundEnd = uint256(task.startTime) + (round + 1) * uint256(task.roundDuration);
    }

    /// @dev Every check of `propose` but the signatures': order, timing, budget, root and slashes.
    function _checkProposal(RoundResult calldata result, Slash[] calldata slashes) internal view {
        uint256 taskId = result.taskId;
        uint256 round = result.round;
        (ITaskRegistry.Task memory task, uint256 roundEnd) = _checkNextRound(taskId, round);

        if (block.timestamp < roundEnd) revert RoundSettlementRoundNotEnded(taskId, round, roundEnd, block.timestamp);
        uint256 deadline = roundEnd + RESULT_DEADLINE;
        if (block.timestamp >= deadline) {
            revert RoundSettlementDeadlinePassed(taskId, round, deadline, block.timestamp);
        }
        if (_proposals[taskId].proposedAt != 0) revert RoundSettlementAlreadyProposed(taskId, round);
        if (result.totalReward > task.rewardPerRound) {
            revert RoundSettlementRewardExceedsBudget(result.totalReward, task.rewardPerRound);
        }
        if (result.totalReward != 0 && result.rewardsRoot == bytes32(0)) revert RoundSettlementZeroRoot(taskId, round);
        _checkSlashes(taskId, round, result.slashesHash, slashes);
    }

    /// @dev Records a checked proposal, emits `ResultProposed` and locks the slashed operators' withdrawals.
    function _storeProposal(bytes32 digest, RoundResult calldata result, Slash[] calldata slashes) internal {
        uint256 taskId = result.taskId;
        _roundStatus[taskId][result.round] = RoundStatus.Proposed;
        Proposal storage proposal = _proposals[taskId];
        proposal.result = result;
        proposal.proposer = msg.sender;
        // A uint64 of seconds lasts for billions of years.
        proposal.proposedAt = uint64(block.timestamp);
        Slash[] storage stored = _proposalSlashes[taskId];
        uint256 count = slashes.length;
        for (uint256 i; i < count; ++i) {
            stored.push(slashes[i]);
        }
        emit ResultProposed(
            taskId, result.round, digest, result, slashes, msg.sender, block.timestamp + CHALLENGE_WINDOW
        );

        for (uint256 i; i < count; ++i) {
            VAULT.lockWithdrawals(slashes[i].operator);
        }
    }

    /// @dev Checks the slashes against the signed hash and the protocol's rules.
    function _checkSlashes(uint256 taskId, uint256 round, bytes32 slashesHash, Slash[] calldata slashes) internal view {
        uint256 count = slashes.length;
        if (count > MAX_SLASHES) revert RoundSettlementTooManySlashes(count, MAX_SLASHES);
        bytes32 actual = keccak256(abi.encode(slashes));
        if (actual != slashesHash) revert RoundSettlementSlashesHashMismatch(slashesHash, actual);

        address previous;
        for (uint256 i; i < count; ++i) {
            address operator = slashes[i].operator;
            uint256 bps = slashes[i].bps;
            if (i != 0 && operator <= previous) revert RoundSettlementSlashesNotSorted(i, previous, operator);
            if (bps == 0 || bps > MAX_SLASH_BPS) revert RoundSettlementInvalidSlashBps(operator, bps, MAX_SLASH_BPS);
            if (REGISTRY.participantRole(taskId, round, operator) == ITaskRegistry.Role.None) {
                revert RoundSettlementNotParticipant(taskId, round, operator);
            }
            previous = operator;
        }
    }

    /// @dev The live proposal of the task for `round`; reverts `RoundSettlementNotProposed` if there is none.
    function _liveProposal(uint256 taskId, uint256 round) internal view returns (Proposal memory proposal) {
        proposal = _proposals[taskId];
        if (proposal.proposedAt == 0 || proposal.result.round != round) {
            revert RoundSettlementNotProposed(taskId, round);
        }
    }

    /// @dev Deletes the task's live proposal and returns its slashes.
    function _clearProposal(uint256 taskId) internal returns (Slash[] memory slashes) {
        slashes = _proposalSlashes[taskId];
        delete _proposals[taskId];
        delete _proposalSlashes[taskId];
    }

    /// @dev The EIP-712 digest of `result` under this contract's domain (`bundleURI` hashed as an EIP-712 `string`).
    function _hashResult(RoundResult memory result) internal view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    ROUND_RESULT_TYPEHASH,
                    result.taskId,
                    result.round,
                    result.rewardsRoot,
                    result.totalReward,
                    result.slashesHash,
                    result.bundleHash,
                    keccak256(bytes(result.bundleURI))
                )
            )
        );
    }
}
