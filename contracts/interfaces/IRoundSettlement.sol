// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IRoundSettlement
/// @notice Posts, challenges and finalizes round results signed by a k-of-n aggregator committee
/// (docs/PROTOCOL.md §5). Rounds of a task settle strictly in order: round r can be proposed only once round
/// r - 1 is finalized or skipped.
/// @dev EIP-712 domain: name "Aerie RoundSettlement", version "1", this chain, this contract.
/// `slashesHash = keccak256(abi.encode(Slash[]))` over the slashes sorted by operator.
/// Errors are documented where they are declared; each function lists the errors it reverts with in one
/// `@dev Reverts with:` list. The signature errors (`SignatureQuorum*`) are declared in the SignatureQuorum library
/// and appear in RoundSettlement's ABI.
interface IRoundSettlement {
    // ------------------------------------------------------------------ types

    /// @notice A round's settlement status: None (nothing live, or challenged), Proposed (a live proposal),
    /// Finalized, Skipped (no result before the deadline; its budget became refundable).
    enum RoundStatus {
        None,
        Proposed,
        Finalized,
        Skipped
    }

    /// @notice A slash the result applies on finalization: `bps` of `operator`'s stake at the round's start, taken
    /// pro rata from its current active and unbonding pools (IStakingVault.slash).
    /// @param operator the operator slashed (a participant of the round).
    /// @param bps the rate of the operator's stake at the round's start to cut, in bps (0 < bps <= MAX_SLASH_BPS).
    struct Slash {
        address operator;
        uint256 bps;
    }

    /// @notice The EIP-712 message the committee signs:
    /// `RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash,string bundleURI)`
    /// (`bundleURI` is hashed as EIP-712 hashes a `string`: `keccak256(bytes(bundleURI))`).
    /// @dev The bundle is found by its URI and trusted by its hash: a reader fetches `bundleURI`, checks that
    /// `keccak256` of the bytes fetched equals `bundleHash`, and only then uses the bundle. Schemes:
    /// - `ipfs://<CID>`: content-addressed, the recommended scheme for public networks;
    /// - `https://…`: any web server (the hash, not the host, makes it trustworthy);
    /// - `file://<absolute path>`: a local file, for local chains, demos and tests only.
    /// The URI is part of the signed message, so nobody can propose the committee's signatures with another
    /// pointer: a different URI is a different digest, and the signatures no longer recover to members.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param rewardsRoot the task's new cumulative Merkle root (all rounds so far).
    /// @param totalReward wei this round adds to the task's allocated rewards (<= rewardPerRound).
    /// @param slashesHash `keccak256(abi.encode(slashes))` of the round's slashes, sorted by operator.
    /// @param bundleHash keccak256 of the canonical round bundle anyone can recompute.
    /// @param bundleURI where the bundle is published (`ipfs://`, `https://` or, locally, `file://`).
    struct RoundResult {
        uint256 taskId;
        uint256 round;
        bytes32 rewardsRoot;
        uint256 totalReward;
        bytes32 slashesHash;
        bytes32 bundleHash;
        string bundleURI;
    }

    /// @notice The live proposal of a task (one at most: rounds settle in order): what finalization and a challenge
    /// need of the signed result. The whole result (`slashesHash`, `bundleURI` included) is in `ResultProposed`;
    /// `digest` commits to all of it, and `hashResult(result) == digest` identifies the event's result.
    /// @param round the round proposed (always the task's `nextRound`).
    /// @param digest the result's EIP-712 digest (what the committee signed).
    /// @param rewardsRoot the cumulative Merkle root it sets.
    /// @param totalReward the wei it pays from the task's escrow.
    /// @param bundleHash keccak256 of the canonical round bundle.
    /// @param proposer the account that sent `propose`.
    /// @param proposedAt seconds (unix) of the proposal; its challenge window runs from here (0: none).
    struct Proposal {
        uint256 round;
        bytes32 digest;
        bytes32 rewardsRoot;
        uint256 totalReward;
        bytes32 bundleHash;
        address proposer;
        uint64 proposedAt;
    }

    // ------------------------------------------------------------------ errors

    /// @notice Thrown when a constructor address (vault, registry, distributor) or the guardian is zero.
    error RoundSettlementZeroAddress();

    /// @notice Thrown when a challenge is sent by an account other than the guardian.
    /// @param caller the account that called.
    error RoundSettlementNotGuardian(address caller);

