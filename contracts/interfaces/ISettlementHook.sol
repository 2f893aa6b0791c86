// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title ISettlementHook
/// @notice The wiring every contract that RoundSettlement calls into shares (StakingVault, TaskRegistry,
/// RewardDistributor): one settlement address, bound once by the deployer, and the check that only it calls the
/// settlement hooks.
/// @dev One access rule: `setSettlement` is callable only by `DEPLOYER` (the account that deployed the contract),
/// once, with a non-zero address. Nobody can re-point the hooks afterwards, governance included.
interface ISettlementHook {
    // ------------------------------------------------------------------ errors

    /// @notice Thrown when `setSettlement` is called by an account other than the deployer.
    /// @param caller the account that called.
    /// @param deployer the only account allowed to call (`DEPLOYER`).
    error SettlementHookNotDeployer(address caller, address deployer);

    /// @notice Thrown when `setSettlement` is called after the settlement was already bound.
    /// @param settlement the settlement already bound.
    error SettlementHookAlreadySet(address settlement);

    /// @notice Thrown when `setSettlement` is given the zero address.
    error SettlementHookZeroAddress();

    /// @notice Thrown when a settlement hook is called by an account other than the bound settlement (or before
    /// one is bound).
    /// @param caller the account that called.
    error SettlementHookNotSettlement(address caller);

    // ------------------------------------------------------------------ events

    /// @notice Emitted once, when the deployer binds the settlement.
    /// @param settlement the RoundSettlement contract now allowed to call the hooks.
    event SettlementSet(address indexed settlement);

    // ------------------------------------------------------------------ functions

    /// @notice Binds the RoundSettlement contract, once; only the deployer.
    /// @dev Reverts with:
    /// - `SettlementHookNotDeployer` for any caller but `DEPLOYER`;
    /// - `SettlementHookAlreadySet` on a second call;
    /// - `SettlementHookZeroAddress` for the zero address.
    /// @param settlement the RoundSettlement contract (non-zero).
    function setSettlement(address settlement) external;

    /// @notice The RoundSettlement contract allowed to call the settlement hooks.
    /// @return the settlement's address (zero until bound).
    function settlement() external view returns (address);

    /// @notice The account allowed to call `setSettlement`, once.
    /// @return the address that deployed this contract.
    function DEPLOYER() external view returns (address);
}
