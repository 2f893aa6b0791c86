// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

/// @title ReentrantToken
/// @notice TEST ONLY. An 18-decimal ERC-20 that anyone can mint and that, once armed, calls back into a
/// configurable `target` with configurable calldata in the middle of `transfer` / `transferFrom`: the shape
/// of an ERC-777 `tokensToSend`/`tokensReceived` hook or a malicious token. Use it to prove that every
/// token-moving entry point of Aerie is `nonReentrant` and follows checks-effects-interactions.
/// @dev How to use it in an attack test:
/// 1. `arm(target, abi.encodeCall(Victim.fn, (...)), Phase.BeforeUpdate, 1, true)`;
/// 2. make the victim move this token (e.g. `vault.stake`, which calls `transferFrom`);
/// 3. with `bubbleRevert = true` the whole call reverts with the reentrant call's own revert data
///    (expect `ReentrancyGuardReentrantCall()`); with `false` the transfer goes on and
///    `lastReentrySucceeded` / `lastReentryReturnData` tell what the reentrant call did.
/// The hook call comes from this token's address (`msg.sender == address(token)` in the target); point
/// `target` at an attacker contract when the victim checks the caller.
/// Mints and burns never fire the hook. Each firing, nested ones included, uses up one of `times`; the
/// counter is decremented before the call, so `times = 1` cannot recurse.
contract ReentrantToken is ERC20 {
    // ------------------------------------------------------------------ types

    /// @notice When the hook fires, relative to the balance update of the transfer.
    /// `BeforeUpdate`: balances not yet moved (as ERC-777 `tokensToSend`), the case that fools a
    /// balance-delta check. `AfterUpdate`: balances moved (as ERC-777 `tokensReceived`).
    enum Phase {
        BeforeUpdate,
        AfterUpdate
    }

    // ------------------------------------------------------------------ storage

    /// @notice Contract the hook calls; `address(0)` when disarmed.
    address public reentryTarget;
    /// @notice Calldata of the hook call (selector and arguments).
    bytes public reentryData;
    /// @notice When the hook fires.
    Phase public reentryPhase;
    /// @notice How many more transfers fire the hook.
    uint256 public reentriesLeft;
    /// @notice When true, a failed hook call reverts the transfer with the hook call's revert data.
    bool public bubbleRevert;
    /// @notice How many times the hook fired since deployment.
    uint256 public reentryCount;
    /// @notice Whether the last hook call succeeded.
    bool public lastReentrySucceeded;
    /// @notice What the last hook call returned (its revert data when it failed).
    bytes public lastReentryReturnData;

    // ------------------------------------------------------------------ events

    /// @notice The hook was armed.
    /// @param target the contract to call back.
    /// @param data the calldata of the call back.
    /// @param phase before or after the balance update.
    /// @param times how many transfers fire the hook.
    /// @param bubbleRevert whether a failed call back reverts the transfer.
    event ReentryArmed(address indexed target, bytes data, Phase phase, uint256 times, bool bubbleRevert);

    /// @notice The hook was disarmed.
    event ReentryDisarmed();

    /// @notice The hook called `target`.
    /// @param target the contract called.
    /// @param success whether the call succeeded.
    /// @param returnData what it returned, or its revert data.
    event ReentryAttempted(address indexed target, bool success, bytes returnData);

    // ------------------------------------------------------------------ errors

    /// @notice `arm` was given the zero address as target.
    error ReentrantTokenZeroTarget();

    /// @notice `arm` was given `times = 0`.
    error ReentrantTokenZeroTimes();

    // ------------------------------------------------------------------ constructor

    constructor() ERC20("Reentrant Token", "REENT") {}

    // ------------------------------------------------------------------ test controls

    /// @notice Mints `amount` wei to `to`. Anyone: test only.
    /// @param to the receiver.
    /// @param amount wei to mint.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the hook: the next `times` transfers call `target` with `data`.
    /// @param target contract to call back (not zero).
    /// @param data calldata of the call back.
    /// @param phase before or after the balance update.
    /// @param times how many transfers fire the hook (at least 1).
    /// @param bubbleRevert_ whether a failed call back reverts the transfer with its revert data.
    function arm(address target, bytes calldata data, Phase phase, uint256 times, bool bubbleRevert_) external {
        if (target == address(0)) revert ReentrantTokenZeroTarget();
        if (times == 0) revert ReentrantTokenZeroTimes();
        reentryTarget = target;
        reentryData = data;
        reentryPhase = phase;
        reentriesLeft = times;
        bubbleRevert = bubbleRevert_;
        emit ReentryArmed(target, data, phase, times, bubbleRevert_);
    }

    /// @notice Disarms the hook.
    function disarm() external {
        _disarm();
    }

    // ------------------------------------------------------------------ ERC-20 with the hook

    /// @notice `ERC20.transfer`, with the hook around the balance update.
    /// @param to the receiver.
    /// @param value wei to move.
    /// @return success always true (reverts otherwise).
    function transfer(address to, uint256 value) public override returns (bool success) {
        _maybeReenter(Phase.BeforeUpdate);
        success = super.transfer(to, value);
        _maybeReenter(Phase.AfterUpdate);
    }

    /// @notice `ERC20.transferFrom`, with the hook around the balance update.
    /// @param from the payer.
    /// @param to the receiver.
    /// @param value wei to move.
    /// @return success always true (reverts otherwise).
    function transferFrom(address from, address to, uint256 value) public override returns (bool success) {
        _maybeReenter(Phase.BeforeUpdate);
        success = super.transferFrom(from, to, value);
        _maybeReenter(Phase.AfterUpdate);
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev Fires the hook if it is armed for `phase`; the counter drops before the call so a nested
    /// transfer only fires again while `reentriesLeft > 0`.
    function _maybeReenter(Phase phase) private {
        if (reentriesLeft == 0 || reentryPhase != phase) return;
        --reentriesLeft;
        ++reentryCount;
        address target = reentryTarget;
        if (reentriesLeft == 0) _disarm();

        // The arbitrary call back IS the purpose of this test token.
        // solhint-disable-next-line avoid-low-level-calls
        (bool success, bytes memory returnData) = target.call(reentryData);
        lastReentrySucceeded = success;
        lastReentryReturnData = returnData;
        emit ReentryAttempted(target, success, returnData);
        if (!success && bubbleRevert) Address.verifyCallResult(success, returnData);
    }

    /// @dev Clears the target and the counter, keeping `reentryData` for the call in flight.
    function _disarm() private {
        reentryTarget = address(0);
        reentriesLeft = 0;
        emit ReentryDisarmed();
    }
}
