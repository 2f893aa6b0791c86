// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {AerieTestToken} from "../../../../contracts/test/AerieTestToken.sol";
import {StakingVault} from "../../../../contracts/StakingVault.sol";
import {TaskRegistry} from "../../../../contracts/TaskRegistry.sol";
import {RewardDistributor} from "../../../../contracts/RewardDistributor.sol";
import {RoundSettlement} from "../../../../contracts/RoundSettlement.sol";
import {ITaskRegistry} from "../../../../contracts/interfaces/ITaskRegistry.sol";
import {IRoundSettlement} from "../../../../contracts/interfaces/IRoundSettlement.sol";
import {AerieBase} from "../../utils/AerieBase.sol";

/// @title AerieSystemBase
/// @notice The state side of the Aerie system handler: deploys and wires the real contracts (no mocks, AerieBase) with the
/// docs/PROTOCOL.md §8 defaults, holds the actors (3 operators, 4 delegators, 2 creators, a 2-of-3 committee, a guardian,
/// a treasury receiving slashes, a donor), the ghost accounting every invariant compares the contracts against,
/// and the helpers the actions share (Merkle trees of 1–2 leaves, committee signatures, time).
/// @dev The actions live in `AerieSystemHandler`. Conventions (see AerieTestTokenHandler): ghost variables are
/// `ghost_*`; an action whose preconditions do not hold returns early and counts a skip; a call the protocol must
/// refuse is made with try/catch and, if it succeeds, counted in a `ghost_*Violations` counter that an invariant
/// asserts is 0 (the first such event is kept in `firstViolation`, for the failure message).
/// Time: `ghostNow` is the handler's clock, only moved forward by `_advance`; every action starts by warping to
/// it, so the suite does not depend on whether forge keeps `block.timestamp` between calls.
abstract contract AerieSystemBase is AerieBase {
    using Strings for uint256;

    // ------------------------------------------------------------------ types

    /// @notice Ghost of one task: its parameters (so actions need not read the registry), the settlement's
    /// progress, who its reward tree pays and what each leaf says now, and its escrow flows.
    /// @param activeRounds rounds that can still be settled (`numRounds`, or the rounds ended at cancellation).
    /// @param nextRound next round to settle (all below it finalized or skipped).
    /// @param refundable wei the creator can withdraw now, by the handler's books.
    /// @param numAccounts 1 or 2 leaves in every tree of the task.
    /// @param accounts the leaves' accounts (operators or delegators).
    /// @param leafCum each account's cumulative amount in the distributor's current root (wei).
    /// @param hasRoot whether the distributor holds a non-zero root for the task.
    /// @param claimed wei paid to each account for the task, summed from the handler's successful claims.
    /// @param escrowedIn wei the creator escrowed at creation.
    /// @param paidOut wei the registry paid to the distributor for the task (finalized rewards).
    /// @param refundedOut wei the registry paid back to the creator.
    /// @param finalizedRounds rounds finalized through the handler.
    struct TaskGhost {
        address creator;
        uint256 startTime;
        uint256 roundDuration;
        uint256 numRounds;
        uint256 activeRounds;
        bool cancelled;
        uint256 rewardPerRound;
        uint256 minTrainerStake;
        uint256 minValidatorStake;
        uint256 nextRound;
        uint256 refundable;
        uint256 numAccounts;
        address[2] accounts;
        uint256[2] leafCum;
        bool hasRoot;
        uint256[2] claimed;
        uint256 escrowedIn;
        uint256 paidOut;
        uint256 refundedOut;
        uint256 finalizedRounds;
    }

    /// @notice Ghost of a task's live proposal, as the handler signed and posted it.
    struct ProposalGhost {
        bool live;
        uint256 round;
        bytes32 digest;
        uint256 sigCount;
        uint256 proposedAt;
        uint256 totalReward;
        bool rootZero;
        uint256[2] newCum;
    }

    /// @notice Every ghost total at once (one call per invariant check instead of one per total).
    struct Flows {
        uint256 minted;
        uint256 mintedToCreators;
        uint256 staked;
        uint256 restaked;
        uint256 withdrawn;
        uint256 escrowed;
        uint256 paidToDistributor;
        uint256 refunded;
        uint256 claimedOut;
        uint256 slashed;
        uint256 donatedVault;
        uint256 donatedRegistry;
        uint256 donatedDistributor;
    }

    /// @notice One finalization, recorded when it happened (docs/PROTOCOL.md §9.4).
    /// @param sigCount signatures the proposal carried.
    /// @param digestMatched the finalized contents hash to the digest the committee signed.
    struct FinalizeRecord {
        uint256 taskId;
        uint256 round;
        uint256 sigCount;
        uint256 proposedAt;
        uint256 finalizedAt;
        bool digestMatched;
    }

    /// @notice An operator's active-pool assets (wei) from time `at` (seconds) on.
    struct StakePoint {
        uint256 at;
        uint256 assets;
    }

    /// @notice Ghost of one unstake request (docs/PROTOCOL.md §9.5).
    /// @param exposureDeadline latest `roundEnd + RESULT_DEADLINE` over the rounds the operator took part in that
    /// had started and were not final when the request was made (0: none).
    struct RequestGhost {
        uint256 id;
        address owner;
        address operator;
        uint256 requestedAt;
        uint256 unlockTime;
        uint256 exposureDeadline;
        bool withdrawn;
        uint256 withdrawnAt;
    }

    /// @notice What an action needs of the task it picks (`_pickTask`).
    enum Want {
        Any,
        /// no live proposal, a next round to settle whose result deadline has not passed
        Proposable,
        /// a live proposal
        Live,
        /// no live proposal, a next round to settle whose result deadline is at most 4 days away
        Skippable,
        /// a root, and a leaf not fully claimed
        Claimable,
        /// a root
        HasRoot,
        /// not cancelled, a round not yet ended
        Cancellable,
        /// a refundable balance
        Refundable
    }

    // ------------------------------------------------------------------ constants

    uint256 public constant NUM_OPS = 3;
    uint256 public constant NUM_DELEGATORS = 4;
    uint256 public constant NUM_CREATORS = 2;
    /// @notice Operators then delegators: every account that can hold shares or be a reward leaf.
    uint256 public constant NUM_STAKERS = NUM_OPS + NUM_DELEGATORS;
    uint256 public constant COMMITTEE_SIZE = 3;
    uint256 public constant THRESHOLD = 2;
    /// @notice Tasks a run may create (bounds every loop of the invariants).
    uint256 public constant MAX_TASKS = 6;
    uint256 public constant MAX_ROUNDS = 4;
    /// @dev 1e6 tokens per stake, 1e4 tokens per round: far from any overflow over a deep run.
    uint256 internal constant MAX_STAKE = 1e24;
    uint256 internal constant MAX_REWARD = 1e22;
    // docs/PROTOCOL.md §8 defaults, BPS and SECP256K1_N: AerieBase.

    // ------------------------------------------------------------------ system

    AerieTestToken public token;
    StakingVault public vault;
    TaskRegistry public registry;
    RewardDistributor public distributor;
    RoundSettlement public settlement;

    address public guardian;
    address public treasury;
    address public donor;

    // ------------------------------------------------------------------ actors

    address[NUM_OPS] internal _ops;
    /// @dev Indices of `_ops` sorted by address (slashes must be sorted by operator).
    uint256[NUM_OPS] internal _opsByAddress;
    bool[NUM_OPS] internal _registered;
    address[NUM_DELEGATORS] internal _delegators;
    address[NUM_CREATORS] internal _creators;
    address[NUM_STAKERS] internal _stakers;
    /// @dev Committee keys sorted by their address (signatures must come in ascending signer order).
    uint256[COMMITTEE_SIZE] internal _committeeKeys;
    uint256 internal _outsiderKey;

    // ------------------------------------------------------------------ clock

    /// @notice The handler's time (seconds); only grows.
    uint256 public ghostNow;

    // ------------------------------------------------------------------ ghost flows (wei)

    uint256 public ghost_minted;
    /// @notice Minted to creators (they only ever escrow and receive refunds).
    uint256 public ghost_mintedToCreators;
    /// @notice Staked by actors from their wallets (tokens into the system).
    uint256 public ghost_staked;
    /// @notice Claimed and restaked (moves inside the system: distributor to vault).
    uint256 public ghost_restaked;
    uint256 public ghost_withdrawn;
    uint256 public ghost_escrowed;
    uint256 public ghost_paidToDistributor;
    uint256 public ghost_refunded;
    /// @notice Claimed to accounts' wallets (tokens out of the system).
    uint256 public ghost_claimedOut;
    uint256 public ghost_slashed;
    uint256 public ghost_donatedVault;
    uint256 public ghost_donatedRegistry;
    uint256 public ghost_donatedDistributor;

    /// @notice Tasks created (ids 1..ghost_taskCount).
    uint256 public ghost_taskCount;

    mapping(uint256 taskId => TaskGhost) internal _taskGhost;
    mapping(uint256 taskId => ProposalGhost) internal _proposalGhost;
    /// @dev EIP-712 digests of results the guardian challenged (RoundSettlement refuses them for good).
    mapping(bytes32 digest => bool) internal _challengedDigests;
    FinalizeRecord[] internal _finalized;
    RequestGhost[] internal _requests;
    /// @notice Active-pool shares of each account in each operator's pool, by the handler's books (each action
    /// checks the account it touched against the vault).
    mapping(address operator => mapping(address account => uint256)) public ghost_shares;
    /// @dev Each operator's role in each task, by the handler's books (joins and leaves).
    mapping(uint256 taskId => mapping(address operator => ITaskRegistry.Role)) internal _roles;
    /// @notice Withdrawal locks the settlement should hold on an operator: live proposals slashing it.
    mapping(address operator => uint256) public ghost_locks;
    /// @dev 1 + the latest `requestedAt` of a withdrawn request of the operator (0: none withdrawn yet).
    mapping(address operator => uint256) internal _lastWithdrawnRequestedAt;
    /// @dev Each operator's active-pool assets after every handler action that changed them, by time: the handler's
    /// own record of the slash base (the stake at a round's start), kept apart from the vault's checkpoints.
    mapping(address operator => StakePoint[]) internal _stakeLog;

    // ------------------------------------------------------------------ ghost violations (must stay 0)

    /// @notice docs/PROTOCOL.md §9.2: a refund or early skip that paid what the books did not allow.
    uint256 public ghost_escrowViolations;
    /// @notice docs/PROTOCOL.md §9.3: a replayed or over-allocated claim that paid, or a claim that paid another amount.
    uint256 public ghost_claimViolations;
    /// @notice docs/PROTOCOL.md §9.4: a forged / under-signed proposal accepted, a finalize before the window, a late challenge.
    uint256 public ghost_quorumViolations;
    /// @notice docs/PROTOCOL.md §9.4: a refused proposal failed with another error than the one its defect should raise.
    uint256 public ghost_unexpectedErrors;
    /// @notice docs/PROTOCOL.md §9.5: a withdrawal before unlock, during a pending slash, or before an exposure was final.
    uint256 public ghost_outrunViolations;
    /// @notice docs/PROTOCOL.md §9.6: a 0-share stake or 0-value unstake accepted, a slash cut not rounded up, a payout above its
    /// preview, or a commission increase applied early.
    uint256 public ghost_roundingViolations;
    string public firstViolation;

    // ------------------------------------------------------------------ counters

    mapping(bytes32 action => uint256) public calls;
    mapping(bytes32 action => uint256) public skips;

    // ------------------------------------------------------------------ constructor

    constructor() {
        ghostNow = block.timestamp;
        guardian = makeAddr("guardian");
        treasury = makeAddr("treasury");
        donor = makeAddr("donor");
        (, _outsiderKey) = makeAccount("outsider");

        (AerieSystem memory system, uint256[] memory keys) = _deploySystem(
            SystemConfig({
                slashRecipient: treasury,
                guardian: guardian,
                committeeSize: COMMITTEE_SIZE,
                threshold: THRESHOLD,
                boundSettlement: address(0)
            })
        );
        (token, vault, registry, distributor, settlement) =
            (system.token, system.vault, system.registry, system.distributor, system.settlement);
        for (uint256 i; i < COMMITTEE_SIZE; ++i) {
            _committeeKeys[i] = keys[i];
        }

        for (uint256 i; i < NUM_OPS; ++i) {
            _ops[i] = makeAddr(string.concat("operator", i.toString()));
            _stakers[i] = _ops[i];
        }
        for (uint256 i; i < NUM_DELEGATORS; ++i) {
            _delegators[i] = makeAddr(string.concat("delegator", i.toString()));
            _stakers[NUM_OPS + i] = _delegators[i];
        }
        for (uint256 i; i < NUM_STAKERS; ++i) {
            vm.prank(_stakers[i]);
            token.approve(address(vault), type(uint256).max);
        }
        for (uint256 i; i < NUM_CREATORS; ++i) {
            _creators[i] = makeAddr(string.concat("creator", i.toString()));
            vm.prank(_creators[i]);
            token.approve(address(registry), type(uint256).max);
        }
        _sortOpsByAddress();
    }

    // ------------------------------------------------------------------ views for the invariants

    function ops() external view returns (address[NUM_OPS] memory) {
        return _ops;
    }

    function stakers() external view returns (address[NUM_STAKERS] memory) {
        return _stakers;
    }

    function creators() external view returns (address[NUM_CREATORS] memory) {
        return _creators;
    }

    function taskGhost(uint256 taskId) external view returns (TaskGhost memory) {
        return _taskGhost[taskId];
    }

    /// @notice Every task's ghost, task id `i + 1` at index `i`.
    function tasks() external view returns (TaskGhost[] memory all) {
        all = new TaskGhost[](ghost_taskCount);
        for (uint256 i; i < all.length; ++i) {
            all[i] = _taskGhost[i + 1];
        }
    }

    /// @notice Every task's live-proposal ghost, task id `i + 1` at index `i`.
    function proposals() external view returns (ProposalGhost[] memory all) {
        all = new ProposalGhost[](ghost_taskCount);
        for (uint256 i; i < all.length; ++i) {
            all[i] = _proposalGhost[i + 1];
        }
    }

    function finalizeRecords() external view returns (FinalizeRecord[] memory) {
        return _finalized;
    }

    function requests() external view returns (RequestGhost[] memory) {
        return _requests;
    }

    /// @notice Withdrawal locks each operator (in `ops()` order) should hold.
    function locks() external view returns (uint256[NUM_OPS] memory all) {
        for (uint256 i; i < NUM_OPS; ++i) {
            all[i] = ghost_locks[_ops[i]];
        }
    }

    /// @notice Per operator (in `ops()` order), the sum of every account's ghost shares.
    function shareSums() external view returns (uint256[NUM_OPS] memory sums) {
        for (uint256 j; j < NUM_OPS; ++j) {
            for (uint256 i; i < NUM_STAKERS; ++i) {
                sums[j] += ghost_shares[_ops[j]][_stakers[i]];
            }
        }
    }

    /// @notice The root of the task's latest finalized tree, rebuilt from the ghost leaves.
    function currentRoot(uint256 taskId) external view returns (bytes32) {
        TaskGhost storage g = _taskGhost[taskId];
        return _root(taskId, g, g.leafCum);
    }

    function flows() external view returns (Flows memory f) {
        f.minted = ghost_minted;
        f.mintedToCreators = ghost_mintedToCreators;
        f.staked = ghost_staked;
        f.restaked = ghost_restaked;
        f.withdrawn = ghost_withdrawn;
        f.escrowed = ghost_escrowed;
        f.paidToDistributor = ghost_paidToDistributor;
        f.refunded = ghost_refunded;
        f.claimedOut = ghost_claimedOut;
        f.slashed = ghost_slashed;
        f.donatedVault = ghost_donatedVault;
        f.donatedRegistry = ghost_donatedRegistry;
        f.donatedDistributor = ghost_donatedDistributor;
    }

    /// @notice Sum of the token balances of every address that can hold the token in this system.
    function knownBalances() external view returns (uint256 sum) {
        for (uint256 i; i < NUM_STAKERS; ++i) {
            sum += token.balanceOf(_stakers[i]);
        }
        for (uint256 i; i < NUM_CREATORS; ++i) {
            sum += token.balanceOf(_creators[i]);
        }
        sum += token.balanceOf(treasury) + token.balanceOf(donor) + token.balanceOf(address(vault))
            + token.balanceOf(address(registry)) + token.balanceOf(address(distributor));
    }

    // ------------------------------------------------------------------ internal: time and bookkeeping

    /// @dev Puts the chain at the handler's clock (a no-op if forge kept it).
    function _sync() internal {
        vm.warp(ghostNow);
    }

    /// @dev Moves the clock forward to `to` (never backward).
    function _advance(uint256 to) internal {
        if (to > ghostNow) {
            ghostNow = to;
            vm.warp(to);
        }
    }

    function _count(bytes32 action) internal {
        calls[action]++;
    }

    /// @dev Counts a skipped action (preconditions not met) and returns nothing, for `return _skip(...)`.
    function _skip(bytes32 action) internal {
        skips[action]++;
    }

    function _violation(uint256 kind, string memory what) internal {
        if (kind == 1) ghost_escrowViolations++;
        else if (kind == 2) ghost_claimViolations++;
        else if (kind == 3) ghost_quorumViolations++;
        else if (kind == 4) ghost_outrunViolations++;
        else if (kind == 5) ghost_roundingViolations++;
        else ghost_unexpectedErrors++;
        if (bytes(firstViolation).length == 0) {
            firstViolation = string.concat(what, " @t=", ghostNow.toString());
        }
    }

    function _mint(address to, uint256 amount) internal {
        token.mint(to, amount);
        ghost_minted += amount;
    }

    // ------------------------------------------------------------------ internal: actor picks

    function _staker(uint256 seed) internal view returns (address) {
        return _stakers[seed % NUM_STAKERS];
    }

    /// @dev A registered operator, starting the search at `seed`; `ok` false if none is registered.
    function _registeredOp(uint256 seed) internal view returns (bool ok, address op) {
        for (uint256 k; k < NUM_OPS; ++k) {
            uint256 i = (seed % NUM_OPS + k) % NUM_OPS;
            if (_registered[i]) return (true, _ops[i]);
        }
        return (false, address(0));
    }

    function _opIndex(address account) internal view returns (bool isOp, uint256 index) {
        for (uint256 i; i < NUM_OPS; ++i) {
            if (_ops[i] == account) return (true, i);
        }
        return (false, 0);
    }

    /// @dev The first task, searching from `seed`, that has what `want` asks; `ok` false if none has.
    function _pickTask(uint256 seed, Want want) internal view returns (bool ok, uint256 taskId) {
        uint256 count = ghost_taskCount;
        for (uint256 k; k < count; ++k) {
            taskId = 1 + ((seed % count + k) % count);
            if (_has(taskId, want)) return (true, taskId);
        }
        return (false, 0);
    }

    function _has(uint256 taskId, Want want) internal view returns (bool) {
        if (want == Want.Any) return true;
        TaskGhost storage g = _taskGhost[taskId];
        bool live = _proposalGhost[taskId].live;
        if (want == Want.Live) return live;
        if (want == Want.Proposable || want == Want.Skippable) {
            if (live || g.nextRound >= g.activeRounds) return false;
            uint256 deadline = _roundEnd(g, g.nextRound) + RESULT_DEADLINE;
            return want == Want.Proposable ? ghostNow < deadline : deadline <= ghostNow + 4 days;
        }
        if (want == Want.HasRoot) return g.hasRoot;
        if (want == Want.Claimable) {
            if (!g.hasRoot) return false;
            for (uint256 k; k < g.numAccounts; ++k) {
                if (g.leafCum[k] > g.claimed[k]) return true;
            }
            return false;
        }
        if (want == Want.Cancellable) return !g.cancelled && _roundsStarted(g) < g.activeRounds;
        return g.refundable != 0; // Want.Refundable
    }

    /// @dev An amount in [1, max], a fifth of the time a tiny one in [1, 100] (1 wei and odd amounts).
    function _amount(uint256 seed, uint256 max) internal pure returns (uint256) {
        if (seed % 5 == 0) return bound(seed >> 8, 1, 100);
        return bound(seed, 1, max);
    }

    /// @dev A value in [lo, hi]: `lo` or `hi` a quarter of the time each (the boundaries of a time window), else any.
    function _edge(uint256 seed, uint256 lo, uint256 hi) internal pure returns (uint256) {
        uint256 pick = seed % 4;
        if (pick == 0) return lo;
        if (pick == 1) return hi;
        return bound(seed >> 2, lo, hi);
    }

    // ------------------------------------------------------------------ internal: rounds

    function _roundStart(TaskGhost storage g, uint256 round) internal view returns (uint256) {
        return g.startTime + round * g.roundDuration;
    }

    function _roundEnd(TaskGhost storage g, uint256 round) internal view returns (uint256) {
        return g.startTime + (round + 1) * g.roundDuration;
    }

    /// @dev Rounds of the task whose start is at or before now, the running one included (what a cancel keeps,
    /// docs/PROTOCOL.md §4).
    function _roundsStarted(TaskGhost storage g) internal view returns (uint256) {
        if (ghostNow < g.startTime) return 0;
        uint256 started = (ghostNow - g.startTime) / g.roundDuration + 1;
        return started < g.numRounds ? started : g.numRounds;
    }

    // ------------------------------------------------------------------ internal: the slash base

    /// @dev Records `op`'s active-pool assets now (call after every action that changes them; one point per second).
    function _logStake(address op) internal {
        StakePoint[] storage log = _stakeLog[op];
        uint256 assets = vault.stakeOf(op);
        uint256 n = log.length;
        if (n != 0 && log[n - 1].at == ghostNow) log[n - 1].assets = assets;
        else log.push(StakePoint({at: ghostNow, assets: assets}));
    }

    /// @dev `op`'s active-pool assets at time `t` by the handler's record: the last point at or before `t` (0 if none).
    function _ghostStakeAt(address op, uint256 t) internal view returns (uint256) {
        StakePoint[] storage log = _stakeLog[op];
        for (uint256 i = log.length; i != 0; --i) {
            if (log[i - 1].at <= t) return log[i - 1].assets;
        }
        return 0;
    }

    /// @dev Latest `roundEnd + RESULT_DEADLINE` over the rounds `op` takes part in that have started and are not
    /// yet finalized or skipped (their result is pending or not yet proposed): the stake backing them must stay
    /// until then (DESIGN "What unstaking cannot outrun a slash means here"). 0 if none.
    function _exposureDeadline(address op) internal view returns (uint256 deadline) {
        uint256 count = ghost_taskCount;
        for (uint256 taskId = 1; taskId <= count; ++taskId) {
            TaskGhost storage g = _taskGhost[taskId];
            for (uint256 round = g.nextRound; round < g.activeRounds; ++round) {
                if (_roundStart(g, round) > ghostNow) break;
                if (registry.participantRole(taskId, round, op) == ITaskRegistry.Role.None) continue;
                uint256 end = _roundEnd(g, round) + RESULT_DEADLINE;
                if (end > deadline) deadline = end;
            }
        }
    }

    // ------------------------------------------------------------------ internal: Merkle trees (1–2 leaves)

    /// @dev OpenZeppelin StandardMerkleTree leaf of `(taskId, account, cumulative)`.
    function _leaf(uint256 taskId, address account, uint256 cumulative) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(taskId, account, cumulative))));
    }

    function _root(uint256 taskId, TaskGhost storage g, uint256[2] memory cum) internal view returns (bytes32) {
        bytes32 first = _leaf(taskId, g.accounts[0], cum[0]);
        if (g.numAccounts == 1) return first;
        return Hashes.commutativeKeccak256(first, _leaf(taskId, g.accounts[1], cum[1]));
    }

    /// @dev Proof of leaf `k` under the task's current ghost tree: its sibling, or nothing for a single leaf.
    function _proof(uint256 taskId, TaskGhost storage g, uint256 k) internal view returns (bytes32[] memory proof) {
        if (g.numAccounts == 1) return new bytes32[](0);
        proof = new bytes32[](1);
        uint256 other = 1 - k;
        proof[0] = _leaf(taskId, g.accounts[other], g.leafCum[other]);
    }

    // ------------------------------------------------------------------ internal: signatures

    /// @dev 2 or 3 committee signatures over `digest`, in ascending signer order.
    function _committeeSigs(bytes32 digest, uint256 seed) internal view returns (bytes[] memory sigs) {
        uint256 choice = seed % 4;
        if (choice == 3) {
            sigs = new bytes[](3);
            for (uint256 i; i < 3; ++i) {
                sigs[i] = _sign(_committeeKeys[i], digest);
            }
            return sigs;
        }
        // choice 0: {0, 1}; 1: {0, 2}; 2: {1, 2}.
        uint256 a = choice == 2 ? 1 : 0;
        uint256 b = choice == 0 ? 1 : 2;
        sigs = new bytes[](2);
        sigs[0] = _sign(_committeeKeys[a], digest);
        sigs[1] = _sign(_committeeKeys[b], digest);
    }

    /// @dev The EIP-712 digest of `result` under the settlement's domain with another chain id or contract.
    function _foreignDigest(IRoundSettlement.RoundResult memory result, uint256 chainId, address verifyingContract)
        internal
        view
        returns (bytes32)
    {
        return _resultDigestUnder(settlement, result, chainId, verifyingContract);
    }

    /// @dev The same signature with `s` replaced by `n - s` (and `v` flipped): valid maths, refused as malleable.
    function _highS(bytes memory sig) internal pure returns (bytes memory) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        return abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }

    // ------------------------------------------------------------------ internal: sorting (constructor only)

    function _sortOpsByAddress() private {
        for (uint256 i; i < NUM_OPS; ++i) {
            _opsByAddress[i] = i;
        }
        for (uint256 i = 1; i < NUM_OPS; ++i) {
            for (uint256 j = i; j > 0 && _ops[_opsByAddress[j]] < _ops[_opsByAddress[j - 1]]; --j) {
                (_opsByAddress[j], _opsByAddress[j - 1]) = (_opsByAddress[j - 1], _opsByAddress[j]);
            }
        }
    }
}
