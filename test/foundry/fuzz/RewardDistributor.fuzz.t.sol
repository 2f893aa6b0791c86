// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IRewardDistributor} from "../../../contracts/interfaces/IRewardDistributor.sol";
import {AerieSettlementFixture} from "./RoundSettlement.fuzz.t.sol";

/// @title RewardDistributorFuzzTest
/// @notice docs/PROTOCOL.md §9.3 by fuzzing, through real finalized rounds: a task pays at most its allocated total, and a
/// cumulative amount is paid once — claims pay exactly the difference to what was claimed, replays pay nothing.
contract RewardDistributorFuzzTest is AerieSettlementFixture {
    /// @notice Two rounds with any split of their rewards; claims (between and after the rounds, in any order) pay
    /// each account exactly its cumulative amount once, never more than allocated.
    function testFuzz_cumulativeClaimsPayEachAmountOnce(
        uint256 reward0,
        uint256 split0,
        uint256 reward1,
        uint256 split1,
        bool claimBetween
    ) public {
        reward0 = bound(reward0, 1, REWARD_PER_ROUND);
        reward1 = bound(reward1, 0, REWARD_PER_ROUND);
        uint256 trainer0 = bound(split0, 0, reward0);
        uint256 validator0 = reward0 - trainer0;
        _settle(0, trainer0, validator0, reward0);

        if (claimBetween) {
            _claimBoth(trainer0, validator0);
        }

        vm.warp(_start + 2 * ROUND);
        uint256 trainer1 = trainer0 + bound(split1, 0, reward1);
        uint256 validator1 = validator0 + reward1 - (trainer1 - trainer0);
        _settle(1, trainer1, validator1, reward1);
        _claimBoth(trainer1, validator1);

        IRewardDistributor.TaskRewards memory rewards = _distributor.taskRewards(_taskId);
        assertEq(rewards.allocated, reward0 + reward1, "allocated");
        assertEq(rewards.claimedTotal, reward0 + reward1, "claimedTotal");
        assertEq(_token.balanceOf(_trainer), trainer1, "trainer paid its cumulative amount");
        assertEq(_token.balanceOf(_validator), validator1, "validator paid its cumulative amount");
        assertEq(_token.balanceOf(address(_distributor)), 0, "distributor keeps nothing");
    }

    /// @notice A root that overstates a leaf (a committee mistake) still never lets a task pay more than allocated:
    /// the claim that would cross `allocated` reverts `RewardDistributorExceedsAllocated`.
    function testFuzz_overstatedRootCannotPayPastAllocated(uint256 reward, uint256 excess, bool trainerFirst) public {
        reward = bound(reward, 2, REWARD_PER_ROUND);
        excess = bound(excess, 1, REWARD_PER_ROUND);
        uint256 trainerCum = reward / 2 + excess; // overstated
        uint256 validatorCum = reward - reward / 2;
        _settle(0, trainerCum, validatorCum, reward);
        (, bytes32[] memory trainerProof, bytes32[] memory validatorProof) = _tree(trainerCum, validatorCum);

        uint256 paid;
        if (trainerFirst) {
            paid += _tryClaim(_trainer, trainerCum, trainerProof);
            paid += _tryClaim(_validator, validatorCum, validatorProof);
        } else {
            paid += _tryClaim(_validator, validatorCum, validatorProof);
            paid += _tryClaim(_trainer, trainerCum, trainerProof);
        }
        IRewardDistributor.TaskRewards memory rewards = _distributor.taskRewards(_taskId);
        assertLe(rewards.claimedTotal, rewards.allocated, "claimedTotal > allocated");
        assertEq(paid, rewards.claimedTotal, "paid != claimedTotal");
        assertLe(paid, reward, "paid more than the round allocated");
    }

    /// @notice A proof of any amount other than the leaf's refuses the claim.
    function testFuzz_claimRefusesOtherAmounts(uint256 reward, uint256 claimedAmount) public {
        reward = bound(reward, 1, REWARD_PER_ROUND);
        _settle(0, reward, 0, reward);
        (, bytes32[] memory proof,) = _tree(reward, 0);
        vm.assume(claimedAmount != reward);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRewardDistributor.RewardDistributorInvalidProof.selector, _taskId, _trainer, claimedAmount
            )
        );
        _distributor.claim(_taskId, _trainer, claimedAmount, proof);
    }

    // ------------------------------------------------------------------ internal

    /// @dev Claims both leaves of the current tree, checks each pays the difference once, then replays each.
    function _claimBoth(uint256 trainerCum, uint256 validatorCum) internal {
        (, bytes32[] memory trainerProof, bytes32[] memory validatorProof) = _tree(trainerCum, validatorCum);
        _claimOnce(_trainer, trainerCum, trainerProof);
        _claimOnce(_validator, validatorCum, validatorProof);
    }

    function _claimOnce(address account, uint256 cumulative, bytes32[] memory proof) internal {
        uint256 already = _distributor.claimed(_taskId, account);
        if (cumulative > already) {
            uint256 before = _token.balanceOf(account);
            uint256 paid = _distributor.claim(_taskId, account, cumulative, proof);
            assertEq(paid, cumulative - already, "claim paid another amount than the difference");
            assertEq(_token.balanceOf(account), before + paid, "account balance");
        }
        vm.expectRevert(
            abi.encodeWithSelector(
                IRewardDistributor.RewardDistributorNothingToClaim.selector, _taskId, account, cumulative, cumulative
            )
        );
        _distributor.claim(_taskId, account, cumulative, proof);
    }

    function _tryClaim(address account, uint256 cumulative, bytes32[] memory proof) internal returns (uint256) {
        try _distributor.claim(_taskId, account, cumulative, proof) returns (uint256 paid) {
            return paid;
        } catch (bytes memory reason) {
            assertEq(
                bytes32(bytes4(reason)),
                bytes32(IRewardDistributor.RewardDistributorExceedsAllocated.selector),
                "refused with another error"
            );
            return 0;
        }
    }
}
