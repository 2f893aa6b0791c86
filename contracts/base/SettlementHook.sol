// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISettlementHook} from "../interfaces/ISettlementHook.sol";

/// @title SettlementHook
/// @notice The settlement wiring of StakingVault, TaskRegistry and RewardDistributor, written once: the deployer
/// binds the RoundSettlement contract once, and `onlySettlement` guards the hooks it calls.
abstract contract SettlementHook is ISettlementHook {
    // ------------------------------------------------------------------ immutables

    /// @inheritdoc ISettlementHook
    address public immutable DEPLOYER;

    // ------------------------------------------------------------------ storage

    /// @dev The RoundSettlement contract; zero until `setSettlement`, then never changes.
    address private _settlement;

    // ------------------------------------------------------------------ constructor

    constructor() {
        DEPLOYER = msg.sender;
    }

    // ------------------------------------------------------------------ modifiers

    /// @dev Only the bound settlement (always fails while none is bound, as `msg.sender` is never zero).
    modifier onlySettlement() {
        if (msg.sender != _settlement) revert SettlementHookNotSettlement(msg.sender);
        _;
    }

    // ------------------------------------------------------------------ wiring

    /// @inheritdoc ISettlementHook
    function setSettlement(address settlement_) external {
        if (msg.sender != DEPLOYER) revert SettlementHookNotDeployer(msg.sender, DEPLOYER);
        if (_settlement != address(0)) revert SettlementHookAlreadySet(_settlement);
        if (settlement_ == address(0)) revert SettlementHookZeroAddress();
        _settlement = settlement_;
        emit SettlementSet(settlement_);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISettlementHook
    function settlement() external view returns (address) {
        return _settlement;
    }
}
