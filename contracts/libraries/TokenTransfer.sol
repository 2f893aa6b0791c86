// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title TokenTransfer
/// @notice Pulls tokens and checks the balance delta, so that a token which delivers less than asked
/// (fee-on-transfer, negative rebase on transfer) is refused instead of corrupting the accounting
/// (docs/PROTOCOL.md §2).
library TokenTransfer {
    using SafeERC20 for IERC20;

    /// @notice Thrown when a pull delivers another amount than asked (a fee-on-transfer or rebasing token).
    /// @param amount the wei asked for.
    /// @param received the wei that arrived (the balance delta).
    error TokenTransferShortfall(uint256 amount, uint256 received);

    /// @notice Moves exactly `amount` wei of `token` from `from` to this contract.
    /// @dev Reverts with:
    /// - `TokenTransferShortfall` when the balance grows by anything other than `amount`;
    /// - `SafeERC20FailedOperation` (or the token's own error) when the transfer fails.
    /// @param token the token.
    /// @param from the account the tokens come from (it must have approved this contract).
    /// @param amount wei to pull.
    function pullExact(IERC20 token, address from, uint256 amount) internal {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert TokenTransferShortfall(amount, received);
    }
}
