// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IRoundSettlement
/// @notice Posts, challenges and finalizes round results signed by a k-of-n aggregator committee
/// (docs/PROTOCOL.md §5). Rounds of a task settle strictly in order: round r can be proposed only once round
/// r - 1 is finalized or skipped.
/// @dev EIP-712 domain: name "Aerie RoundSettlement", version "1", this chain, this contract.
/// `slashesHash = keccak256(abi.encode(Slash[]))` over the slashes sorted by operator.
interface IRoundSettlement {
    // ------------------------------------------------------------------ types

    enum RoundStatus {
        None,
        Proposed,
        Finalized,
        Skipped
    }

    /// @notice A slash the result applies on finalization: `bps` of `operator`'s pools.
    struct Slash {
        address operator;
        uint256 bps;
    }

    /// @notice The EIP-712 message the committee signs:
    /// `RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash)`.
    /// @param rewardsRoot the task's new cumulative Merkle root (all rounds so far).
    /// @param totalReward wei this round adds to the task's allocated rewards (<= rewardPerRound).
    /// @param bundleHash keccak256 of the canonical round bundle anyone can recompute.
    struct RoundResult {
        uint256 taskId;
        uint256 round;
        bytes32 rewardsRoot;
        uint256 totalReward;
        bytes32 slashesHash;
        bytes32 bundleHash;
    }

    /// @notice The live proposal of a task (one at most: rounds settle in order).
    struct Proposal {
        RoundResult result;
        address proposer;
        uint64 proposedAt;
    }

    // ------------------------------------------------------------------ errors

    error RoundSettlementZeroAddress();
    error RoundSettlementInvalidCommittee(uint256 size, uint256 threshold);
    error RoundSettlementDuplicateMember(address member);
    error RoundSettlementNotGuardian(address caller);
    error RoundSettlementRoundNotEnded(uint256 taskId, uint256 round, uint256 roundEnd, uint256 timestamp);
    error RoundSettlementDeadlinePassed(uint256 taskId, uint256 round, uint256 deadline, uint256 timestamp);
    error RoundSettlementDeadlineNotReached(uint256 taskId, uint256 round, uint256 deadline, uint256 timestamp);
    error RoundSettlementOutOfOrder(uint256 taskId, uint256 round, uint256 expectedRound);
    error RoundSettlementAlreadyProposed(uint256 taskId, uint256 round);
    error RoundSettlementNotProposed(uint256 taskId, uint256 round);
    error RoundSettlementRewardExceedsBudget(uint256 totalReward, uint256 rewardPerRound);
    error RoundSettlementZeroRoot(uint256 taskId, uint256 round);
    error RoundSettlementSlashesHashMismatch(bytes32 expected, bytes32 actual);
    error RoundSettlementTooManySlashes(uint256 count, uint256 max);
    error RoundSettlementSlashesNotSorted(uint256 index, address previous, address operator);
    error RoundSettlementInvalidSlashBps(address operator, uint256 bps, uint256 maxSlashBps);
    error RoundSettlementNotParticipant(uint256 taskId, uint256 round, address operator);
    error RoundSettlementInsufficientSignatures(uint256 valid, uint256 threshold);
    error RoundSettlementInvalidSignature(uint256 index);
    error RoundSettlementSignersNotAscending(uint256 index, address previous, address signer);
    error RoundSettlementNotCommitteeMember(uint256 index, address signer);
    error RoundSettlementChallengeWindowClosed(uint256 taskId, uint256 round, uint256 closedAt, uint256 timestamp);
    error RoundSettlementChallengeWindowOpen(uint256 taskId, uint256 round, uint256 finalizableAt, uint256 timestamp);
    /// @notice Added in v1 (docs/ATTACKS.md): the result with EIP-712 digest `digest` was challenged once and can
    /// never be proposed again (its signatures are public, so anyone could otherwise replay it after every challenge).
    error RoundSettlementResultChallenged(uint256 taskId, uint256 round, bytes32 digest);

