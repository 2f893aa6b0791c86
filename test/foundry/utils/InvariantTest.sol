// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AerieTest} from "./AerieTest.sol";

/// @title InvariantTest
/// @notice Base of every invariant test: call `targetContract` / `targetSelector` (and, if needed,
/// `targetSender` / `excludeSender` / `excludeContract`) in `setUp`; forge then reads the lists back
/// through the public views below, whose names and return types are the ones forge looks up
/// (`IInvariantTest` in forge's source: `targetContracts() returns (address[])`,
/// `targetSelectors() returns (FuzzSelector[])`, `excludeSenders() returns (address[])`, ...).
/// @dev Without any `targetContract`, forge fuzzes every contract deployed in `setUp`, including the
/// system under test directly: always target the handlers only, so that every call goes through bounded
/// inputs and ghost accounting. forge skips view and pure functions; list selectors anyway, so a helper
/// added to a handler later is not fuzzed by accident.
abstract contract InvariantTest is AerieTest {
    /// @dev forge decodes this exact shape: the target and the selectors to call on it.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetedContracts;
    address[] private _excludedContracts;
    address[] private _targetedSenders;
    address[] private _excludedSenders;
    FuzzSelector[] private _targetedSelectors;
    FuzzSelector[] private _excludedSelectors;

    // ------------------------------------------------------------------ configuration (call in setUp)

    function targetContract(address target) internal {
        _targetedContracts.push(target);
    }

    function excludeContract(address target) internal {
        _excludedContracts.push(target);
    }

    /// @dev Restricts the fuzzed calls on `target` to `selectors`.
    function targetSelector(address target, bytes4[] memory selectors) internal {
        _targetedSelectors.push(FuzzSelector({addr: target, selectors: selectors}));
    }

    function excludeSelector(address target, bytes4[] memory selectors) internal {
        _excludedSelectors.push(FuzzSelector({addr: target, selectors: selectors}));
    }

    /// @dev Only these `msg.sender`s call the targets (default: random addresses).
    function targetSender(address sender) internal {
        _targetedSenders.push(sender);
    }

    function excludeSender(address sender) internal {
        _excludedSenders.push(sender);
    }

    // ------------------------------------------------------------------ read by forge

    function targetContracts() public view returns (address[] memory) {
        return _targetedContracts;
    }

    function excludeContracts() public view returns (address[] memory) {
        return _excludedContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetedSelectors;
    }

    function excludeSelectors() public view returns (FuzzSelector[] memory) {
        return _excludedSelectors;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetedSenders;
    }

    function excludeSenders() public view returns (address[] memory) {
        return _excludedSenders;
    }
}
