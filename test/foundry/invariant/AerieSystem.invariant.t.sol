// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {StakingVault} from "../../../contracts/StakingVault.sol";
import {TaskRegistry} from "../../../contracts/TaskRegistry.sol";
import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {RoundSettlement} from "../../../contracts/RoundSettlement.sol";
import {IStakingVault} from "../../../contracts/interfaces/IStakingVault.sol";
import {ITaskRegistry} from "../../../contracts/interfaces/ITaskRegistry.sol";
import {IRoundSettlement} from "../../../contracts/interfaces/IRoundSettlement.sol";
import {IRewardDistributor} from "../../../contracts/interfaces/IRewardDistributor.sol";
import {InvariantTest} from "../utils/InvariantTest.sol";
import {AerieSystemBase} from "./handlers/AerieSystemBase.sol";
import {AerieSystemHandler} from "./handlers/AerieSystemHandler.sol";

/// @title AerieSystemInvariantTest
/// @notice docs/PROTOCOL.md §9.1–§9.6 as forge invariants over the whole system: random sequences of the handler's
/// actions (stake, delegate, unstake, withdraw, commission, tasks, joins, proposals with committee signatures,
/// forged proposals, challenges, finalizations with slashes, skips, claims, restakes, donations, time) after each
/// of which every function below must hold. docs/INVARIANTS.md maps each property to its checks.
/// @dev `fail_on_revert`: a step the handler considers valid must never revert (inline config below).
/// forge-config: default.invariant.fail-on-revert = true
/// forge-config: deep.invariant.fail-on-revert = true
contract AerieSystemInvariantTest is InvariantTest {
    AerieSystemHandler internal _handler;
    AerieTestToken internal _token;
    StakingVault internal _vault;
    TaskRegistry internal _registry;
    RewardDistributor internal _distributor;
    RoundSettlement internal _settlement;

    function setUp() public {
        _handler = new AerieSystemHandler();
        _token = _handler.token();
        _vault = _handler.vault();
        _registry = _handler.registry();
        _distributor = _handler.distributor();
        _settlement = _handler.settlement();

        bytes4[] memory selectors = new bytes4[](20);
        selectors[0] = AerieSystemHandler.registerOperator.selector;
        selectors[1] = AerieSystemHandler.stake.selector;
        selectors[2] = AerieSystemHandler.requestUnstake.selector;
        selectors[3] = AerieSystemHandler.withdraw.selector;
        selectors[4] = AerieSystemHandler.setCommission.selector;
        selectors[5] = AerieSystemHandler.createTask.selector;
        selectors[6] = AerieSystemHandler.joinTask.selector;
        selectors[7] = AerieSystemHandler.leaveTask.selector;
        selectors[8] = AerieSystemHandler.cancelTask.selector;
        selectors[9] = AerieSystemHandler.withdrawRefund.selector;
        selectors[10] = AerieSystemHandler.propose.selector;
        selectors[11] = AerieSystemHandler.proposeForged.selector;
        selectors[12] = AerieSystemHandler.challenge.selector;
        selectors[13] = AerieSystemHandler.finalize.selector;
        selectors[14] = AerieSystemHandler.skip.selector;
        selectors[15] = AerieSystemHandler.claim.selector;
        selectors[16] = AerieSystemHandler.claimAndRestake.selector;
        selectors[17] = AerieSystemHandler.warp.selector;
        selectors[18] = AerieSystemHandler.donate.selector;
        // The round pipeline is the longest chain of steps; give it a second entry so runs reach claims.
        selectors[19] = AerieSystemHandler.propose.selector;
        targetContract(address(_handler));
        targetSelector(address(_handler), selectors);
    }

    // ================================================================== docs/PROTOCOL.md §9.1

    /// @notice docs/PROTOCOL.md §9.1: the vault's balance covers every operator's active stake and unbonding pool; exactly, it is
    /// what came in (stakes, restakes, donations) minus what went out (withdrawals, slashes).
    function invariant_vaultBalanceCoversStakeAndUnbonding() public view {
        address[3] memory ops = _handler.ops();
        uint256 owed;
        for (uint256 i; i < ops.length; ++i) {
            (uint256 unbonding,) = _vault.unbondingOf(ops[i]);
            owed += _vault.stakeOf(ops[i]) + unbonding;
        }
        uint256 balance = _token.balanceOf(address(_vault));
        assertGe(balance, owed, "vault balance < active stake + unbonding");
        AerieSystemBase.Flows memory f = _handler.flows();
        assertEq(
            balance + f.withdrawn + f.slashed, f.staked + f.restaked + f.donatedVault, "vault balance + out != in"
        );
    }

    // ================================================================== docs/PROTOCOL.md §9.2

    /// @notice docs/PROTOCOL.md §9.2: the registry's balance covers every task's escrow and refundable balance; each task's escrow
    /// is exactly its unsettled active rounds' budget.
    function invariant_registryBalanceCoversEscrow() public view {
        uint256 count = _registry.taskCount();
        uint256 owed;
        for (uint256 taskId = 1; taskId <= count; ++taskId) {
            ITaskRegistry.Task memory task = _registry.getTask(taskId);
            owed += task.escrow + task.refundable;
            uint256 next = _settlement.nextRound(taskId);
            assertLe(next, task.activeRounds, "nextRound past activeRounds");
            assertEq(task.escrow, (task.activeRounds - next) * task.rewardPerRound, "escrow != unsettled rounds' budget");
        }
        assertGe(_token.balanceOf(address(_registry)), owed, "registry balance < escrow + refundable");
    }

    /// @notice docs/PROTOCOL.md §9.2 (ghost): every wei escrowed is paid to the distributor, refunded to its creator, or still held;
    /// the registry's refundable balances, active rounds and the settlement's progress match the handler's books.
    function invariant_escrowLeavesOnlyToDistributorOrCreator() public view {
        AerieSystemBase.TaskGhost[] memory ghosts = _handler.tasks();
        assertEq(_registry.taskCount(), ghosts.length, "task count");
        uint256 held;
        for (uint256 i; i < ghosts.length; ++i) {
            AerieSystemBase.TaskGhost memory g = ghosts[i];
            ITaskRegistry.Task memory task = _registry.getTask(i + 1);
            held += task.escrow + task.refundable;
            assertEq(g.escrowedIn, g.paidOut + g.refundedOut + task.escrow + task.refundable, "task escrow flows");
            assertEq(task.refundable, g.refundable, "refundable != handler's books");
            assertEq(task.activeRounds, g.activeRounds, "activeRounds != handler's books");
            assertEq(_settlement.nextRound(i + 1), g.nextRound, "nextRound != handler's books");
        }
        AerieSystemBase.Flows memory f = _handler.flows();
        assertEq(f.escrowed, f.paidToDistributor + f.refunded + held, "escrowed != paid + refunded + held");
        assertEq(
            _token.balanceOf(address(_registry)) + f.paidToDistributor + f.refunded,
            f.escrowed + f.donatedRegistry,
            "registry balance + out != in"
        );
        // Creators only ever escrow and receive refunds.
        address[2] memory creators = _handler.creators();
        assertEq(
            _token.balanceOf(creators[0]) + _token.balanceOf(creators[1]) + f.escrowed,
            f.mintedToCreators + f.refunded,
            "creators' balances"
        );
        _assertNone(_handler.ghost_escrowViolations());
    }

    // ================================================================== docs/PROTOCOL.md §9.3

    /// @notice docs/PROTOCOL.md §9.3: a task never pays out more than its allocated total, which is what its finalized rounds moved
    /// in; the distributor's balance covers what is allocated and not yet claimed.
    function invariant_distributorPaysAtMostAllocated() public view {
        AerieSystemBase.TaskGhost[] memory ghosts = _handler.tasks();
        uint256 owed;
        uint256 allocatedSum;
        for (uint256 i; i < ghosts.length; ++i) {
            IRewardDistributor.TaskRewards memory rewards = _distributor.taskRewards(i + 1);
            assertLe(rewards.claimedTotal, rewards.allocated, "claimedTotal > allocated");
            assertEq(rewards.allocated, ghosts[i].paidOut, "allocated != finalized rewards");
            owed += rewards.allocated - rewards.claimedTotal;
            allocatedSum += rewards.allocated;
        }
        uint256 balance = _token.balanceOf(address(_distributor));
        assertGe(balance, owed, "distributor balance < allocated - claimed");
        AerieSystemBase.Flows memory f = _handler.flows();
        assertEq(allocatedSum, f.paidToDistributor, "sum allocated != paid to distributor");
        assertEq(
            balance + f.claimedOut + f.restaked,
            f.paidToDistributor + f.donatedDistributor,
            "distributor balance + out != in"
        );
    }

    /// @notice docs/PROTOCOL.md §9.3: per task and account, what was paid equals the distributor's `claimed`, never exceeds the
    /// cumulative amount in the task's current root, and sums to `claimedTotal`; replays never pay.
    function invariant_noAccountPaidTwice() public view {
        AerieSystemBase.TaskGhost[] memory ghosts = _handler.tasks();
        for (uint256 i; i < ghosts.length; ++i) {
            AerieSystemBase.TaskGhost memory g = ghosts[i];
            uint256 sum;
            for (uint256 k; k < g.numAccounts; ++k) {
                assertEq(g.claimed[k], _distributor.claimed(i + 1, g.accounts[k]), "ghost claimed != distributor.claimed");
                assertLe(g.claimed[k], g.leafCum[k], "claimed > cumulative in the latest root");
                sum += g.claimed[k];
            }
            IRewardDistributor.TaskRewards memory rewards = _distributor.taskRewards(i + 1);
            assertEq(sum, rewards.claimedTotal, "sum of claims != claimedTotal");
            if (g.hasRoot) {
                assertEq(rewards.root, _handler.currentRoot(i + 1), "distributor root != the latest finalized tree");
            }
        }
        _assertNone(_handler.ghost_claimViolations());
    }

    // ================================================================== docs/PROTOCOL.md §9.4

    /// @notice docs/PROTOCOL.md §9.4: every finalized round had a proposal with at least `threshold` committee signatures over
    /// exactly the finalized contents, and was finalized no earlier than `proposedAt + CHALLENGE_WINDOW`; no
    /// forged, under-signed, early or late step was accepted; the chain's round statuses match the handler's.
    function invariant_resultsNeedQuorumAndFullWindow() public view {
        (, uint256 threshold,) = _settlement.committee();
        uint256 window = _settlement.CHALLENGE_WINDOW();
        AerieSystemBase.FinalizeRecord[] memory records = _handler.finalizeRecords();
        for (uint256 i; i < records.length; ++i) {
            AerieSystemBase.FinalizeRecord memory r = records[i];
            assertGe(r.sigCount, threshold, "finalized with fewer signatures than the threshold");
            assertGe(r.finalizedAt, r.proposedAt + window, "finalized inside the challenge window");
            assertTrue(r.digestMatched, "finalized contents differ from the signed digest");
        }

        AerieSystemBase.TaskGhost[] memory ghosts = _handler.tasks();
        AerieSystemBase.ProposalGhost[] memory live = _handler.proposals();
        uint256 finalizedOnChain;
        for (uint256 i; i < ghosts.length; ++i) {
            uint256 taskId = i + 1;
            uint256 next = _settlement.nextRound(taskId);
            uint256 perTask;
            for (uint256 round; round < next; ++round) {
                IRoundSettlement.RoundStatus status = _settlement.roundStatus(taskId, round);
                assertTrue(
                    status == IRoundSettlement.RoundStatus.Finalized || status == IRoundSettlement.RoundStatus.Skipped,
                    "a round below nextRound is not settled"
                );
                if (status == IRoundSettlement.RoundStatus.Finalized) perTask++;
            }
            assertEq(perTask, ghosts[i].finalizedRounds, "finalized rounds != handler's");
            finalizedOnChain += perTask;

            IRoundSettlement.RoundStatus nextStatus = _settlement.roundStatus(taskId, next);
            assertEq(nextStatus == IRoundSettlement.RoundStatus.Proposed, live[i].live, "live proposal != handler's");
            if (live[i].live) {
                (IRoundSettlement.Proposal memory proposal,) = _settlement.getProposal(taskId);
                assertEq(uint256(proposal.proposedAt), live[i].proposedAt, "proposedAt");
                assertEq(proposal.digest, live[i].digest, "live proposal differs from the signed one");
                assertEq(proposal.round, live[i].round, "live proposal's round != handler's");
                assertEq(proposal.round, next, "live proposal is not for the next round");
                assertEq(proposal.totalReward, live[i].totalReward, "live proposal's reward != the signed one");
            }
        }
        assertEq(finalizedOnChain, records.length, "finalized rounds on chain != finalize records");
        _assertNone(_handler.ghost_quorumViolations() + _handler.ghost_unexpectedErrors());
    }

    // ================================================================== docs/PROTOCOL.md §9.5

    /// @notice docs/PROTOCOL.md §9.5: no request unlocks before `requestedAt + UNBONDING_PERIOD`; no withdrawal happened before
    /// unlock, while the operator had a pending slash, before the rounds it backed were final or expired, or
    /// before a slash of a round its stake backed; the vault's locks equal the live proposals' slashes; the
    /// unbonding pools are exactly the live requests.
    function invariant_unstakingCannotOutrunSlash() public view {
        uint256 unbondingPeriod = _vault.UNBONDING_PERIOD();
        address[3] memory ops = _handler.ops();
        uint256[3] memory liveShares;
        uint256[3] memory liveValue;
        AerieSystemBase.RequestGhost[] memory requests = _handler.requests();
        for (uint256 i; i < requests.length; ++i) {
            AerieSystemBase.RequestGhost memory r = requests[i];
            assertGe(r.unlockTime, r.requestedAt + unbondingPeriod, "request unlocks before UNBONDING_PERIOD");
            if (r.withdrawn) {
                assertGe(r.withdrawnAt, r.unlockTime, "withdrawn before unlock");
                assertGe(r.withdrawnAt, r.exposureDeadline, "withdrawn before an exposed round was final or expired");
                continue;
            }
            IStakingVault.UnstakeRequest memory onChain = _vault.getRequest(r.id);
            assertEq(onChain.owner, r.owner, "request owner");
            assertEq(uint256(onChain.unlockTime), r.unlockTime, "request unlockTime");
            for (uint256 j; j < ops.length; ++j) {
                if (ops[j] == r.operator) {
                    liveShares[j] += onChain.shares;
                    liveValue[j] += _vault.requestValue(r.id);
                }
            }
        }
        uint256[3] memory locks = _handler.locks();
        for (uint256 j; j < ops.length; ++j) {
            (uint256 unbondingAssets, uint256 unbondingShares) = _vault.unbondingOf(ops[j]);
            // Every withdrawn request is gone from the vault: the live ones are exactly the unbonding pool.
            assertEq(liveShares[j], unbondingShares, "unbonding shares != live requests' shares");
            assertLe(liveValue[j], unbondingAssets, "live requests' value > unbonding assets");
            assertEq(_vault.pendingSlashes(ops[j]), locks[j], "withdrawal locks != live slashes");
        }
        _assertNone(_handler.ghost_outrunViolations());
    }

    // ================================================================== docs/PROTOCOL.md §9.6

    /// @notice docs/PROTOCOL.md §9.6: no sequence of calls creates tokens (what left the system never exceeds what entered, and the
    /// system's balance is exactly the difference plus donations; the supply is what was minted); share books are
    /// exact; a pool's shares are never worth more than its assets; no rounding went the users' way.
    function invariant_sharesRoundInProtocolFavour() public view {
        AerieSystemBase.Flows memory f = _handler.flows();
        uint256 tokensIn = f.staked + f.escrowed;
        uint256 tokensOut = f.withdrawn + f.claimedOut + f.refunded + f.slashed;
        assertLe(tokensOut, tokensIn, "tokens out > tokens in");
        uint256 systemBalance = _token.balanceOf(address(_vault)) + _token.balanceOf(address(_registry))
            + _token.balanceOf(address(_distributor));
        assertEq(
            systemBalance + tokensOut,
            tokensIn + f.donatedVault + f.donatedRegistry + f.donatedDistributor,
            "system balance != in - out"
        );
        assertEq(_token.totalSupply(), f.minted, "totalSupply != minted");
        assertEq(_token.balanceOf(_handler.treasury()), f.slashed, "treasury != slashed");

        address[3] memory ops = _handler.ops();
        uint256[3] memory sums = _handler.shareSums();
        for (uint256 j; j < ops.length; ++j) {
            uint256 total = _vault.totalShares(ops[j]);
            assertEq(sums[j], total, "sum of account shares != totalShares");
            assertLe(_vault.convertToAssets(ops[j], total), _vault.stakeOf(ops[j]), "shares worth more than the pool");
        }
        _assertNone(_handler.ghost_roundingViolations());
    }

    // ================================================================== helpers

    /// @dev Fails with the handler's first recorded violation if `count` is not 0.
    function _assertNone(uint256 count) internal view {
        if (count != 0) revert(string.concat("handler violation: ", _handler.firstViolation()));
    }
}
