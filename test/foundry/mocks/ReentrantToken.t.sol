// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {TokenTransfer} from "../../../contracts/libraries/TokenTransfer.sol";
import {ReentrantToken} from "../../../contracts/test/ReentrantToken.sol";
import {AerieTest} from "../utils/AerieTest.sol";
import {GuardedVault, NaiveDeltaVault, PullHarness, Reenterer} from "./Victims.sol";

/// @title ReentrantTokenTest
/// @notice Proves the attack token attacks: it double-credits a naive vault, and a guarded vault
/// (`nonReentrant` + `pullExact`, the Aerie pattern) refuses it, with or without revert bubbling.
contract ReentrantTokenTest is AerieTest {
    ReentrantToken internal _token;
    Reenterer internal _attacker;

    function setUp() public {
        _token = new ReentrantToken();
        _attacker = new Reenterer();
        _token.mint(address(_attacker), 1_000e18);
    }

    function testFuzz_beforeUpdateHookDoubleCreditsNaiveVault(uint256 outer, uint256 inner) public {
        outer = bound(outer, 1, 500e18);
        inner = bound(inner, 1, 500e18);
        NaiveDeltaVault vault = new NaiveDeltaVault(_token);
        _attacker.approve(_token, address(vault));
        _token.arm(
            address(_attacker),
            abi.encodeCall(Reenterer.reenter, (address(vault), inner)),
            ReentrantToken.Phase.BeforeUpdate,
            1,
            true
        );

        _attacker.deposit(address(vault), outer);

        assertEq(_token.balanceOf(address(vault)), outer + inner, "tokens received");
        assertEq(vault.credit(address(_attacker)), outer + 2 * inner, "credited: the inner deposit counts twice");
        assertEq(_token.reentryCount(), 1, "hook fired once");
        assertEq(_token.reentryTarget(), address(0), "disarmed after its last firing");
    }

    function test_guardRevertBubblesWhenArmedToBubble() public {
        GuardedVault vault = new GuardedVault(_token);
        vm.startPrank(address(_attacker));
        _token.approve(address(vault), type(uint256).max);
        vm.stopPrank();
        // The token itself re-enters (msg.sender == token): enough to hit the guard.
        _token.arm(
            address(vault), abi.encodeCall(GuardedVault.deposit, (1)), ReentrantToken.Phase.BeforeUpdate, 1, true
        );

        vm.expectRevert(ReentrancyGuard.ReentrancyGuardReentrantCall.selector);
        vm.prank(address(_attacker));
        vault.deposit(100e18);
    }

    function test_guardRevertIsRecordedWhenNotBubbling() public {
        GuardedVault vault = new GuardedVault(_token);
        vm.prank(address(_attacker));
        _token.approve(address(vault), type(uint256).max);
        _token.arm(
            address(vault), abi.encodeCall(GuardedVault.deposit, (1)), ReentrantToken.Phase.AfterUpdate, 1, false
        );

        vm.expectEmit(true, false, false, true, address(_token));
        emit ReentrantToken.ReentryAttempted(
            address(vault), false, abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuardReentrantCall.selector)
        );
        vm.prank(address(_attacker));
        vault.deposit(100e18);

        assertEq(vault.credit(address(_attacker)), 100e18, "outer deposit credited once");
        assertFalse(_token.lastReentrySucceeded(), "reentrant call failed");
        assertEq(
            _token.lastReentryReturnData(),
            abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuardReentrantCall.selector),
            "revert data of the reentrant call"
        );
    }

    function test_pullExactAloneRefusesTheDoubleCount() public {
        // No guard at all: the hook re-enters the same puller, the balance grows by 10 + 3 during the
        // outer pull of 10, and pullExact's strict equality refuses it with both values.
        PullHarness puller = new PullHarness();
        _attacker.approve(_token, address(puller));
        _token.arm(
            address(puller),
            abi.encodeCall(PullHarness.pull, (_token, address(_attacker), 3)),
            ReentrantToken.Phase.BeforeUpdate,
            1,
            true
        );

        vm.expectRevert(abi.encodeWithSelector(TokenTransfer.TokenTransferShortfall.selector, 10, 13));
        puller.pull(_token, address(_attacker), 10);
    }

    function test_armRejectsZeroTargetAndZeroTimes() public {
        vm.expectRevert(ReentrantToken.ReentrantTokenZeroTarget.selector);
        _token.arm(address(0), "", ReentrantToken.Phase.BeforeUpdate, 1, true);
        vm.expectRevert(ReentrantToken.ReentrantTokenZeroTimes.selector);
        _token.arm(address(this), "", ReentrantToken.Phase.BeforeUpdate, 0, true);
    }

    function test_mintDoesNotFireTheHook() public {
        _token.arm(address(this), "", ReentrantToken.Phase.BeforeUpdate, 1, true);
        _token.mint(address(this), 1);
        assertEq(_token.reentryCount(), 0, "no firing on mint");
        assertEq(_token.reentriesLeft(), 1, "still armed");
    }
}