    // ------------------------------------------------------------------ events

    event CommitteeSet(uint256 indexed epoch, address[] members, uint256 threshold);
    event GuardianSet(address indexed guardian);
    event ResultProposed(
        uint256 indexed taskId,
        uint256 indexed round,
        bytes32 digest,
        RoundResult result,
        Slash[] slashes,
        address proposer,
        uint256 finalizableAt
    );
    event ResultChallenged(uint256 indexed taskId, uint256 indexed round, bytes32 digest, address guardian, string reason);
    event RoundFinalized(
        uint256 indexed taskId, uint256 indexed round, bytes32 rewardsRoot, uint256 totalReward, bytes32 bundleHash
    );
    event RoundSkipped(uint256 indexed taskId, uint256 indexed round);

    // ------------------------------------------------------------------ governance

    /// @notice Replaces the committee (a new epoch: signatures of former members stop counting).
    /// Only the owner. Members distinct, non-zero, at most MAX_COMMITTEE_SIZE; 0 < threshold <= size.
    /// A live proposal stays valid (its signatures were checked when it was posted).
    /// Reverts: OwnableUnauthorizedAccount, RoundSettlementInvalidCommittee, RoundSettlementZeroAddress,
    /// RoundSettlementDuplicateMember.
    /// @param members the new committee: distinct, non-zero addresses, at most MAX_COMMITTEE_SIZE.
    /// @param threshold signatures needed: 0 < threshold <= members.length.
    function setCommittee(address[] calldata members, uint256 threshold) external;

    /// @notice Sets the guardian, the one account that may challenge results. Only the owner.
    /// Reverts: OwnableUnauthorizedAccount, RoundSettlementZeroAddress.
    /// @param guardian the new guardian (non-zero).
    function setGuardian(address guardian) external;

    // ------------------------------------------------------------------ rounds

    /// @notice Posts a round result with at least `threshold` committee signatures (65-byte, low-s,
    /// recovered signers strictly ascending). Anyone may send it. Locks withdrawals of every slashed
    /// operator's unbonding pool until the result is finalized or challenged.
    /// Needs `roundEnd <= block.timestamp < roundEnd + RESULT_DEADLINE` and `result.round == nextRound(taskId)`.
    /// Reverts: RoundSettlementOutOfOrder (a round other than the next one, or one `>= activeRounds`: then
    /// `expectedRound` is `activeRounds`), TaskRegistryUnknownTask, RoundSettlementRoundNotEnded,
    /// RoundSettlementDeadlinePassed, RoundSettlementAlreadyProposed, RoundSettlementRewardExceedsBudget,
    /// RoundSettlementZeroRoot (zero root with a positive reward), RoundSettlementTooManySlashes,
    /// RoundSettlementSlashesHashMismatch, RoundSettlementSlashesNotSorted, RoundSettlementInvalidSlashBps
    /// (0 or above MAX_SLASH_BPS), RoundSettlementNotParticipant, RoundSettlementInvalidSignature (bad length,
    /// high s, unrecoverable), RoundSettlementSignersNotAscending (also a repeated signer),
    /// RoundSettlementNotCommitteeMember (including a member of a former epoch and any signature over other
    /// contents, chain or contract), RoundSettlementInsufficientSignatures, RoundSettlementResultChallenged (this exact
    /// result was challenged before: a challenge voids a result for good, a corrected one has another digest).
    /// @param result the round result the committee signed (EIP-712).
    /// @param slashes the slashes, sorted by operator ascending, hashing to `result.slashesHash`.
    /// @param signatures 65-byte low-s signatures of the result's EIP-712 digest by distinct current members, in ascending signer order.
    function propose(RoundResult calldata result, Slash[] calldata slashes, bytes[] calldata signatures) external;

