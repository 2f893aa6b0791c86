// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {StakingVault} from "../../../contracts/StakingVault.sol";
import {TaskRegistry} from "../../../contracts/TaskRegistry.sol";
import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {RoundSettlement} from "../../../contracts/RoundSettlement.sol";
import {ITaskRegistry} from "../../../contracts/interfaces/ITaskRegistry.sol";
import {IRoundSettlement} from "../../../contracts/interfaces/IRoundSettlement.sol";
import {SignatureQuorum} from "../../../contracts/libraries/SignatureQuorum.sol";
import {AerieBase} from "../utils/AerieBase.sol";

/// @title AerieSettlementFixture
/// @notice The real system with docs/PROTOCOL.md §8 defaults, a 2-of-3 committee (keys sorted by address), a guardian, a
/// treasury, two registered and staked operators that joined one task (3 rounds of 1 day, 1,000 tokens each,
/// starting in an hour), and the clock at the end of round 0. Shared by the settlement and distributor fuzz tests.
abstract contract AerieSettlementFixture is AerieBase {
    uint256 internal constant THRESHOLD = 2;
    uint256 internal constant REWARD_PER_ROUND = 1_000e18;
    uint256 internal constant ROUND = 1 days;

    AerieTestToken internal _token;
    StakingVault internal _vault;
    TaskRegistry internal _registry;
    RewardDistributor internal _distributor;
    RoundSettlement internal _settlement;
    address internal _guardian;
    address internal _treasury;
    address internal _trainer;
    address internal _validator;
    address internal _creator;
    uint256[3] internal _keys;
    uint256 internal _taskId;
    uint256 internal _start;

    function setUp() public virtual {
        _guardian = makeAddr("guardian");
        _treasury = makeAddr("treasury");
        (AerieSystem memory system, uint256[] memory keys) = _deploySystem(
            SystemConfig({
                slashRecipient: _treasury,
                guardian: _guardian,
                committeeSize: 3,
                threshold: THRESHOLD,
                boundSettlement: address(0)
            })
        );
        (_token, _vault, _registry, _distributor, _settlement) =
            (system.token, system.vault, system.registry, system.distributor, system.settlement);
        (_keys[0], _keys[1], _keys[2]) = (keys[0], keys[1], keys[2]);

        _trainer = makeAddr("trainer");
        _validator = makeAddr("validator");
        _creator = makeAddr("creator");
        _registerAndStake(_trainer, 1_000e18);
        _registerAndStake(_validator, 1_000e18);

        _start = block.timestamp + 1 hours;
        _token.mint(_creator, 3 * REWARD_PER_ROUND);
        vm.startPrank(_creator);
        _token.approve(address(_registry), type(uint256).max);
        _taskId = _registry.createTask(
            ITaskRegistry.TaskSpec({
                startTime: uint64(_start),
                roundDuration: uint64(ROUND),
                numRounds: 3,
                rewardPerRound: REWARD_PER_ROUND,
                minTrainerStake: 100e18,
                minValidatorStake: 100e18,
                specHash: keccak256("spec"),
                specURI: "ipfs://spec"
            })
        );
        vm.stopPrank();
        vm.prank(_trainer);
        _registry.joinTask(_taskId, ITaskRegistry.Role.Trainer);
        vm.prank(_validator);
        _registry.joinTask(_taskId, ITaskRegistry.Role.Validator);
        vm.warp(_start + ROUND); // round 0 has ended
    }

    // ------------------------------------------------------------------ helpers

    function _registerAndStake(address op, uint256 amount) internal {
        _token.mint(op, amount);
        vm.startPrank(op);
        _vault.registerOperator(1_000, "");
        _token.approve(address(_vault), type(uint256).max);
        _vault.stake(op, amount);
        vm.stopPrank();
    }

    function _leaf(address account, uint256 cumulative) internal view returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(_taskId, account, cumulative))));
    }

    /// @dev Root of the two-leaf tree (trainer, validator) and the proof of each leaf (its sibling).
    function _tree(uint256 trainerCum, uint256 validatorCum)
        internal
        view
        returns (bytes32 root, bytes32[] memory trainerProof, bytes32[] memory validatorProof)
    {
        bytes32 a = _leaf(_trainer, trainerCum);
        bytes32 b = _leaf(_validator, validatorCum);
        root = Hashes.commutativeKeccak256(a, b);
        trainerProof = new bytes32[](1);
        trainerProof[0] = b;
        validatorProof = new bytes32[](1);
        validatorProof[0] = a;
    }

    function _result(uint256 round, bytes32 root, uint256 totalReward, IRoundSettlement.Slash[] memory slashes)
        internal
        view
        returns (IRoundSettlement.RoundResult memory)
    {
        return IRoundSettlement.RoundResult({
            taskId: _taskId,
            round: round,
            rewardsRoot: root,
            totalReward: totalReward,
            slashesHash: keccak256(abi.encode(slashes)),
            bundleHash: keccak256(abi.encode("bundle", round, root)),
            bundleURI: string.concat("ipfs://bundle/", Strings.toString(round))
        });
    }

    /// @dev Signatures of committee members 0 and 1 (ascending) over the result's digest.
    function _quorum(IRoundSettlement.RoundResult memory result) internal view returns (bytes[] memory sigs) {
        bytes32 digest = _settlement.hashResult(result);
        sigs = new bytes[](2);
        sigs[0] = _sign(_keys[0], digest);
        sigs[1] = _sign(_keys[1], digest);
    }

    function _noSlashes() internal pure returns (IRoundSettlement.Slash[] memory) {
        return new IRoundSettlement.Slash[](0);
    }

    /// @dev Proposes and finalizes `round` paying the two leaves their new cumulative amounts.
    function _settle(uint256 round, uint256 trainerCum, uint256 validatorCum, uint256 totalReward) internal {
        (bytes32 root,,) = _tree(trainerCum, validatorCum);
        IRoundSettlement.RoundResult memory result = _result(round, root, totalReward, _noSlashes());
        _settlement.propose(result, _noSlashes(), _quorum(result));
        vm.warp(block.timestamp + _settlement.CHALLENGE_WINDOW());
        _settlement.finalize(_taskId, round);
    }
}

