// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {Vm, VM_ADDRESS} from "./Vm.sol";

/// @title AerieTest
/// @notice Base of every forge test in test/foundry: the cheatcode handle `vm`, assertions that revert with
/// a message naming both values, `bound` for fuzz inputs and `makeAddr` / `makeAccount` for labelled actors.
/// @dev forge marks a test failed when it reverts, so assertions just revert. forge-std is not used (it is
/// not published on npm); this file is the small part of it the project needs, written afresh.
/// `vm` is lower case against the SCREAMING_SNAKE rule for constants: it is the name every Foundry user
/// reads and writes (`vm.warp`, `vm.prank`), and test files are not under solhint's contracts/** glob.
abstract contract AerieTest {
    using Strings for uint256;
    using Strings for int256;
    using Strings for address;

    Vm internal constant vm = Vm(VM_ADDRESS);

    // ------------------------------------------------------------------ assertions

    function assertTrue(bool condition, string memory message) internal pure {
        if (!condition) revert(message);
    }

    function assertFalse(bool condition, string memory message) internal pure {
        if (condition) revert(message);
    }

    function assertEq(uint256 left, uint256 right, string memory message) internal pure {
        if (left != right) _fail(message, left.toString(), "!=", right.toString());
    }

    function assertEq(int256 left, int256 right, string memory message) internal pure {
        if (left != right) _fail(message, left.toStringSigned(), "!=", right.toStringSigned());
    }

    function assertEq(address left, address right, string memory message) internal pure {
        if (left != right) _fail(message, left.toHexString(), "!=", right.toHexString());
    }

    function assertEq(bytes32 left, bytes32 right, string memory message) internal pure {
        if (left != right) {
            _fail(message, uint256(left).toHexString(32), "!=", uint256(right).toHexString(32));
        }
    }

    function assertEq(bool left, bool right, string memory message) internal pure {
        if (left != right) _fail(message, left ? "true" : "false", "!=", right ? "true" : "false");
    }

    function assertEq(bytes memory left, bytes memory right, string memory message) internal pure {
        if (keccak256(left) != keccak256(right)) {
            _fail(message, Strings.toHexString(left.length), "bytes, not the expected", Strings.toHexString(right.length));
        }
    }

    function assertGe(uint256 left, uint256 right, string memory message) internal pure {
        if (left < right) _fail(message, left.toString(), "<", right.toString());
    }

    function assertGt(uint256 left, uint256 right, string memory message) internal pure {
        if (left <= right) _fail(message, left.toString(), "<=", right.toString());
    }

    function assertLe(uint256 left, uint256 right, string memory message) internal pure {
        if (left > right) _fail(message, left.toString(), ">", right.toString());
    }

    function assertLt(uint256 left, uint256 right, string memory message) internal pure {
        if (left >= right) _fail(message, left.toString(), ">=", right.toString());
    }

    /// @dev `left` and `right` differ by at most `maxDelta` (e.g. 1 wei of rounding).
    function assertApproxEqAbs(uint256 left, uint256 right, uint256 maxDelta, string memory message)
        internal
        pure
    {
        uint256 delta = left > right ? left - right : right - left;
        if (delta > maxDelta) {
            _fail(message, left.toString(), string.concat("differs by more than ", maxDelta.toString(), " from"), right.toString());
        }
    }

    // ------------------------------------------------------------------ fuzz helpers

    /// @dev Maps any `x` into `[min, max]` (inclusive) without discarding the input: values already in range
    /// are kept, the rest wrap around. Prefer this to `vm.assume`, which throws inputs away.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }

    /// @dev A deterministic address for `name`, labelled in traces.
    function makeAddr(string memory name) internal returns (address account) {
        (account,) = makeAccount(name);
    }

    /// @dev A deterministic key pair for `name` (for `vm.sign`), labelled in traces.
    function makeAccount(string memory name) internal returns (address account, uint256 privateKey) {
        privateKey = uint256(keccak256(abi.encodePacked(name)));
        account = vm.addr(privateKey);
        vm.label(account, name);
    }

    // ------------------------------------------------------------------ internal

    function _fail(string memory message, string memory left, string memory op, string memory right) private pure {
        revert(string.concat(message, ": ", left, " ", op, " ", right));
    }
}
