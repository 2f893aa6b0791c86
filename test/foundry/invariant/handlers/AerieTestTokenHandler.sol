// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AerieTestToken} from "../../../../contracts/test/AerieTestToken.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {AerieTest} from "../../utils/AerieTest.sol";

/// @title AerieTestTokenHandler
/// @notice The only contract the token invariant test lets forge call. Each action bounds its fuzzed
/// inputs to something meaningful (an actor, an amount the actor holds), performs it as that actor, and
/// keeps *ghost* totals: what the token's books must agree with after any sequence of actions.
/// @dev The pattern every Aerie handler follows: actors from a fixed set (so balances accumulate and
/// later actions find state), `bound` instead of `vm.assume`, ghost variables named `ghost_*`, a call
/// counter per action, and expected failures checked with try/catch into a `ghost_*Violations` counter
/// that an invariant asserts is 0.
contract AerieTestTokenHandler is AerieTest {
    uint256 internal constant ACTORS = 5;
    /// @dev Per mint; 1e30 wei keeps 5 actors x depth 64 x runs far from uint256 overflow.
    uint256 internal constant MAX_MINT = 1e30;

    AerieTestToken public immutable token;
    address[ACTORS] internal _actors;

    /// @notice Sum of every amount minted so far.
    uint256 public ghost_minted;
    /// @notice Sum of every amount moved by transfer / transferFrom.
    uint256 public ghost_transferred;
    /// @notice Transfers above the sender's balance or allowance that did NOT revert (must stay 0).
    uint256 public ghost_overdraftViolations;

    mapping(bytes32 action => uint256 count) public calls;

    constructor(AerieTestToken token_) {
        token = token_;
        for (uint256 i = 0; i < ACTORS; i++) {
            _actors[i] = makeAddr(string.concat("actor", Strings.toString(i)));
        }
    }

    // ------------------------------------------------------------------ actions (fuzzed)

    function mint(uint256 actorSeed, uint256 amount) external {
        address to = _actor(actorSeed);
        amount = bound(amount, 0, MAX_MINT);
        token.mint(to, amount); // the handler owns the token
        ghost_minted += amount;
        calls["mint"]++;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        amount = bound(amount, 0, token.balanceOf(from));
        vm.prank(from);
        assertTrue(token.transfer(to, amount), "transfer returned false");
        ghost_transferred += amount;
        calls["transfer"]++;
    }

    function approveAndTransferFrom(uint256 ownerSeed, uint256 spenderSeed, uint256 toSeed, uint256 amount)
        external
    {
        address owner = _actor(ownerSeed);
        address spender = _actor(spenderSeed);
        address to = _actor(toSeed);
        amount = bound(amount, 0, token.balanceOf(owner));
        vm.prank(owner);
        token.approve(spender, amount);
        vm.prank(spender);
        assertTrue(token.transferFrom(owner, to, amount), "transferFrom returned false");
        ghost_transferred += amount;
        calls["transferFrom"]++;
    }

    /// @dev A transfer of more than the sender holds must revert; count it if it does not.
    function overdraft(uint256 fromSeed, uint256 toSeed, uint256 excess) external {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        uint256 balance = token.balanceOf(from);
        excess = bound(excess, 1, MAX_MINT);
        vm.prank(from);
        try token.transfer(to, balance + excess) {
            ghost_overdraftViolations++;
        } catch {}
        calls["overdraft"]++;
    }

    // ------------------------------------------------------------------ views for the invariants

    function actors() external view returns (address[ACTORS] memory) {
        return _actors;
    }

    /// @notice Sum of the actors' balances.
    function actorBalances() external view returns (uint256 sum) {
        for (uint256 i = 0; i < ACTORS; i++) {
            sum += token.balanceOf(_actors[i]);
        }
    }

    // ------------------------------------------------------------------ internal

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % ACTORS];
    }
}
