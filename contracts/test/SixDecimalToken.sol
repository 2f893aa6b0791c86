// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title SixDecimalToken
/// @notice TEST ONLY. A plain 6-decimal ERC-20 (the shape of USDC) that anyone can mint, used to check that
/// Aerie's share maths and reward paths leave nothing stranded beyond the documented dust when one token unit
/// is only 1e6 wei and budgets are a few wei.
contract SixDecimalToken is ERC20 {
    constructor() ERC20("Six Decimal Token", "SIX") {}

    /// @notice Mints `amount` wei (1e-6 token each) to `to`. Anyone: test only.
    /// @param to the receiver.
    /// @param amount wei to mint.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice 6, as USDC.
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
