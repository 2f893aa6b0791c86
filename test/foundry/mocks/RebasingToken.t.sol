// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {TokenTransfer} from "../../../contracts/libraries/TokenTransfer.sol";
import {RebasingToken} from "../../../contracts/test/RebasingToken.sol";
import {AerieTest} from "../utils/AerieTest.sol";
import {PullHarness} from "./Victims.sol";

/// @title RebasingTokenTest
/// @notice Proves the rebasing mock behaves like stETH-style tokens (balances follow the factor, transfers
/// may deliver 1 wei short) and that `TokenTransfer.pullExact` refuses exactly the short deliveries.
contract RebasingTokenTest is AerieTest {
    uint256 internal constant WAD = 1e18;

    RebasingToken internal _token;
    address internal _alice;
    address internal _bob;

    function setUp() public {
        _token = new RebasingToken();
        _alice = makeAddr("alice");
        _bob = makeAddr("bob");
    }

    function testFuzz_balancesFollowTheFactor(uint256 minted, uint256 newFactor) public {
        minted = bound(minted, 1, 1e36);
        newFactor = bound(newFactor, 1, 100 * WAD);
        _token.mint(_alice, minted);
        assertEq(_token.balanceOf(_alice), minted, "balance at factor 1");

        vm.expectEmit(address(_token));
        emit RebasingToken.FactorSet(WAD, newFactor);
        _token.setFactor(newFactor);

        assertEq(_token.balanceOf(_alice), minted * newFactor / WAD, "balance after rebase");
        assertEq(_token.totalSupply(), minted * newFactor / WAD, "totalSupply after rebase");
        assertEq(_token.sharesOf(_alice), minted, "shares unchanged");
    }

    function testFuzz_transferDeliversAtMostValue(uint256 minted, uint256 newFactor, uint256 value) public {
        minted = bound(minted, 1, 1e36);
        newFactor = bound(newFactor, WAD / 10, 10 * WAD);
        _token.mint(_alice, minted);
        _token.setFactor(newFactor);
        value = bound(value, 0, _token.balanceOf(_alice));
        vm.assume(value == 0 || value * WAD / newFactor > 0);
        uint256 aliceBefore = _token.balanceOf(_alice);

        vm.prank(_alice);
        assertTrue(_token.transfer(_bob, value), "transfer");

        uint256 received = _token.balanceOf(_bob);
        assertLe(received, value, "never more than asked");
        assertLe(value - received, newFactor / WAD + 1, "short by at most one share's worth");
        assertGe(aliceBefore - _token.balanceOf(_alice), received, "sender pays at least what arrives");
    }

    function testFuzz_pullExactRefusesExactlyTheShortDeliveries(uint256 newFactor, uint256 value) public {
        newFactor = bound(newFactor, WAD / 10, 10 * WAD);
        value = bound(value, 1, 1e30);
        _token.setFactor(newFactor);
        _token.mint(_alice, 2e31);
        vm.assume(value * WAD / newFactor > 0);
        PullHarness puller = new PullHarness();
        vm.prank(_alice);
        _token.approve(address(puller), value);

        uint256 shares = value * WAD / newFactor;
        uint256 delivered = shares * newFactor / WAD; // puller starts empty
        if (delivered != value) {
            vm.expectRevert(abi.encodeWithSelector(TokenTransfer.TokenTransferShortfall.selector, value, delivered));
        }
        puller.pull(_token, _alice, value);
        if (delivered == value) assertEq(_token.balanceOf(address(puller)), value, "exact delivery accepted");
    }

    function test_negativeRebaseShrinksAHolderWithoutATransfer() public {
        PullHarness holder = new PullHarness();
        _token.mint(_alice, 100e18);
        vm.prank(_alice);
        _token.approve(address(holder), 100e18);
        holder.pull(_token, _alice, 100e18);

        _token.setFactor(WAD * 9 / 10); // -10%
        assertEq(_token.balanceOf(address(holder)), 90e18, "holder balance after a -10% rebase");
    }

    function test_transferAboveBalanceRevertsWithValues() public {
        _token.mint(_alice, 10);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, _alice, 10, 11));
        vm.prank(_alice);
        _token.transfer(_bob, 11);
    }

    function test_transferFromSpendsAllowance() public {
        _token.mint(_alice, 10);
        vm.prank(_alice);
        _token.approve(_bob, 7);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, _bob, 7, 8));
        vm.prank(_bob);
        _token.transferFrom(_alice, _bob, 8);

        vm.prank(_bob);
        assertTrue(_token.transferFrom(_alice, _bob, 7), "transferFrom");
        assertEq(_token.allowance(_alice, _bob), 0, "allowance spent");
        assertEq(_token.balanceOf(_bob), 7, "bob balance");
    }

    function test_zeroFactorAndZeroShareMintsRevert() public {
        vm.expectRevert(RebasingToken.RebasingTokenZeroFactor.selector);
        _token.setFactor(0);
        _token.setFactor(3 * WAD);
        vm.expectRevert(abi.encodeWithSelector(RebasingToken.RebasingTokenZeroShares.selector, 2, 3 * WAD));
        _token.mint(_alice, 2);
    }
}