    /// @notice Voids the live proposal of `round` while `block.timestamp < proposedAt + CHALLENGE_WINDOW`.
    /// Only the guardian. Releases the slashed operators' withdrawal locks; the round can be proposed again.
    /// Reverts: RoundSettlementNotGuardian, RoundSettlementNotProposed, RoundSettlementChallengeWindowClosed.
    /// @param reason free text, logged in ResultChallenged.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function challenge(uint256 taskId, uint256 round, string calldata reason) external;

    /// @notice Applies the live proposal of `round` once `block.timestamp >= proposedAt + CHALLENGE_WINDOW`:
    /// pays `totalReward` from the task's escrow to the distributor, sets the new root, applies the
    /// slashes and marks the round final. Anyone may call. Each slash calls the vault's
    /// `slash(operator, bps, keccak256(abi.encode(taskId, round)))`.
    /// Reverts: RoundSettlementOutOfOrder, RoundSettlementNotProposed, RoundSettlementChallengeWindowOpen.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function finalize(uint256 taskId, uint256 round) external;

    /// @notice Marks `round` skipped once `block.timestamp >= roundEnd + RESULT_DEADLINE` with no live
    /// proposal; its budget becomes refundable. Anyone may call.
    /// Reverts: RoundSettlementOutOfOrder, TaskRegistryUnknownTask, RoundSettlementAlreadyProposed,
    /// RoundSettlementDeadlineNotReached.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function skip(uint256 taskId, uint256 round) external;

    // ------------------------------------------------------------------ views

    /// @notice How long a proposed result stays open to challenge (read from the vault at deployment).
    /// @return seconds.
    function CHALLENGE_WINDOW() external view returns (uint256);

    /// @notice How long after a round's end its result may be proposed; after that the round can be skipped.
    /// @return seconds.
    function RESULT_DEADLINE() external view returns (uint256);

    /// @notice The most slashes one result may carry.
    /// @return the cap (64).
    function MAX_SLASHES() external view returns (uint256);

    /// @notice The largest committee governance may set.
    /// @return the cap (32).
    function MAX_COMMITTEE_SIZE() external view returns (uint256);

    /// @notice The one account that may challenge proposed results.
    /// @return the guardian's address.
    function guardian() external view returns (address);

    /// @notice The current committee.
    /// @return members its members, in the order set; threshold signatures needed; epoch the committee's number
    /// (starts at 1, +1 on every `setCommittee`).
    function committee() external view returns (address[] memory members, uint256 threshold, uint256 epoch);

    /// @notice Whether `account` belongs to the current committee epoch.
    /// @param account the address to check.
    /// @return true if its signature counts now.
    function isCommitteeMember(address account) external view returns (bool);

    /// @notice The only round of a task that can be proposed, finalized or skipped now.
    /// @param taskId the task.
    /// @return the next round of the task to settle (all earlier rounds are finalized or skipped).
    function nextRound(uint256 taskId) external view returns (uint256);

    /// @notice A round's settlement status.
    /// @param taskId the task.
    /// @param round the round.
    /// @return None (nothing live, or challenged), Proposed, Finalized or Skipped.
    function roundStatus(uint256 taskId, uint256 round) external view returns (RoundStatus);

    /// @notice The live proposal of a task, if any.
    /// @param taskId the task.
    /// @return proposal the live proposal of the task (zero if none) and its slashes.
    function getProposal(uint256 taskId) external view returns (Proposal memory proposal, Slash[] memory slashes);

    /// @notice The EIP-712 digest of a result under this contract's domain.
    /// @param result the result.
    /// @return the EIP-712 digest the committee signs for `result`.
    function hashResult(RoundResult calldata result) external view returns (bytes32);

    /// @notice The hash a result's `slashesHash` must equal for `slashes`.
    /// @param slashes the slashes, sorted by operator.
    /// @return `keccak256(abi.encode(slashes))`.
    function hashSlashes(Slash[] calldata slashes) external pure returns (bytes32);
}
