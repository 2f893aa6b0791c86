// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IStakingVault} from "../../../../contracts/interfaces/IStakingVault.sol";
import {ITaskRegistry} from "../../../../contracts/interfaces/ITaskRegistry.sol";
import {IRoundSettlement} from "../../../../contracts/interfaces/IRoundSettlement.sol";
import {IRewardDistributor} from "../../../../contracts/interfaces/IRewardDistributor.sol";
import {SignatureQuorum} from "../../../../contracts/libraries/SignatureQuorum.sol";
import {AerieSystemBase} from "./AerieSystemBase.sol";

/// @title AerieSystemHandler
/// @notice The only contract the Aerie invariant suite lets forge call. Each action bounds its fuzzed seeds to a
/// meaningful step of the real system (an actor, a registered operator, an existing task, the task's next round, an
/// amount the actor can pay), checks the step's preconditions itself, performs it as the right actor and books it
/// in the ghost state. A step the protocol must refuse (an early withdrawal, a forged or under-signed result, a
/// replayed claim, a finalize before the challenge window closes, ...) is tried with try/catch and counted as a
/// violation if it succeeds.
/// @dev A valid step must not revert: the suite runs with `fail_on_revert = true`, so an unexpected revert is a
/// failure (a liveness bug of the protocol or a gap in the handler's preconditions), not noise.
contract AerieSystemHandler is AerieSystemBase {
    /// @dev `IRoundSettlement.RoundResult` plus its slashes and the leaves' new cumulative amounts.
    struct Build {
        IRoundSettlement.RoundResult result;
        IRoundSettlement.Slash[] slashes;
        uint256[2] newCum;
        bool rootZero;
    }

    /// @dev Pool assets of a slashed operator before finalization and its stake at the round's start (the slash
    /// base, from the handler's own record), to check the cuts.
    struct SlashCheck {
        address op;
        uint256 bps;
        uint256 base;
        uint256 active;
        uint256 unbonding;
        uint256 pending;
    }

    constructor() {
        // A running start so that short runs reach rounds and claims: two operators registered and staked, a
        // delegation, and one task both operators joined (round 0 starts in an hour).
        _register(0, 1_000);
        _register(1, 500);
        _stakeAs(_ops[0], _ops[0], 1_000e18);
        _stakeAs(_ops[1], _ops[1], 500e18);
        _stakeAs(_delegators[0], _ops[0], 250e18);
        _create(_creators[0], ghostNow + 1 hours, 1 days, 3, 1_000e18, 100e18, 100e18, 0, 3, 2);
        vm.prank(_ops[0]);
        registry.joinTask(1, ITaskRegistry.Role.Trainer);
        _roles[1][_ops[0]] = ITaskRegistry.Role.Trainer;
        vm.prank(_ops[1]);
        registry.joinTask(1, ITaskRegistry.Role.Validator);
        _roles[1][_ops[1]] = ITaskRegistry.Role.Validator;
    }

    // ================================================================== StakingVault actions

    function registerOperator(uint256 opSeed, uint256 commissionSeed) external {
        _sync();
        uint256 i = opSeed % NUM_OPS;
        if (_registered[i]) { _skip("registerOperator"); return; }
        _register(i, bound(commissionSeed, 0, MAX_COMMISSION_BPS));
        _count("registerOperator");
    }

    /// @notice Self-stake (a registered operator to itself) or delegation, of `amount` minted to the staker.
    function stake(uint256 stakerSeed, uint256 opSeed, uint256 amountSeed) external {
        _sync();
        address staker = _staker(stakerSeed);
        (bool ok, address op) = _registeredOp(opSeed);
        if (!ok) { _skip("stake"); return; }
        (bool isOp, uint256 index) = _opIndex(staker);
        if (isOp && _registered[index] && (opSeed >> 8) % 2 == 0) op = staker; // self-stake
        uint256 amount = _amount(amountSeed, MAX_STAKE);
        _mint(staker, amount);
        if (vault.previewStake(op, amount) == 0) {
            // A deposit that would mint 0 shares must revert (docs/PROTOCOL.md §3, §9.6).
            vm.prank(staker);
            try vault.stake(op, amount) {
                _violation(5, "stake minting 0 shares accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            { _count("stake:zeroShares"); return; }
        }
        _stakeAs(staker, op, amount);
        _count(staker == op ? bytes32("stake:self") : bytes32("stake:delegate"));
    }

    function requestUnstake(uint256 pairSeed, uint256 sharesSeed) external {
        _sync();
        (bool found, address staker, address op) = _holder(pairSeed);
        if (!found) { _skip("requestUnstake"); return; }
        uint256 held = vault.sharesOf(op, staker);
        uint256 shares = sharesSeed % 4 == 0 ? held : bound(sharesSeed >> 2, 1, held);

        uint256 assets = vault.convertToAssets(op, shares);
        (uint256 unbondingAssets, uint256 unbondingShares) = vault.unbondingOf(op);
        if (Math.mulDiv(assets, unbondingShares + 1e6, unbondingAssets + 1) == 0) {
            // Shares worth 0 wei (or buying 0 unbonding shares) must not become a request (docs/PROTOCOL.md §9.6).
            vm.prank(staker);
            try vault.requestUnstake(op, shares) {
                _violation(5, "unstake of 0-value shares accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            { _count("requestUnstake:zeroValue"); return; }
        }

        uint256 exposure = _exposureDeadline(op);
        vm.prank(staker);
        uint256 id = vault.requestUnstake(op, shares);
        _logStake(op);
        ghost_shares[op][staker] -= shares;
        if (vault.sharesOf(op, staker) != ghost_shares[op][staker]) _violation(5, "requestUnstake burnt other shares");
        IStakingVault.UnstakeRequest memory request = vault.getRequest(id);
        if (request.unlockTime < ghostNow + UNBONDING_PERIOD) _violation(4, "request unlocks before UNBONDING_PERIOD");
        _requests.push(
            RequestGhost({
                id: id,
                owner: staker,
                operator: op,
                requestedAt: ghostNow,
                unlockTime: request.unlockTime,
                exposureDeadline: exposure,
                withdrawn: false,
                withdrawnAt: 0
            })
        );
        _count("requestUnstake");
    }

    /// @notice Withdraws one live request; if it is still locked, first tries early (must revert), then half the
    /// time waits until it unlocks.
    function withdraw(uint256 requestSeed, uint256 timeSeed) external {
        _sync();
        (bool found, uint256 k) = _liveRequest(requestSeed);
        if (!found) { _skip("withdraw"); return; }
        RequestGhost storage r = _requests[k];
        uint256[] memory ids = new uint256[](1);
        ids[0] = r.id;

        if (ghostNow < r.unlockTime) {
            // Sometimes at the last locked second: the boundary is exact.
            if (timeSeed % 3 == 0) _advance(r.unlockTime - 1);
            vm.prank(r.owner);
            try vault.withdraw(ids) {
                _violation(4, "withdrawal before unlockTime accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            if (timeSeed % 2 == 0) { _count("withdraw:early"); return; }
            _advance(r.unlockTime + _edge(timeSeed >> 2, 0, 1 days));
        }

        uint256 pending = vault.pendingSlashes(r.operator);
        if (pending != 0) {
            // A proposed slash of the operator is not resolved: its unbonding pool must stay put (docs/PROTOCOL.md §3, §9.5).
            vm.prank(r.owner);
            try vault.withdraw(ids) {
                _violation(4, "withdrawal during a pending slash accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            { _count("withdraw:slashPending"); return; }
        }

        uint256 expected = vault.requestValue(r.id);
        uint256 before = token.balanceOf(r.owner);
        vm.prank(r.owner);
        uint256 paid = vault.withdraw(ids);
        if (paid != expected || token.balanceOf(r.owner) != before + paid) {
            _violation(5, "withdraw paid another amount than requestValue");
        }
        if (ghostNow < r.exposureDeadline) _violation(4, "withdrawal before an exposed round's result was final");
        ghost_withdrawn += paid;
        r.withdrawn = true;
        r.withdrawnAt = ghostNow;
        if (r.requestedAt + 1 > _lastWithdrawnRequestedAt[r.operator]) {
            _lastWithdrawnRequestedAt[r.operator] = r.requestedAt + 1;
        }
        _count("withdraw");
    }

    function setCommission(uint256 opSeed, uint256 bpsSeed) external {
        _sync();
        (bool ok, address op) = _registeredOp(opSeed);
        if (!ok) { _skip("setCommission"); return; }
        uint256 bps = bound(bpsSeed, 0, MAX_COMMISSION_BPS);
        uint256 current = vault.commissionOf(op);
        (uint256 stagedBps, uint256 stagedAt) = vault.pendingCommission(op);
        if ((bps == current && stagedAt == 0) || (stagedAt != 0 && bps == stagedBps)) { _skip("setCommission"); return; }

        vm.prank(op);
        vault.setCommission(bps);
        if (bps > current) {
            // An increase waits COMMISSION_DELAY: delegators can leave first (docs/PROTOCOL.md §3).
            (uint256 newBps, uint256 effectiveAt) = vault.pendingCommission(op);
            if (vault.commissionOf(op) != current || newBps != bps || effectiveAt != ghostNow + COMMISSION_DELAY) {
                _violation(5, "commission increase applied early");
            }
            _count("setCommission:increase");
        } else {
            if (vault.commissionOf(op) != bps) _violation(5, "commission decrease not applied");
            _count("setCommission:decrease");
        }
    }

    // ================================================================== TaskRegistry actions

    function createTask(
        uint256 creatorSeed,
        uint256 startSeed,
        uint256 durationSeed,
        uint256 roundsSeed,
        uint256 rewardSeed,
        uint256 minSeed,
        uint256 accountSeed
    ) external {
        _sync();
        if (ghost_taskCount >= MAX_TASKS) { _skip("createTask"); return; }
        _create(
            _creators[creatorSeed % NUM_CREATORS],
            ghostNow + bound(startSeed, 0, 2 days),
            bound(durationSeed, 1 hours, MAX_ROUND_DURATION),
            bound(roundsSeed, 1, MAX_ROUNDS),
            _amount(rewardSeed, MAX_REWARD),
            minSeed % 3 == 0 ? 0 : bound(minSeed >> 2, 0, 1_000e18),
            (minSeed >> 128) % 3 == 0 ? 0 : bound(minSeed >> 130, 0, 1_000e18),
            accountSeed % NUM_STAKERS,
            (accountSeed >> 8) % NUM_STAKERS,
            (accountSeed >> 16) % 3 == 0 ? 1 : 2
        );
        _count("createTask");
    }

    function joinTask(uint256 opSeed, uint256 taskSeed, uint256 roleSeed) external {
        _sync();
        (bool okOp, address op) = _registeredOp(opSeed);
        if (!okOp) { _skip("joinTask"); return; }
        ITaskRegistry.Role role = roleSeed % 2 == 0 ? ITaskRegistry.Role.Trainer : ITaskRegistry.Role.Validator;
        (bool okTask, uint256 taskId) = _joinable(taskSeed, op, role);
        if (!okTask) { _skip("joinTask"); return; }
        vm.prank(op);
        registry.joinTask(taskId, role);
        _roles[taskId][op] = role;
        _count("joinTask");
    }

    function leaveTask(uint256 seed) external {
        _sync();
        (bool ok, uint256 taskId, address op) = _member(seed);
        if (!ok) { _skip("leaveTask"); return; }
        vm.prank(op);
        registry.leaveTask(taskId);
        _roles[taskId][op] = ITaskRegistry.Role.None;
        _count("leaveTask");
    }

    function cancelTask(uint256 taskSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Cancellable);
        if (!ok) { _skip("cancelTask"); return; }
        TaskGhost storage g = _taskGhost[taskId];
        uint256 started = _roundsStarted(g);

        // The creator gets the rounds not yet started and what was already refundable; nothing else: the running
        // round stays reserved for its participants (docs/PROTOCOL.md §4).
        uint256 expected = (g.activeRounds - started) * g.rewardPerRound + g.refundable;
        uint256 before = token.balanceOf(g.creator);
        vm.prank(g.creator);
        uint256 refunded = registry.cancelTask(taskId);
        if (refunded != expected || token.balanceOf(g.creator) != before + refunded) {
            _violation(1, "cancelTask refunded another amount");
        }
        g.cancelled = true;
        g.activeRounds = started;
        g.refundable = 0;
        ghost_refunded += refunded;
        g.refundedOut += refunded;
        _count("cancelTask");
    }

    function withdrawRefund(uint256 taskSeed, uint256 callerSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Refundable);
        if (!ok) { _skip("withdrawRefund"); return; }
        TaskGhost storage g = _taskGhost[taskId];
        uint256 before = token.balanceOf(g.creator);
        vm.prank(_staker(callerSeed)); // anyone may push the refund; it goes to the creator
        uint256 amount = registry.withdrawRefund(taskId);
        if (amount != g.refundable || token.balanceOf(g.creator) != before + amount) {
            _violation(1, "withdrawRefund paid another amount");
        }
        g.refundable = 0;
        ghost_refunded += amount;
        g.refundedOut += amount;
        _count("withdrawRefund");
    }

    // ================================================================== RoundSettlement actions

    /// @notice Proposes the next round of a task with 2 or 3 committee signatures, waiting for the round's end
    /// if needed. The result pays the task's 1–2 reward accounts (sometimes overstating a leaf, to exercise the
    /// distributor's cap) and slashes some participants.
    function propose(uint256 taskSeed, uint256 timeSeed, uint256 rewardSeed, uint256 slashSeed, uint256 signerSeed)
        external
    {
        _sync();
        (bool ok, uint256 taskId, uint256 round, uint256 rewardPerRound) = _proposableRound(taskSeed, timeSeed);
        if (!ok) { _skip("propose"); return; }
        Build memory b = _build(taskId, round, rewardPerRound, rewardSeed, slashSeed);
        bytes32 digest = settlement.hashResult(b.result);
        bytes[] memory sigs = _committeeSigs(digest, signerSeed);

        if (_challengedDigests[digest]) {
            // A challenged result is void for good: re-posting the same signed result must fail (docs/PROTOCOL.md §9.4).
            vm.prank(_staker(signerSeed >> 8));
            try settlement.propose(b.result, b.slashes, sigs) {
                _violation(3, "a challenged result was accepted again");
            } catch {}
            _count("propose:challengedReplay");
            return;
        }

        vm.prank(_staker(signerSeed >> 8)); // anyone may post
        settlement.propose(b.result, b.slashes, sigs);

        ProposalGhost storage p = _proposalGhost[taskId];
        p.live = true;
        p.round = round;
        p.digest = digest;
        p.sigCount = sigs.length;
        p.proposedAt = ghostNow;
        p.totalReward = b.result.totalReward;
        p.rootZero = b.rootZero;
        p.newCum = b.newCum;
        for (uint256 i; i < b.slashes.length; ++i) {
            ghost_locks[b.slashes[i].operator]++;
        }
        _count(b.slashes.length == 0 ? bytes32("propose") : bytes32("propose:slashes"));
    }

    /// @notice Tries a result that must be refused (docs/PROTOCOL.md §9.4): too few signatures, an outsider's, signatures over other
    /// contents, another chain or contract, a repeated or descending signer, a malleable (high-s) signature.
    function proposeForged(uint256 taskSeed, uint256 timeSeed, uint256 rewardSeed, uint256 kindSeed) external {
        _sync();
        (bool ok, uint256 taskId, uint256 round, uint256 rewardPerRound) = _proposableRound(taskSeed, timeSeed);
        if (!ok) { _skip("proposeForged"); return; }
        Build memory b = _build(taskId, round, rewardPerRound, rewardSeed, 0);
        uint256 kind = kindSeed % 8;
        (IRoundSettlement.RoundResult memory posted, bytes[] memory sigs, bytes4 expectedError) = _forge(b.result, kind);

        vm.prank(_staker(kindSeed >> 8));
        try settlement.propose(posted, b.slashes, sigs) {
            _violation(3, "forged or under-signed result accepted");
            return; // the books diverged: let the invariants report it
        } catch (bytes memory reason) {
            if (reason.length < 4 || bytes4(reason) != expectedError) {
                _violation(6, "forged result refused with an unexpected error");
            }
        }
        _count("proposeForged");
    }

    /// @notice The guardian voids a live proposal within its window; after the window, the attempt must fail.
    function challenge(uint256 taskSeed, uint256 callerSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Live);
        if (!ok) { _skip("challenge"); return; }
        ProposalGhost storage p = _proposalGhost[taskId];

        if (callerSeed % 4 == 0) {
            // Only the guardian may challenge.
            vm.prank(_staker(callerSeed >> 2));
            try settlement.challenge(taskId, p.round, "not the guardian") {
                _violation(3, "challenge by a non-guardian accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
        }
        uint256 closedAt = p.proposedAt + CHALLENGE_WINDOW;
        // Sometimes at the window's last second (must work) or its first closed second (must fail).
        if (callerSeed % 5 == 1) _advance(closedAt - 1);
        else if (callerSeed % 5 == 2) _advance(closedAt);
        if (ghostNow >= closedAt) {
            vm.prank(guardian);
            try settlement.challenge(taskId, p.round, "late") {
                _violation(3, "challenge after the window accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            { _count("challenge:late"); return; }
        }

        (, IRoundSettlement.Slash[] memory slashes) = settlement.getProposal(taskId);
        vm.prank(guardian);
        settlement.challenge(taskId, p.round, "invariant handler");
        _challengedDigests[p.digest] = true;
        for (uint256 i; i < slashes.length; ++i) {
            ghost_locks[slashes[i].operator]--;
        }
        p.live = false;
        _count("challenge");
    }

    /// @notice Finalizes a live proposal; before its window closes, first tries (must fail), then waits.
    function finalize(uint256 taskSeed, uint256 timeSeed, uint256 callerSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Live);
        if (!ok) { _skip("finalize"); return; }
        ProposalGhost storage p = _proposalGhost[taskId];
        uint256 finalizableAt = p.proposedAt + CHALLENGE_WINDOW;
        if (ghostNow < finalizableAt) {
            // Sometimes at the window's last second: the boundary is exact.
            if (timeSeed % 3 == 0) _advance(finalizableAt - 1);
            vm.prank(_staker(callerSeed));
            try settlement.finalize(taskId, p.round) {
                _violation(3, "finalize inside the challenge window accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            _advance(finalizableAt + _edge(timeSeed >> 2, 0, 1 days));
        }

        (IRoundSettlement.Proposal memory proposal, IRoundSettlement.Slash[] memory slashes) =
            settlement.getProposal(taskId);
        bool digestMatched =
            proposal.digest == p.digest && proposal.round == p.round && proposal.totalReward == p.totalReward;
        SlashCheck[] memory checks = _slashChecks(slashes, _roundStart(_taskGhost[taskId], p.round));
        uint256 treasuryBefore = token.balanceOf(treasury);
        uint256 distributorBefore = token.balanceOf(address(distributor));

        vm.prank(_staker(callerSeed));
        settlement.finalize(taskId, p.round);

        uint256 cut = _checkSlashes(taskId, p.round, checks);
        uint256 slashed = token.balanceOf(treasury) - treasuryBefore;
        if (slashed != cut) _violation(5, "treasury received another amount than the slash cuts");
        if (token.balanceOf(address(distributor)) != distributorBefore + p.totalReward) {
            _violation(1, "distributor received another amount than totalReward");
        }
        ghost_slashed += slashed;
        ghost_paidToDistributor += p.totalReward;

        TaskGhost storage g = _taskGhost[taskId];
        g.paidOut += p.totalReward;
        g.refundable += g.rewardPerRound - p.totalReward;
        g.nextRound = p.round + 1;
        g.finalizedRounds++;
        if (!p.rootZero) {
            g.leafCum = p.newCum;
            g.hasRoot = true;
        }
        _finalized.push(
            FinalizeRecord({
                taskId: taskId,
                round: p.round,
                sigCount: p.sigCount,
                proposedAt: p.proposedAt,
                finalizedAt: ghostNow,
                digestMatched: digestMatched
            })
        );
        p.live = false;
        _count(slashes.length == 0 ? bytes32("finalize") : bytes32("finalize:slashes"));
    }

    /// @notice Skips the next round of a task once its result deadline passed; first tries early (must fail).
    function skip(uint256 taskSeed, uint256 timeSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Skippable);
        if (!ok) { _skip("skip"); return; }
        TaskGhost storage g = _taskGhost[taskId];
        uint256 round = g.nextRound;
        uint256 deadline = _roundEnd(g, round) + RESULT_DEADLINE;
        if (ghostNow < deadline) {
            if (timeSeed % 3 == 0) _advance(deadline - 1); // the last second a result could still come
            try settlement.skip(taskId, round) {
                _violation(1, "skip before the result deadline accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            _advance(deadline + _edge(timeSeed >> 2, 0, 1 days));
        }
        settlement.skip(taskId, round);
        g.nextRound = round + 1;
        g.refundable += g.rewardPerRound;
        _count("skip");
    }

    // ================================================================== RewardDistributor actions

    /// @notice Claims an account's rewards (sent by anyone); a replay or a claim past `allocated` must fail.
    function claim(uint256 taskSeed, uint256 accountSeed, uint256 callerSeed) external {
        _sync();
        // Mostly a leaf with something left to claim; one time in four any leaf (replays, the allocated cap).
        (bool ok, uint256 taskId) = _pickTask(taskSeed, accountSeed % 4 == 0 ? Want.HasRoot : Want.Claimable);
        if (!ok) { _skip("claim"); return; }
        TaskGhost storage g = _taskGhost[taskId];
        uint256 k = accountSeed % g.numAccounts;
        if (accountSeed % 4 != 0 && g.numAccounts == 2 && g.leafCum[k] <= g.claimed[k]) k = 1 - k; // the other leaf
        address account = g.accounts[k];
        uint256 cumulative = g.leafCum[k];
        bytes32[] memory proof = _proof(taskId, g, k);
        (bool payable_, uint256 amount) = _claimable(taskId, account, cumulative);

        if (!payable_) {
            vm.prank(_staker(callerSeed));
            try distributor.claim(taskId, account, cumulative, proof) {
                _violation(2, "claim of nothing new or past allocated accepted");
                return; // the books diverged: let the invariants report it
            } catch {}
            { _count("claim:refused"); return; }
        }

        uint256 before = token.balanceOf(account);
        vm.prank(_staker(callerSeed));
        uint256 paid = distributor.claim(taskId, account, cumulative, proof);
        if (paid != amount || token.balanceOf(account) != before + paid) _violation(2, "claim paid another amount");
        g.claimed[k] += paid;
        ghost_claimedOut += paid;

        // The same cumulative amount again pays nothing (docs/PROTOCOL.md §9.3).
        try distributor.claim(taskId, account, cumulative, proof) {
            _violation(2, "replayed claim accepted");
            return; // the books diverged: let the invariants report it
        } catch {}
        _count("claim");
    }

    function claimAndRestake(uint256 taskSeed, uint256 accountSeed, uint256 opSeed) external {
        _sync();
        (bool ok, uint256 taskId) = _pickTask(taskSeed, Want.Claimable);
        (bool okOp, address op) = _registeredOp(opSeed);
        if (!ok || !okOp) { _skip("claimAndRestake"); return; }
        TaskGhost storage g = _taskGhost[taskId];
        uint256 k = accountSeed % g.numAccounts;
        if (g.numAccounts == 2 && g.leafCum[k] <= g.claimed[k]) k = 1 - k; // the other leaf has something
        (bool payable_, uint256 amount) = _claimable(taskId, g.accounts[k], g.leafCum[k]);
        if (!payable_ || vault.previewStake(op, amount) == 0) { _skip("claimAndRestake"); return; }
        _restake(taskId, g, k, op, amount);
        _count("claimAndRestake");
    }

    // ================================================================== environment

    /// @notice Lets time pass (1 second to 3 days).
    function warp(uint256 secondsSeed) external {
        _sync();
        _advance(ghostNow + bound(secondsSeed, 1, 3 days));
        _count("warp");
    }

    /// @notice Sends tokens straight to a system contract (not through its API): must not be creditable to anyone.
    function donate(uint256 targetSeed, uint256 amountSeed) external {
        _sync();
        uint256 amount = _amount(amountSeed, 1e21);
        _mint(donor, amount);
        uint256 target = targetSeed % 3;
        vm.prank(donor);
        if (target == 0) {
            token.transfer(address(vault), amount);
            ghost_donatedVault += amount;
        } else if (target == 1) {
            token.transfer(address(registry), amount);
            ghost_donatedRegistry += amount;
        } else {
            token.transfer(address(distributor), amount);
            ghost_donatedDistributor += amount;
        }
        _count("donate");
    }

    // ================================================================== internal: actions' shared steps

    function _register(uint256 i, uint256 commissionBps) internal {
        vm.prank(_ops[i]);
        vault.registerOperator(commissionBps, "ipfs://operator");
        _registered[i] = true;
    }

    function _stakeAs(address staker, address op, uint256 amount) internal {
        uint256 preview = vault.previewStake(op, amount);
        if (token.balanceOf(staker) < amount) _mint(staker, amount - token.balanceOf(staker));
        vm.prank(staker);
        uint256 shares = vault.stake(op, amount);
        _logStake(op);
        ghost_shares[op][staker] += shares;
        if (shares != preview || vault.sharesOf(op, staker) != ghost_shares[op][staker]) {
            _violation(5, "stake minted another amount than previewStake");
        }
        ghost_staked += amount;
    }

    function _create(
        address creator,
        uint256 startTime,
        uint256 roundDuration,
        uint256 numRounds,
        uint256 rewardPerRound,
        uint256 minTrainerStake,
        uint256 minValidatorStake,
        uint256 account0,
        uint256 account1,
        uint256 numAccounts
    ) internal {
        uint256 budget = rewardPerRound * numRounds;
        _mint(creator, budget);
        ghost_mintedToCreators += budget;
        ITaskRegistry.TaskSpec memory spec = ITaskRegistry.TaskSpec({
            startTime: uint64(startTime),
            roundDuration: uint64(roundDuration),
            numRounds: uint32(numRounds),
            rewardPerRound: rewardPerRound,
            minTrainerStake: minTrainerStake,
            minValidatorStake: minValidatorStake,
            specHash: keccak256(abi.encode("aerie-consensus-v1", startTime, rewardPerRound)),
            specURI: "ipfs://task"
        });
        vm.prank(creator);
        uint256 taskId = registry.createTask(spec);
        ghost_escrowed += budget;

        ghost_taskCount = taskId;
        TaskGhost storage g = _taskGhost[taskId];
        g.creator = creator;
        g.startTime = startTime;
        g.roundDuration = roundDuration;
        g.numRounds = numRounds;
        g.activeRounds = numRounds;
        g.rewardPerRound = rewardPerRound;
        g.minTrainerStake = minTrainerStake;
        g.minValidatorStake = minValidatorStake;
        g.escrowedIn = budget;
        g.accounts[0] = _stakers[account0];
        if (account1 == account0) numAccounts = 1;
        g.numAccounts = numAccounts;
        if (numAccounts == 2) g.accounts[1] = _stakers[account1];
    }

    /// @dev A live request (not withdrawn), searching from `seed`: an unlocked one if any (and `seed` is not a
    /// multiple of 4), else any.
    function _liveRequest(uint256 seed) internal view returns (bool found, uint256 index) {
        uint256 count = _requests.length;
        if (seed % 4 != 0) {
            for (uint256 k; k < count; ++k) {
                uint256 i = (seed % count + k) % count;
                if (!_requests[i].withdrawn && _requests[i].unlockTime <= ghostNow) return (true, i);
            }
        }
        for (uint256 k; k < count; ++k) {
            uint256 i = (seed % count + k) % count;
            if (!_requests[i].withdrawn) return (true, i);
        }
        return (false, 0);
    }

    /// @dev A (staker, operator) pair holding active shares, searching from `seed`.
    function _holder(uint256 seed) internal view returns (bool found, address staker, address op) {
        uint256 pairs = NUM_STAKERS * NUM_OPS;
        for (uint256 k; k < pairs; ++k) {
            uint256 i = (seed % pairs + k) % pairs;
            staker = _stakers[i % NUM_STAKERS];
            op = _ops[i / NUM_STAKERS];
            if (ghost_shares[op][staker] != 0) return (true, staker, op);
        }
        return (false, address(0), address(0));
    }

    /// @dev A task `op` can join as `role` now, searching from `seed`.
    function _joinable(uint256 seed, address op, ITaskRegistry.Role role)
        internal
        view
        returns (bool ok, uint256 taskId)
    {
        uint256 count = ghost_taskCount;
        uint256 stake_ = vault.stakeOf(op);
        for (uint256 k; k < count; ++k) {
            taskId = 1 + ((seed % count + k) % count);
            TaskGhost storage g = _taskGhost[taskId];
            if (g.cancelled || ghostNow >= _roundEnd(g, g.numRounds - 1)) continue;
            if (_roles[taskId][op] != ITaskRegistry.Role.None) continue;
            if (stake_ < (role == ITaskRegistry.Role.Trainer ? g.minTrainerStake : g.minValidatorStake)) continue;
            return (true, taskId);
        }
        return (false, 0);
    }

    /// @dev A (task, operator) pair where the operator holds a role, searching from `seed`.
    function _member(uint256 seed) internal view returns (bool ok, uint256 taskId, address op) {
        uint256 pairs = ghost_taskCount * NUM_OPS;
        for (uint256 k; k < pairs; ++k) {
            uint256 i = (seed % pairs + k) % pairs;
            taskId = 1 + i / NUM_OPS;
            op = _ops[i % NUM_OPS];
            if (_roles[taskId][op] != ITaskRegistry.Role.None) return (true, taskId, op);
        }
        return (false, 0, address(0));
    }

    /// @dev The next round of a task if it can be proposed now or after waiting for its end (the clock is moved
    /// to somewhere in `[roundEnd, roundEnd + RESULT_DEADLINE)` then); `ok` false if it cannot.
    function _proposableRound(uint256 taskSeed, uint256 timeSeed)
        internal
        returns (bool ok, uint256 taskId, uint256 round, uint256 rewardPerRound)
    {
        (ok, taskId) = _pickTask(taskSeed, Want.Proposable);
        if (!ok) return (false, 0, 0, 0);
        TaskGhost storage g = _taskGhost[taskId];
        round = g.nextRound;
        uint256 roundEnd = _roundEnd(g, round);
        if (ghostNow < roundEnd) _advance(roundEnd + _edge(timeSeed, 0, RESULT_DEADLINE - 1));
        return (true, taskId, round, g.rewardPerRound);
    }

    /// @dev An honest result for `round`: `totalReward` split over the task's accounts (their new cumulative
    /// amounts), one time in eight a leaf overstated by up to a round's budget, a zero root for some rounds that
    /// pay nothing, and (half the time, when `slashSeed != 0`) slashes of some of the round's participants.
    function _build(uint256 taskId, uint256 round, uint256 rewardPerRound, uint256 rewardSeed, uint256 slashSeed)
        internal
        view
        returns (Build memory b)
    {
        TaskGhost storage g = _taskGhost[taskId];
        uint256 total;
        uint256 pick = rewardSeed % 5;
        if (pick == 1) total = rewardPerRound;
        else if (pick != 0) total = bound(rewardSeed >> 3, 1, rewardPerRound);

        b.newCum = g.leafCum;
        if (g.numAccounts == 1) {
            b.newCum[0] += total;
        } else {
            uint256 first = bound(rewardSeed >> 64, 0, total);
            b.newCum[0] += first;
            b.newCum[1] += total - first;
        }
        if (total != 0 && (rewardSeed >> 128) % 8 == 0) b.newCum[0] += bound(rewardSeed >> 136, 1, rewardPerRound);

        bytes32 root;
        if (total == 0 && (rewardSeed >> 200) % 2 == 0) {
            b.rootZero = true; // keeps the task's previous root
            b.newCum = g.leafCum;
        } else {
            root = _root(taskId, g, b.newCum);
        }
        b.slashes = _slashes(taskId, round, slashSeed);
        b.result = IRoundSettlement.RoundResult({
            taskId: taskId,
            round: round,
            rewardsRoot: root,
            totalReward: total,
            slashesHash: keccak256(abi.encode(b.slashes)),
            bundleHash: keccak256(abi.encode("bundle", taskId, round, rewardSeed)),
            bundleURI: "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        });
    }

    /// @dev Slashes of a subset of the round's participants, sorted by operator, each in [1, MAX_SLASH_BPS].
    function _slashes(uint256 taskId, uint256 round, uint256 seed)
        internal
        view
        returns (IRoundSettlement.Slash[] memory slashes)
    {
        slashes = new IRoundSettlement.Slash[](0);
        if (seed == 0 || seed % 2 != 0) return slashes;
        IRoundSettlement.Slash[] memory all = new IRoundSettlement.Slash[](NUM_OPS);
        uint256 n;
        for (uint256 j; j < NUM_OPS; ++j) {
            address op = _ops[_opsByAddress[j]];
            if ((seed >> (2 + j)) & 1 == 0) continue;
            if (registry.participantRole(taskId, round, op) == ITaskRegistry.Role.None) continue;
            all[n++] = IRoundSettlement.Slash({operator: op, bps: bound((seed >> (16 + 16 * j)) & 0xffff, 1, MAX_SLASH_BPS)});
        }
        slashes = new IRoundSettlement.Slash[](n);
        for (uint256 i; i < n; ++i) {
            slashes[i] = all[i];
        }
    }

    /// @dev The defective (result, signatures) of `kind` and the error it must be refused with.
    function _forge(IRoundSettlement.RoundResult memory result, uint256 kind)
        internal
        view
        returns (IRoundSettlement.RoundResult memory posted, bytes[] memory sigs, bytes4 expectedError)
    {
        posted = result;
        bytes32 digest = settlement.hashResult(result);
        sigs = new bytes[](2);
        expectedError = SignatureQuorum.SignatureQuorumNotCommitteeMember.selector;
        if (kind == 0) {
            // One member only: below the threshold.
            sigs = new bytes[](1);
            sigs[0] = _sign(_committeeKeys[1], digest);
            expectedError = SignatureQuorum.SignatureQuorumInsufficientSignatures.selector;
        } else if (kind == 1) {
            // A member and an outsider, in ascending order.
            address outsider = vm.addr(_outsiderKey);
            bool outsiderFirst = outsider < vm.addr(_committeeKeys[0]);
            sigs[outsiderFirst ? 0 : 1] = _sign(_outsiderKey, digest);
            sigs[outsiderFirst ? 1 : 0] = _sign(_committeeKeys[0], digest);
        } else if (kind == 2) {
            // Valid signatures over other contents: the posted result differs from the signed one.
            sigs = _committeeSigs(digest, 0);
            posted.bundleHash = bytes32(uint256(result.bundleHash) ^ 1);
        } else if (kind == 3) {
            // The same member twice.
            sigs[0] = _sign(_committeeKeys[0], digest);
            sigs[1] = sigs[0];
            expectedError = SignatureQuorum.SignatureQuorumSignersNotAscending.selector;
        } else if (kind == 4) {
            // Two members, descending.
            sigs[0] = _sign(_committeeKeys[2], digest);
            sigs[1] = _sign(_committeeKeys[0], digest);
            expectedError = SignatureQuorum.SignatureQuorumSignersNotAscending.selector;
        } else if (kind == 5) {
            // Signed for another chain.
            sigs = _committeeSigs(_foreignDigest(result, block.chainid + 1, address(settlement)), 3);
        } else if (kind == 6) {
            // Signed for another contract.
            sigs = _committeeSigs(_foreignDigest(result, block.chainid, address(registry)), 3);
        } else {
            // A malleable (high-s) twin of a member's signature.
            sigs[0] = _sign(_committeeKeys[0], digest);
            sigs[1] = _highS(_sign(_committeeKeys[1], digest));
            expectedError = SignatureQuorum.SignatureQuorumInvalidSignature.selector;
        }
    }

    function _slashChecks(IRoundSettlement.Slash[] memory slashes, uint256 roundStart)
        internal
        view
        returns (SlashCheck[] memory checks)
    {
        checks = new SlashCheck[](slashes.length);
        for (uint256 i; i < slashes.length; ++i) {
            address op = slashes[i].operator;
            (uint256 unbonding,) = vault.unbondingOf(op);
            checks[i] = SlashCheck({
                op: op,
                bps: slashes[i].bps,
                base: _ghostStakeAt(op, roundStart),
                active: vault.stakeOf(op),
                unbonding: unbonding,
                pending: vault.pendingSlashes(op)
            });
        }
    }

    /// @dev After a finalization: each slash took `amount = ceil(base * bps / 10_000)` in all, `base` being the
    /// operator's stake at the round's start by the handler's record (stake that joined later adds nothing), split
    /// over both pools pro rata (`activeCut = ceil(amount * A / (A + U))`, the unbonding pool the rest) and capped by
    /// them (docs/PROTOCOL.md §3, §9.5, §9.6), and released its lock; no request of the operator made at or after the
    /// round's start was withdrawn before it (docs/PROTOCOL.md §9.5).
    /// @return cut total wei the slashes should have sent to the treasury.
    function _checkSlashes(uint256 taskId, uint256 round, SlashCheck[] memory checks) internal returns (uint256 cut) {
        uint256 roundStart = _roundStart(_taskGhost[taskId], round);
        for (uint256 i; i < checks.length; ++i) {
            SlashCheck memory c = checks[i];
            uint256 total = c.active + c.unbonding;
            uint256 amount = Math.mulDiv(c.base, c.bps, BPS, Math.Rounding.Ceil);
            uint256 activeCut = amount >= total ? c.active : Math.mulDiv(amount, c.active, total, Math.Rounding.Ceil);
            uint256 unbondingCut = amount >= total ? c.unbonding : amount - activeCut;
            (uint256 unbonding,) = vault.unbondingOf(c.op);
            if (vault.stakeOf(c.op) != c.active - activeCut) {
                _violation(5, "active slash cut is not ceil(amount * A / (A + U)) of bps x the stake at the round's start");
            }
            if (unbonding != c.unbonding - unbondingCut) {
                // Stake unbonding since the round's start stays slashable until withdrawn (docs/PROTOCOL.md §3, §9.5).
                _violation(4, "unbonding pool not cut by its pro-rata part: unstaked stake escaped the slash");
                _violation(5, "unbonding slash cut is not amount - activeCut");
            }
            if (vault.pendingSlashes(c.op) != c.pending - 1) _violation(4, "finalize did not release the slash lock");
            if (_lastWithdrawnRequestedAt[c.op] > roundStart) {
                _violation(4, "stake requested after the round started was withdrawn before its slash");
            }
            ghost_locks[c.op]--;
            _logStake(c.op);
            cut += activeCut + unbondingCut;
        }
    }

    /// @dev `claimAndRestake` of leaf `k` of the task to `op` by the leaf's account, expected to pay `amount`.
    function _restake(uint256 taskId, TaskGhost storage g, uint256 k, address op, uint256 amount) internal {
        address account = g.accounts[k];
        uint256 preview = vault.previewStake(op, amount);
        bytes32[] memory proof = _proof(taskId, g, k);
        vm.prank(account);
        (uint256 paid, uint256 shares) = distributor.claimAndRestake(taskId, g.leafCum[k], proof, op);
        _logStake(op);
        ghost_shares[op][account] += shares;
        if (paid != amount || shares != preview || vault.sharesOf(op, account) != ghost_shares[op][account]) {
            _violation(2, "claimAndRestake paid or minted another amount");
        }
        g.claimed[k] += paid;
        ghost_restaked += paid;
    }

    /// @dev Whether a claim of `cumulative` for `account` must pay, and how much.
    function _claimable(uint256 taskId, address account, uint256 cumulative)
        internal
        view
        returns (bool ok, uint256 amount)
    {
        uint256 already = distributor.claimed(taskId, account);
        if (cumulative <= already) return (false, 0);
        amount = cumulative - already;
        IRewardDistributor.TaskRewards memory rewards = distributor.taskRewards(taskId);
        ok = rewards.claimedTotal + amount <= rewards.allocated;
    }
}
