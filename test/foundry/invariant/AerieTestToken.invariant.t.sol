// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {InvariantTest} from "../utils/InvariantTest.sol";
import {AerieTestTokenHandler} from "./handlers/AerieTestTokenHandler.sol";

/// @title AerieTestTokenInvariantTest
/// @notice Smoke suite of the invariant harness: random sequences of mint / transfer / transferFrom /
/// overdraft through the handler, after each of which the token's books must match the ghost totals.
contract AerieTestTokenInvariantTest is InvariantTest {
    AerieTestToken internal _token;
    AerieTestTokenHandler internal _handler;

    function setUp() public {
        _token = new AerieTestToken(address(this));
        _handler = new AerieTestTokenHandler(_token);
        _token.transferOwnership(address(_handler)); // the handler mints

        bytes4[] memory selectors = new bytes4[](4);
        selectors[0] = AerieTestTokenHandler.mint.selector;
        selectors[1] = AerieTestTokenHandler.transfer.selector;
        selectors[2] = AerieTestTokenHandler.approveAndTransferFrom.selector;
        selectors[3] = AerieTestTokenHandler.overdraft.selector;
        targetContract(address(_handler));
        targetSelector(address(_handler), selectors);
    }

    /// @notice No token is created or destroyed except by mint.
    function invariant_totalSupplyEqualsGhostMints() public view {
        assertEq(_token.totalSupply(), _handler.ghost_minted(), "totalSupply vs ghost mints");
    }

    /// @notice Only actors ever receive tokens, so their balances add up to the supply.
    function invariant_actorBalancesSumToTotalSupply() public view {
        assertEq(_handler.actorBalances(), _token.totalSupply(), "sum of balances vs totalSupply");
    }

    /// @notice A transfer above the balance never succeeds.
    function invariant_noOverdraftSucceeds() public view {
        assertEq(_handler.ghost_overdraftViolations(), 0, "overdrafts that did not revert");
    }
}