    /// @notice Thrown when a result is proposed before its round has ended.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param roundEnd the round's end (exclusive), in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error RoundSettlementRoundNotEnded(uint256 taskId, uint256 round, uint256 roundEnd, uint256 timestamp);

    /// @notice Thrown when a result is proposed at or after `roundEnd + RESULT_DEADLINE`.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param deadline `roundEnd + RESULT_DEADLINE`, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error RoundSettlementDeadlinePassed(uint256 taskId, uint256 round, uint256 deadline, uint256 timestamp);

    /// @notice Thrown when a round is skipped before `roundEnd + RESULT_DEADLINE`.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param deadline `roundEnd + RESULT_DEADLINE`, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error RoundSettlementDeadlineNotReached(uint256 taskId, uint256 round, uint256 deadline, uint256 timestamp);

    /// @notice Thrown when a round other than the task's next one is proposed, finalized or skipped, or the next
    /// round is not one of the task's active rounds.
    /// @param taskId the task's id.
    /// @param round the round asked for.
    /// @param expectedRound the task's next round, or its `activeRounds` when it has no active round left.
    error RoundSettlementOutOfOrder(uint256 taskId, uint256 round, uint256 expectedRound);

    /// @notice Thrown when a round is proposed or skipped while the task has a live proposal.
    /// @param taskId the task's id.
    /// @param round the round.
    error RoundSettlementAlreadyProposed(uint256 taskId, uint256 round);

    /// @notice Thrown when a round with no live proposal is challenged or finalized.
    /// @param taskId the task's id.
    /// @param round the round.
    error RoundSettlementNotProposed(uint256 taskId, uint256 round);

    /// @notice Thrown when a result pays more than the round's budget.
    /// @param totalReward the result's total reward, in wei.
    /// @param rewardPerRound the task's budget per round, in wei.
    error RoundSettlementRewardExceedsBudget(uint256 totalReward, uint256 rewardPerRound);

    /// @notice Thrown when a result pays a positive reward under a zero root.
    /// @param taskId the task's id.
    /// @param round the round.
    error RoundSettlementZeroRoot(uint256 taskId, uint256 round);

    /// @notice Thrown when the slashes given do not hash to the result's `slashesHash`.
    /// @param expected the result's `slashesHash`.
    /// @param actual `keccak256(abi.encode(slashes))` of the slashes given.
    error RoundSettlementSlashesHashMismatch(bytes32 expected, bytes32 actual);

    /// @notice Thrown when a result carries more slashes than MAX_SLASHES.
    /// @param count the number of slashes given.
    /// @param max the most allowed (MAX_SLASHES).
    error RoundSettlementTooManySlashes(uint256 count, uint256 max);

    /// @notice Thrown when the slashes are not strictly ascending by operator.
    /// @param index the position of the offending slash.
    /// @param previous the operator of the slash before it.
    /// @param operator its operator.
    error RoundSettlementSlashesNotSorted(uint256 index, address previous, address operator);

    /// @notice Thrown when a slash's rate is 0 or above MAX_SLASH_BPS.
    /// @param operator the slash's operator.
    /// @param bps its rate, in bps.
    /// @param maxSlashBps the cap (MAX_SLASH_BPS), in bps.
    error RoundSettlementInvalidSlashBps(address operator, uint256 bps, uint256 maxSlashBps);

    /// @notice Thrown when a slash names an operator that did not take part in the round.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param operator the operator.
    error RoundSettlementNotParticipant(uint256 taskId, uint256 round, address operator);

    /// @notice Thrown when a proposal is challenged at or after the end of its challenge window.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param closedAt `proposedAt + CHALLENGE_WINDOW`, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error RoundSettlementChallengeWindowClosed(uint256 taskId, uint256 round, uint256 closedAt, uint256 timestamp);

    /// @notice Thrown when a proposal is finalized before the end of its challenge window.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param finalizableAt `proposedAt + CHALLENGE_WINDOW`, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error RoundSettlementChallengeWindowOpen(uint256 taskId, uint256 round, uint256 finalizableAt, uint256 timestamp);

    /// @notice Thrown when a result that was challenged once is proposed again: a challenge voids a result for good
    /// (its signatures are public, so anyone could otherwise replay it after every challenge; see docs/ATTACKS.md).
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param digest the result's EIP-712 digest.
    error RoundSettlementResultChallenged(uint256 taskId, uint256 round, bytes32 digest);

    // ------------------------------------------------------------------ events

