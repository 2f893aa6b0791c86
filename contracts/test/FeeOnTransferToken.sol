// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FeeOnTransferToken
/// @notice Test-only ERC-20 that burns 1% of every transfer between two non-zero accounts, so the receiver gets
/// 99% of what was asked. Used to check that the vault refuses it with `TokenTransferShortfall`.
contract FeeOnTransferToken is ERC20 {
    /// @notice The burned fraction of a transfer, in bps.
    uint256 public constant FEE_BPS = 100;

    constructor() ERC20("Fee On Transfer", "FOT") {}

    /// @notice Mints `amount` wei to `to` (anyone may call; test-only).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev Burns `FEE_BPS` of each transfer between two accounts (mints and burns are untouched).
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = (value * FEE_BPS) / 10_000;
            super._update(from, address(0), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}
