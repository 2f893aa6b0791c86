// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";

/// @title AttackProxy
/// @notice TEST ONLY. An attacker's contract account: it forwards any call, once or many times, so that attack
/// tests can (1) act as a staker, claimant or creator that a token hook (ReentrantToken) calls back into, and
/// (2) send thousands of requests in a few transactions (dust spam). Anyone may drive it: test only.
/// @dev A failed forwarded call reverts with the callee's own revert data (`Address.functionCall`), so a test
/// sees e.g. `ReentrancyGuardReentrantCall()` from the victim.
contract AttackProxy {
    /// @notice Calls `target` with `data` and returns what it returned.
    /// @param target the contract to call.
    /// @param data calldata (selector and arguments).
    /// @return result the call's return data.
    function execute(address target, bytes calldata data) external returns (bytes memory result) {
        return Address.functionCall(target, data);
    }

    /// @notice Calls `target` with the same `data` `times` times (all or nothing).
    /// @param target the contract to call.
    /// @param data calldata (selector and arguments).
    /// @param times how many calls.
    function repeat(address target, bytes calldata data, uint256 times) external {
        for (uint256 i; i < times; ++i) {
            Address.functionCall(target, data);
        }
    }
}