    /// @notice Emitted when a committee is set (in the constructor and by `setCommittee`).
    /// @param epoch the committee's number (starts at 1, +1 on every change).
    /// @param members its members, in the order given.
    /// @param threshold signatures needed.
    event CommitteeSet(uint256 indexed epoch, address[] members, uint256 threshold);

    /// @notice Emitted when the guardian is set (in the constructor and by `setGuardian`).
    /// @param guardian the account that may challenge from now on.
    event GuardianSet(address indexed guardian);

    /// @notice Emitted when a round result is proposed. Its `result` carries `bundleURI` next to `bundleHash`:
    /// where the round's bundle is published, and the hash it must have.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param digest the result's EIP-712 digest (what the committee signed).
    /// @param result the result, as signed.
    /// @param slashes the slashes it applies on finalization, sorted by operator.
    /// @param proposer the account that sent `propose`.
    /// @param finalizableAt seconds (unix) from which it can be finalized (`proposedAt + CHALLENGE_WINDOW`).
    event ResultProposed(
        uint256 indexed taskId,
        uint256 indexed round,
        bytes32 digest,
        RoundResult result,
        Slash[] slashes,
        address proposer,
        uint256 finalizableAt
    );

    /// @notice Emitted when the guardian voids a live proposal.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param digest the voided result's EIP-712 digest (never accepted again).
    /// @param guardian the guardian that challenged.
    /// @param reason free text given by the guardian.
    event ResultChallenged(uint256 indexed taskId, uint256 indexed round, bytes32 digest, address guardian, string reason);

    /// @notice Emitted when a round's result takes effect. The bundle's URI is in the `ResultProposed` event of the
    /// same task and round whose `result.bundleHash` equals `bundleHash`.
    /// @param taskId the task's id.
    /// @param round the round.
    /// @param rewardsRoot the task's new cumulative Merkle root.
    /// @param totalReward wei allocated to the task by this round.
    /// @param bundleHash keccak256 of the round's canonical bundle.
    event RoundFinalized(
        uint256 indexed taskId, uint256 indexed round, bytes32 rewardsRoot, uint256 totalReward, bytes32 bundleHash
    );

    /// @notice Emitted when a round expires without a result; its budget becomes refundable to the task's creator.
    /// @param taskId the task's id.
    /// @param round the round.
    event RoundSkipped(uint256 indexed taskId, uint256 indexed round);

    // ------------------------------------------------------------------ governance

    /// @notice Replaces the committee (a new epoch: signatures of former members stop counting). Only the owner.
    /// A live proposal stays valid (its signatures were checked when it was posted).
    /// @dev Reverts with:
    /// - `OwnableUnauthorizedAccount` for anyone but the owner;
    /// - `SignatureQuorumInvalidCommittee` unless `0 < threshold <= members.length <= MAX_COMMITTEE_SIZE`;
    /// - `SignatureQuorumZeroMember` for a zero member;
    /// - `SignatureQuorumDuplicateMember` for a repeated member.
    /// @param members the new committee: distinct, non-zero addresses, at most MAX_COMMITTEE_SIZE.
    /// @param threshold signatures needed: 0 < threshold <= members.length.
    function setCommittee(address[] calldata members, uint256 threshold) external;

    /// @notice Sets the guardian, the one account that may challenge results. Only the owner.
    /// @dev Reverts with:
    /// - `OwnableUnauthorizedAccount` for anyone but the owner;
    /// - `RoundSettlementZeroAddress` for the zero address.
    /// @param guardian the new guardian (non-zero).
    function setGuardian(address guardian) external;

    // ------------------------------------------------------------------ rounds

