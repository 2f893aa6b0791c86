// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title AerieTestToken
/// @notice The stake-and-reward token for local networks only: an 18-decimal ERC-20 with EIP-2612
/// permit that its owner can mint. On Base the real token (e.g. FLOCK) is used instead.
contract AerieTestToken is ERC20, ERC20Permit, Ownable {
    /// @param owner_ the account allowed to mint.
    constructor(address owner_) ERC20("Aerie Test Token", "AERIE") ERC20Permit("Aerie Test Token") Ownable(owner_) {}

    /// @notice Mints `amount` wei to `to`. Only the owner.
    /// @param to the receiver.
    /// @param amount wei to mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
