// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

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
contract RoundSettlement is IRoundSettlement, EIP712, Ownable2Step, ReentrancyGuardTransient {
    using SignatureQuorum for SignatureQuorum.Committee;
    using BitMaps for BitMaps.BitMap;

    // ------------------------------------------------------------------ storage types

    /// @dev A task's settlement state, one storage slot. The live proposal (if any) is for round `nextRound`.
    /// @param proposer the account that sent the live proposal (zero when none).
    /// @param proposedAt seconds (unix) of the live proposal; 0: none.
    /// @param nextRound the next round to settle; every round below it is Finalized or Skipped (`_skipped`). Rounds
    /// are below `activeRounds`, a uint32, so it never overflows.
    /// @param slashCount the number of slashes of the live proposal (<= MAX_SLASHES).
    struct TaskSettlement {
        address proposer;
        uint48 proposedAt;
        uint40 nextRound;
        uint8 slashCount;
    }

    /// @dev What finalize and challenge need of the live proposal's result. Kept (not deleted) after the proposal
    /// ends, so the next round's proposal overwrites non-zero slots; meaningful only while `proposedAt != 0`.
    struct StoredResult {
        bytes32 digest;
        bytes32 rewardsRoot;
        bytes32 bundleHash;
        uint256 totalReward;
    }

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
    /// @dev Per task: next round, live proposal's time and proposer, its slash count. A round's status is derived:
    /// below `nextRound` it is Skipped if its `_skipped` bit is set, else Finalized; `nextRound` itself is Proposed
    /// while `proposedAt != 0`; every other round is None.
    mapping(uint256 taskId => TaskSettlement) private _settlements;
    /// @dev The live proposal's result fields (see `StoredResult`).
    mapping(uint256 taskId => StoredResult) private _results;
    /// @dev The live proposal's slashes, sorted by operator, `uint160(operator) | bps << 160` each (bps <=
    /// MAX_SLASH_BPS <= 10_000); entries at or above `slashCount` are stale and never read.
    mapping(uint256 taskId => mapping(uint256 index => uint256 packed)) private _proposalSlashes;
    /// @dev Rounds skipped, one bit per round.
    mapping(uint256 taskId => BitMaps.BitMap) private _skipped;
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
        TaskSettlement memory state = _checkProposal(result, slashes);
        bytes32 digest = _hashResult(result);
        if (_challenged[digest]) revert RoundSettlementResultChallenged(result.taskId, result.round, digest);
        _committee.verify(digest, signatures);
        _storeProposal(state, digest, result, slashes);
    }

    /// @inheritdoc IRoundSettlement
    function challenge(uint256 taskId, uint256 round, string calldata reason) external onlyGuardian {
        TaskSettlement memory state = _liveProposal(taskId, round);
        uint256 closedAt = uint256(state.proposedAt) + CHALLENGE_WINDOW;
        if (block.timestamp >= closedAt) {
            revert RoundSettlementChallengeWindowClosed(taskId, round, closedAt, block.timestamp);
        }

        bytes32 digest = _results[taskId].digest;
        _challenged[digest] = true;
        _settlements[taskId] =
            TaskSettlement({proposer: address(0), proposedAt: 0, nextRound: state.nextRound, slashCount: 0});
        emit ResultChallenged(taskId, round, digest, msg.sender, reason);

        mapping(uint256 => uint256) storage stored = _proposalSlashes[taskId];
        for (uint256 i; i < state.slashCount; ++i) {
            VAULT.unlockWithdrawals(address(uint160(stored[i])));
        }
    }

    /// @inheritdoc IRoundSettlement
    function finalize(uint256 taskId, uint256 round) external nonReentrant {
        TaskSettlement memory state = _settlements[taskId];
        uint256 expected = state.nextRound;
        if (round != expected) revert RoundSettlementOutOfOrder(taskId, round, expected);
        if (state.proposedAt == 0) revert RoundSettlementNotProposed(taskId, round);
        uint256 finalizableAt = uint256(state.proposedAt) + CHALLENGE_WINDOW;
        if (block.timestamp < finalizableAt) {
            revert RoundSettlementChallengeWindowOpen(taskId, round, finalizableAt, block.timestamp);
        }

        StoredResult storage result = _results[taskId];
        bytes32 rewardsRoot = result.rewardsRoot;
        uint256 totalReward = result.totalReward;
        _settleRound(taskId, round);
        emit RoundFinalized(taskId, round, rewardsRoot, totalReward, result.bundleHash);

        REGISTRY.payRound(taskId, round, totalReward, address(DISTRIBUTOR));
        DISTRIBUTOR.allocate(taskId, round, rewardsRoot, totalReward);
        uint256 count = state.slashCount;
        if (count == 0) return;
        // Each slash takes `bps` of the stake that backed the round: the operator's stake at the round's start.
        (uint256 roundStart,) = REGISTRY.roundWindow(taskId, round);
        bytes32 ref = keccak256(abi.encode(taskId, round));
        mapping(uint256 => uint256) storage stored = _proposalSlashes[taskId];
        for (uint256 i; i < count; ++i) {
            uint256 packed = stored[i];
            address operator = address(uint160(packed));
            VAULT.unlockWithdrawals(operator);
            VAULT.slash(operator, packed >> 160, roundStart, ref);
        }
    }

    /// @inheritdoc IRoundSettlement
    function skip(uint256 taskId, uint256 round) external nonReentrant {
        (TaskSettlement memory state, uint256 roundEnd,) = _checkNextRound(taskId, round);
        if (state.proposedAt != 0) revert RoundSettlementAlreadyProposed(taskId, round);
        uint256 deadline = roundEnd + RESULT_DEADLINE;
        if (block.timestamp < deadline) {
            revert RoundSettlementDeadlineNotReached(taskId, round, deadline, block.timestamp);
        }

        _skipped[taskId].set(round);
        _settleRound(taskId, round);
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
        return _settlements[taskId].nextRound;
    }

    /// @inheritdoc IRoundSettlement
    function roundStatus(uint256 taskId, uint256 round) external view returns (RoundStatus) {
        TaskSettlement memory state = _settlements[taskId];
        if (round < state.nextRound) return _skipped[taskId].get(round) ? RoundStatus.Skipped : RoundStatus.Finalized;
        if (round == state.nextRound && state.proposedAt != 0) return RoundStatus.Proposed;
        return RoundStatus.None;
    }

    /// @inheritdoc IRoundSettlement
    function getProposal(uint256 taskId) external view returns (Proposal memory proposal, Slash[] memory slashes) {
        TaskSettlement memory state = _settlements[taskId];
        if (state.proposedAt == 0) return (proposal, slashes);
        StoredResult storage result = _results[taskId];
        proposal = Proposal({
            round: state.nextRound,
            digest: result.digest,
            rewardsRoot: result.rewardsRoot,
            totalReward: result.totalReward,
            bundleHash: result.bundleHash,
            proposer: state.proposer,
            proposedAt: state.proposedAt
        });
        slashes = new Slash[](state.slashCount);
        mapping(uint256 => uint256) storage stored = _proposalSlashes[taskId];
        for (uint256 i; i < slashes.length; ++i) {
            uint256 packed = stored[i];
            slashes[i] = Slash({operator: address(uint160(packed)), bps: packed >> 160});
        }
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
    /// @return state the task's settlement state.
    /// @return roundEnd the round's end (exclusive), in seconds (the registry reverts `TaskRegistryUnknownTask` for
    /// an unknown id).
    /// @return rewardPerRound the round's budget, in wei.
    function _checkNextRound(uint256 taskId, uint256 round)
        internal
        view
        returns (TaskSettlement memory state, uint256 roundEnd, uint256 rewardPerRound)
    {
        state = _settlements[taskId];
        uint256 expected = state.nextRound;
        if (round != expected) revert RoundSettlementOutOfOrder(taskId, round, expected);
        uint256 activeRounds;
        (roundEnd, activeRounds, rewardPerRound) = REGISTRY.settlementTerms(taskId, round);
        if (round >= activeRounds) revert RoundSettlementOutOfOrder(taskId, round, activeRounds);
    }

    /// @dev Ends `round` (Finalized or Skipped): no live proposal, `nextRound = round + 1`. The slot stays non-zero.
    function _settleRound(uint256 taskId, uint256 round) internal {
        // `round < activeRounds <= type(uint32).max` (checked when proposed or skipped), so the cast is exact.
        _settlements[taskId] =
            TaskSettlement({proposer: address(0), proposedAt: 0, nextRound: uint40(round + 1), slashCount: 0});
    }

    /// @dev Every check of `propose` but the signatures': order, timing, budget, root and slashes.
    /// @return state the task's settlement state (no live proposal).
    function _checkProposal(RoundResult calldata result, Slash[] calldata slashes)
        internal
        view
        returns (TaskSettlement memory state)
    {
        uint256 taskId = result.taskId;
        uint256 round = result.round;
        uint256 rewardPerRound;
        uint256 roundEnd;
        (state, roundEnd, rewardPerRound) = _checkNextRound(taskId, round);

        if (block.timestamp < roundEnd) revert RoundSettlementRoundNotEnded(taskId, round, roundEnd, block.timestamp);
        uint256 deadline = roundEnd + RESULT_DEADLINE;
        if (block.timestamp >= deadline) {
            revert RoundSettlementDeadlinePassed(taskId, round, deadline, block.timestamp);
        }
        if (state.proposedAt != 0) revert RoundSettlementAlreadyProposed(taskId, round);
        if (result.totalReward > rewardPerRound) {
            revert RoundSettlementRewardExceedsBudget(result.totalReward, rewardPerRound);
        }
        if (result.totalReward != 0 && result.rewardsRoot == bytes32(0)) revert RoundSettlementZeroRoot(taskId, round);
        _checkSlashes(taskId, round, result.slashesHash, slashes);
    }

    /// @dev Records a checked proposal, emits `ResultProposed` and locks the slashed operators' withdrawals.
    function _storeProposal(
        TaskSettlement memory state,
        bytes32 digest,
        RoundResult calldata result,
        Slash[] calldata slashes
    ) internal {
        uint256 taskId = result.taskId;
        uint256 count = slashes.length;
        // A uint48 of seconds lasts for millions of years; `count <= MAX_SLASHES` (64) was checked.
        _settlements[taskId] = TaskSettlement({
            proposer: msg.sender,
            proposedAt: uint48(block.timestamp),
            nextRound: state.nextRound,
            slashCount: uint8(count)
        });
        _results[taskId] = StoredResult({
            digest: digest,
            rewardsRoot: result.rewardsRoot,
            bundleHash: result.bundleHash,
            totalReward: result.totalReward
        });
        mapping(uint256 => uint256) storage stored = _proposalSlashes[taskId];
        for (uint256 i; i < count; ++i) {
            // `bps <= MAX_SLASH_BPS <= 10_000` was checked, so it fits above the address.
            stored[i] = uint256(uint160(slashes[i].operator)) | (slashes[i].bps << 160);
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

    /// @dev The task's state when it has a live proposal for `round`; reverts `RoundSettlementNotProposed` if not.
    function _liveProposal(uint256 taskId, uint256 round) internal view returns (TaskSettlement memory state) {
        state = _settlements[taskId];
        if (state.proposedAt == 0 || state.nextRound != round) revert RoundSettlementNotProposed(taskId, round);
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