    /// @notice Posts a round result with at least `threshold` committee signatures (65-byte, low-s, recovered
    /// signers strictly ascending). Anyone may send it. Locks withdrawals of every slashed operator's unbonding pool
    /// until the result is finalized or challenged. Needs `roundEnd <= block.timestamp < roundEnd + RESULT_DEADLINE`
    /// and `result.round == nextRound(taskId)`.
    /// @dev Reverts with:
    /// - `RoundSettlementOutOfOrder` for a round other than the next one, or one `>= activeRounds` (then
    ///   `expectedRound` is `activeRounds`);
    /// - `TaskRegistryUnknownTask` for an unknown task;
    /// - `RoundSettlementRoundNotEnded`, `RoundSettlementDeadlinePassed` outside the proposal window;
    /// - `RoundSettlementAlreadyProposed` while the task has a live proposal;
    /// - `RoundSettlementRewardExceedsBudget` above `rewardPerRound`;
    /// - `RoundSettlementZeroRoot` for a zero root with a positive reward;
    /// - `RoundSettlementTooManySlashes`, `RoundSettlementSlashesHashMismatch`, `RoundSettlementSlashesNotSorted`,
    ///   `RoundSettlementInvalidSlashBps` (0 or above MAX_SLASH_BPS), `RoundSettlementNotParticipant` for bad slashes;
    /// - `RoundSettlementResultChallenged` for a result challenged before (a corrected one has another digest);
    /// - `SignatureQuorumInvalidSignature` (bad length, high s, unrecoverable);
    /// - `SignatureQuorumSignersNotAscending` (also a repeated signer);
    /// - `SignatureQuorumNotCommitteeMember` (a member of a former epoch, or any signature over other contents —
    ///   another `bundleURI` included — chain or contract);
    /// - `SignatureQuorumInsufficientSignatures` for fewer than `threshold` signatures.
    /// @param result the round result the committee signed (EIP-712), `bundleURI` included.
    /// @param slashes the slashes, sorted by operator ascending, hashing to `result.slashesHash`.
    /// @param signatures 65-byte low-s signatures of the result's EIP-712 digest by distinct current members, in
    /// ascending signer order.
    function propose(RoundResult calldata result, Slash[] calldata slashes, bytes[] calldata signatures) external;

    /// @notice Voids the live proposal of `round` while `block.timestamp < proposedAt + CHALLENGE_WINDOW`.
    /// Only the guardian. Releases the slashed operators' withdrawal locks; the round can be proposed again, with
    /// another result.
    /// @dev Reverts with:
    /// - `RoundSettlementNotGuardian` for anyone but the guardian;
    /// - `RoundSettlementNotProposed` if the round has no live proposal;
    /// - `RoundSettlementChallengeWindowClosed` at or after `proposedAt + CHALLENGE_WINDOW`.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    /// @param reason free text, logged in ResultChallenged.
    function challenge(uint256 taskId, uint256 round, string calldata reason) external;

    /// @notice Applies the live proposal of `round` once `block.timestamp >= proposedAt + CHALLENGE_WINDOW`:
    /// pays `totalReward` from the task's escrow to the distributor, sets the new root, applies the
    /// slashes and marks the round final. Anyone may call. Each slash calls the vault's
    /// `slash(operator, bps, roundStart, keccak256(abi.encode(taskId, round)))` with the round's start (seconds) from
    /// the registry's `roundWindow`, so the amount is `bps` of the stake that backed the round.
    /// @dev Reverts with:
    /// - `RoundSettlementOutOfOrder` for a round other than the next one;
    /// - `RoundSettlementNotProposed` if the round has no live proposal;
    /// - `RoundSettlementChallengeWindowOpen` before `proposedAt + CHALLENGE_WINDOW`.
    /// @param taskId the task's id.
    /// @param round the round (0-based).
    function finalize(uint256 taskId, uint256 round) external;

    /// @notice Marks `round` skipped once `block.timestamp >= roundEnd + RESULT_DEADLINE` with no live
    /// proposal; its budget becomes refundable. Anyone may call.
    /// @dev Reverts with:
    /// - `RoundSettlementOutOfOrder` for a round other than the next one, or one `>= activeRounds`;
    /// - `TaskRegistryUnknownTask` for an unknown task;
    /// - `RoundSettlementAlreadyProposed` while the round has a live proposal;
    /// - `RoundSettlementDeadlineNotReached` before `roundEnd + RESULT_DEADLINE`.
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
    /// @return members its members, in the order set.
    /// @return threshold signatures needed.
    /// @return epoch the committee's number (starts at 1, +1 on every `setCommittee`).
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
    /// @return proposal the live proposal of the task (zero if none).
    /// @return slashes its slashes, sorted by operator.
    function getProposal(uint256 taskId) external view returns (Proposal memory proposal, Slash[] memory slashes);

    /// @notice The EIP-712 digest of a result under this contract's domain.
    /// @param result the result (`bundleURI` included).
    /// @return the EIP-712 digest the committee signs for `result`.
    function hashResult(RoundResult calldata result) external view returns (bytes32);

    /// @notice The hash a result's `slashesHash` must equal for `slashes`.
    /// @param slashes the slashes, sorted by operator.
    /// @return `keccak256(abi.encode(slashes))`.
    function hashSlashes(Slash[] calldata slashes) external pure returns (bytes32);
}
