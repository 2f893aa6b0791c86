// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {TokenTransfer} from "../../../contracts/libraries/TokenTransfer.sol";

/// @notice A deliberately wrong vault: credits whatever the balance grew by, with no reentrancy guard.
/// A hook that re-enters `deposit` before the outer transfer lands gets the inner deposit counted twice.
contract NaiveDeltaVault {
    IERC20 public immutable token;
    mapping(address account => uint256 amount) public credit;

    constructor(IERC20 token_) {
        token = token_;
    }

    function deposit(uint256 amount) external {
        uint256 before = token.balanceOf(address(this));
        require(token.transferFrom(msg.sender, address(this), amount), "transferFrom");
        credit[msg.sender] += token.balanceOf(address(this)) - before;
    }
}

/// @notice The Aerie way: `nonReentrant` and `TokenTransfer.pullExact`.
contract GuardedVault is ReentrancyGuard {
    IERC20 public immutable token;
    mapping(address account => uint256 amount) public credit;

    constructor(IERC20 token_) {
        token = token_;
    }

    function deposit(uint256 amount) external nonReentrant {
        TokenTransfer.pullExact(token, msg.sender, amount);
        credit[msg.sender] += amount;
    }
}

/// @notice Exposes `TokenTransfer.pullExact` alone, without a guard, to test the balance-delta check.
contract PullHarness {
    function pull(IERC20 token, address from, uint256 amount) external {
        TokenTransfer.pullExact(token, from, amount);
    }
}

/// @notice An attacker account: holds tokens, has approved the victim, and re-enters it when the
/// token's hook calls `reenter`.
contract Reenterer {
    function approve(IERC20 token, address spender) external {
        require(token.approve(spender, type(uint256).max), "approve");
    }

    function deposit(address vault, uint256 amount) external {
        NaiveDeltaVault(vault).deposit(amount);
    }

    /// @dev Called by the token's hook, in the middle of the outer deposit's transferFrom.
    function reenter(address vault, uint256 amount) external {
        NaiveDeltaVault(vault).deposit(amount);
    }
}