/// @title RoundSettlementFuzzTest
/// @notice docs/PROTOCOL.md §9.4 by fuzzing: a result takes effect only with k distinct committee signatures over exactly its
/// contents on this chain and contract, and only after its full challenge window.
contract RoundSettlementFuzzTest is AerieSettlementFixture {
    /// @notice `hashResult` is the EIP-712 digest of DESIGN's `RoundResult` type under the settlement's domain.
    function testFuzz_hashResultIsEip712(
        uint256 taskId,
        uint256 round,
        bytes32 root,
        uint256 totalReward,
        bytes32 slashesHash,
        bytes32 bundleHash,
        string calldata bundleURI
    ) public view {
        IRoundSettlement.RoundResult memory result =
            IRoundSettlement.RoundResult(taskId, round, root, totalReward, slashesHash, bundleHash, bundleURI);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Aerie RoundSettlement"),
                keccak256("1"),
                block.chainid,
                address(_settlement)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash,string bundleURI)"
                ),
                taskId,
                round,
                root,
                totalReward,
                slashesHash,
                bundleHash,
                keccak256(bytes(bundleURI))
            )
        );
        assertEq(
            _settlement.hashResult(result), keccak256(abi.encodePacked("\x19\x01", domain, structHash)), "digest"
        );
    }

    /// @notice Any set of signers (members by `memberMask`, plus up to two outsiders) is accepted iff it holds no
    /// outsider and at least `threshold` members; accepted results are stored as signed.
    function testFuzz_proposeNeedsThresholdDistinctMembers(uint8 memberMask, uint256 outsiderKey1, uint256 outsiderKey2)
        public
    {
        (bytes32 root,,) = _tree(600e18, 400e18);
        IRoundSettlement.RoundResult memory result = _result(0, root, 1_000e18, _noSlashes());
        bytes32 digest = _settlement.hashResult(result);

        uint256[] memory keys = new uint256[](5);
        uint256 n;
        uint256 members;
        for (uint256 i; i < 3; ++i) {
            if ((memberMask >> i) & 1 == 1) {
                keys[n++] = _keys[i];
                members++;
            }
        }
        uint256 outsiders;
        if ((memberMask >> 3) & 1 == 1) {
            keys[n++] = bound(outsiderKey1, 1, SECP256K1_N - 1);
            outsiders++;
        }
        if ((memberMask >> 4) & 1 == 1) {
            keys[n++] = bound(outsiderKey2, 1, SECP256K1_N - 1);
            outsiders++;
        }
        // Outsider keys that happen to be members (or repeat) are no outsiders: skip those inputs.
        for (uint256 i; i < n; ++i) {
            for (uint256 j = i + 1; j < n; ++j) {
                vm.assume(vm.addr(keys[i]) != vm.addr(keys[j]));
            }
            if (i >= members) vm.assume(!_settlement.isCommitteeMember(vm.addr(keys[i])));
        }
        bytes[] memory sigs = _sortedSigs(keys, n, digest);

        bool expected = outsiders == 0 && members >= THRESHOLD;
        try _settlement.propose(result, _noSlashes(), sigs) {
            assertTrue(expected, "accepted without k distinct member signatures");
            (IRoundSettlement.Proposal memory proposal,) = _settlement.getProposal(_taskId);
            assertEq(proposal.digest, digest, "stored digest differs from the signed one");
            assertEq(proposal.round, result.round, "stored round differs from the signed one");
            assertEq(proposal.rewardsRoot, result.rewardsRoot, "stored root differs from the signed one");
            assertEq(proposal.totalReward, result.totalReward, "stored reward differs from the signed one");
            assertEq(proposal.bundleHash, result.bundleHash, "stored bundle hash differs from the signed one");
        } catch {
            assertFalse(expected, "refused a valid quorum");
        }
    }

    /// @notice Valid signatures over a result do not carry any other result: changing any signed field refuses it.
    function testFuzz_signaturesDoNotCarryOtherContents(uint256 field, uint256 delta) public {
        (bytes32 root,,) = _tree(600e18, 400e18);
        IRoundSettlement.RoundResult memory signed = _result(0, root, 900e18, _noSlashes());
        bytes[] memory sigs = _quorum(signed);
        IRoundSettlement.RoundResult memory posted = signed;
        delta = bound(delta, 1, 100e18);
        field = field % 4;
        if (field == 0) posted.rewardsRoot = bytes32(uint256(root) ^ delta);
        else if (field == 1) posted.totalReward = signed.totalReward + delta; // still <= rewardPerRound
        else if (field == 2) posted.bundleHash = bytes32(uint256(signed.bundleHash) ^ delta);
        else posted.bundleURI = string.concat("https://evil.example/", Strings.toString(delta)); // a wrong pointer

        vm.expectPartialRevert(SignatureQuorum.SignatureQuorumNotCommitteeMember.selector);
        _settlement.propose(posted, _noSlashes(), sigs);
    }

    /// @notice A signature of a member made for another chain id or another contract never counts.
    function testFuzz_signaturesAreBoundToChainAndContract(uint256 chainId, address other) public {
        vm.assume(chainId != block.chainid || other != address(_settlement));
        (bytes32 root,,) = _tree(600e18, 400e18);
        IRoundSettlement.RoundResult memory result = _result(0, root, 1_000e18, _noSlashes());
        bytes32 foreign = _resultDigestUnder(_settlement, result, chainId, other);
        bytes[] memory sigs = new bytes[](2);
        sigs[0] = _sign(_keys[0], foreign);
        sigs[1] = _sign(_keys[1], foreign);
        vm.expectPartialRevert(SignatureQuorum.SignatureQuorumNotCommitteeMember.selector);
        _settlement.propose(result, _noSlashes(), sigs);
    }

    /// @notice After `delay` seconds, a proposal can be finalized iff `delay >= CHALLENGE_WINDOW`, and challenged iff
    /// not; a finalized slash is applied, a challenged one releases its lock.
    function testFuzz_finalizeOnlyAfterFullWindow(uint256 delay, uint256 bps) public {
        uint256 window = _settlement.CHALLENGE_WINDOW();
        // A quarter of the inputs on the boundary: window - 1, window, window + 1 seconds.
        delay = delay % 4 == 0 ? window - 1 + (delay >> 2) % 3 : bound(delay >> 2, 0, 3 * window);
        bps = bound(bps, 1, _vault.MAX_SLASH_BPS());
        IRoundSettlement.Slash[] memory slashes = new IRoundSettlement.Slash[](1);
        slashes[0] = IRoundSettlement.Slash({operator: _validator, bps: bps});
        (bytes32 root,,) = _tree(1_000e18, 0);
        IRoundSettlement.RoundResult memory result = _result(0, root, 1_000e18, slashes);
        _settlement.propose(result, slashes, _quorum(result));
        uint256 proposedAt = block.timestamp;
        assertEq(_vault.pendingSlashes(_validator), 1, "lock taken");
        vm.warp(proposedAt + delay);

        uint256 stakeBefore = _vault.stakeOf(_validator);
        uint256 snapshot = vm.snapshotState();
        bool finalized;
        try _settlement.finalize(_taskId, 0) {
            finalized = true;
        } catch {}
        assertEq(finalized, delay >= _settlement.CHALLENGE_WINDOW(), "finalize vs window");
        if (finalized) {
            assertEq(_vault.stakeOf(_validator), stakeBefore - (stakeBefore * bps + 9_999) / 10_000, "slash applied");
            assertEq(_vault.pendingSlashes(_validator), 0, "lock released on finalize");
        }
        vm.revertToState(snapshot);

        vm.prank(_guardian);
        bool challenged;
        try _settlement.challenge(_taskId, 0, "fuzz") {
            challenged = true;
        } catch {}
        assertEq(challenged, delay < _settlement.CHALLENGE_WINDOW(), "challenge vs window");
        if (challenged) {
            assertEq(_vault.stakeOf(_validator), stakeBefore, "a challenged result slashed");
            assertEq(_vault.pendingSlashes(_validator), 0, "lock released on challenge");
        }
    }

    // ------------------------------------------------------------------ internal

    /// @dev Signatures of the first `n` keys over `digest`, in ascending signer order.
    function _sortedSigs(uint256[] memory keys, uint256 n, bytes32 digest) internal pure returns (bytes[] memory sigs) {
        for (uint256 i = 1; i < n; ++i) {
            for (uint256 j = i; j > 0 && vm.addr(keys[j]) < vm.addr(keys[j - 1]); --j) {
                (keys[j], keys[j - 1]) = (keys[j - 1], keys[j]);
            }
        }
        sigs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            sigs[i] = _sign(keys[i], digest);
        }
    }
}
