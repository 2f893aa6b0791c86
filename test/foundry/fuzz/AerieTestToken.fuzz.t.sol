// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {AerieTest} from "../utils/AerieTest.sol";

/// @title AerieTestTokenFuzzTest
/// @notice Smoke suite of the fuzz harness on the test token: conservation, revert data, ownership and
/// an EIP-2612 permit signed with `vm.sign`.
contract AerieTestTokenFuzzTest is AerieTest {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    AerieTestToken internal _token;
    address internal _owner;

    function setUp() public {
        _owner = makeAddr("owner");
        _token = new AerieTestToken(_owner);
    }

    function testFuzz_mintThenTransferConservesTotalSupply(
        address from,
        address to,
        uint256 minted,
        uint256 sent
    ) public {
        vm.assume(from != address(0) && to != address(0));
        minted = bound(minted, 0, type(uint128).max);
        sent = bound(sent, 0, minted);

        vm.prank(_owner);
        _token.mint(from, minted);
        vm.prank(from);
        assertTrue(_token.transfer(to, sent), "transfer returned false");

        assertEq(_token.totalSupply(), minted, "totalSupply");
        if (from == to) {
            assertEq(_token.balanceOf(from), minted, "self-transfer balance");
        } else {
            assertEq(_token.balanceOf(from), minted - sent, "sender balance");
            assertEq(_token.balanceOf(to), sent, "receiver balance");
        }
    }

    function testFuzz_transferAboveBalanceRevertsWithValues(address from, uint256 balance, uint256 excess) public {
        vm.assume(from != address(0));
        balance = bound(balance, 0, type(uint128).max);
        excess = bound(excess, 1, type(uint128).max);
        vm.prank(_owner);
        _token.mint(from, balance);

        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, from, balance, balance + excess)
        );
        vm.prank(from);
        _token.transfer(makeAddr("receiver"), balance + excess);
    }

    function testFuzz_onlyOwnerMints(address caller) public {
        vm.assume(caller != _owner);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        vm.prank(caller);
        _token.mint(caller, 1);
    }

    function testFuzz_permitSetsAllowanceUntilDeadline(uint256 keySeed, uint256 value, uint256 lifetime) public {
        // secp256k1 keys are 1 .. n-1.
        uint256 key = bound(keySeed, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        address holder = vm.addr(key);
        address spender = makeAddr("spender");
        lifetime = bound(lifetime, 0, 365 days);
        uint256 deadline = block.timestamp + lifetime;

        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, holder, spender, value, _token.nonces(holder), deadline));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, MessageHashUtils.toTypedDataHash(_token.DOMAIN_SEPARATOR(), structHash));

        uint256 snapshot = vm.snapshotState();
        vm.warp(deadline + 1);
        vm.expectPartialRevert(bytes4(keccak256("ERC2612ExpiredSignature(uint256)")));
        _token.permit(holder, spender, value, deadline, v, r, s);
        vm.revertToState(snapshot);

        vm.warp(deadline);
        _token.permit(holder, spender, value, deadline, v, r, s);
        assertEq(_token.allowance(holder, spender), value, "allowance");
        assertEq(_token.nonces(holder), 1, "nonce");
    }
}
