// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev The address forge answers cheatcodes at: address(uint160(uint256(keccak256("hevm cheat code")))).
address constant VM_ADDRESS = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;

/// @title Vm
/// @notice The subset of Foundry's cheatcodes that Aerie's fuzz and invariant tests use. forge-std is not
/// on npm, so this interface is written here; each signature matches forge's own cheatcode ABI
/// (forge matches by selector) and every one is exercised by test/foundry/utils/Cheatcodes.t.sol.
/// @dev ERC-20 balances: forge-std's `deal(token, to, amount)` is a forge-std helper, not a cheatcode;
/// mint with the test token instead. `deal(address, uint256)` below sets an account's ETH only.
interface Vm {
    // ------------------------------------------------------------------ environment

    /// @notice Sets `block.timestamp` (seconds).
    function warp(uint256 newTimestamp) external;

    /// @notice Sets `block.number`.
    function roll(uint256 newHeight) external;

    /// @notice Reads the current `block.timestamp` through the cheatcode (safe under via-IR, where a
    /// `block.timestamp` read in the same frame as a `warp` may be cached).
    function getBlockTimestamp() external view returns (uint256 timestamp);

    /// @notice Sets the ETH balance of `account` (wei).
    function deal(address account, uint256 newBalance) external;

    // ------------------------------------------------------------------ callers

    /// @notice The next call (only) comes from `msgSender`.
    function prank(address msgSender) external;

    /// @notice The next call (only) comes from `msgSender`, with `tx.origin == txOrigin`.
    function prank(address msgSender, address txOrigin) external;

    /// @notice Every call until `stopPrank` comes from `msgSender`.
    function startPrank(address msgSender) external;

    /// @notice Ends `startPrank`.
    function stopPrank() external;

    // ------------------------------------------------------------------ keys and signatures

    /// @notice The address of a secp256k1 private key.
    function addr(uint256 privateKey) external pure returns (address keyAddr);

    /// @notice Signs `digest` with `privateKey` (secp256k1, no prefix added).
    function sign(uint256 privateKey, bytes32 digest) external pure returns (uint8 v, bytes32 r, bytes32 s);

    /// @notice Names `account` in traces and failure messages.
    function label(address account, string calldata newLabel) external;

    // ------------------------------------------------------------------ fuzzing

    /// @notice Discards the current fuzz input when `condition` is false (use sparingly: prefer bounding).
    function assume(bool condition) external pure;

    /// @notice Discards the current fuzz input if the next call reverts.
    function assumeNoRevert() external pure;

    // ------------------------------------------------------------------ expectations

    /// @notice The next call must revert (with anything).
    function expectRevert() external;

    /// @notice The next call must revert with exactly this 4-byte error (no arguments).
    function expectRevert(bytes4 revertData) external;

    /// @notice The next call must revert with exactly these bytes (e.g. `abi.encodeWithSelector(E.selector, a, b)`).
    function expectRevert(bytes calldata revertData) external;

    /// @notice The next call must revert with this custom error, whatever its arguments.
    function expectPartialRevert(bytes4 revertData) external;

    /// @notice The next event emitted must match the event emitted after this call, on the chosen parts.
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData) external;

    /// @notice As above, and the event must come from `emitter`.
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData, address emitter)
        external;

    /// @notice The next event emitted must match the event emitted after this call, on every part.
    function expectEmit() external;

    /// @notice As above, and the event must come from `emitter`.
    function expectEmit(address emitter) external;

    // ------------------------------------------------------------------ state

    /// @notice Snapshots the whole EVM state; returns an id for `revertToState`.
    function snapshotState() external returns (uint256 snapshotId);

    /// @notice Restores a snapshot taken by `snapshotState`.
    function revertToState(uint256 snapshotId) external returns (bool success);

    /// @notice Reads a storage slot of `target`.
    function load(address target, bytes32 slot) external view returns (bytes32 data);

    /// @notice Writes a storage slot of `target`.
    function store(address target, bytes32 slot, bytes32 value) external;

    /// @notice Replaces the runtime code of `target`.
    function etch(address target, bytes calldata newRuntimeBytecode) external;
}
