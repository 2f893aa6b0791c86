// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RebasingToken
/// @notice TEST ONLY. An 18-decimal ERC-20 whose balances scale with a settable factor, like stETH or
/// aTokens: every holder owns *shares*, and `balanceOf = shares * factor / 1e18`. Setting the factor below
/// 1e18 is a negative rebase (a holder's balance falls without any transfer), above 1e18 a positive one.
/// Use it to prove that Aerie refuses or survives tokens its spec excludes (docs/PROTOCOL.md §2): a pull can
/// deliver less than asked (`TokenTransferShortfall`), and a vault's balance can fall below its books.
/// @dev Rounding, on purpose like stETH: a transfer of `value` moves `floor(value * 1e18 / factor)`
/// shares, so the receiver may get up to 1 wei (balance units) less than `value` when the factor is not
/// 1e18. Mints round shares down the same way. Allowances are in balance units, as in stETH.
/// Anyone can mint and set the factor: test only.
contract RebasingToken is IERC20, IERC20Metadata, IERC20Errors {
    // ------------------------------------------------------------------ constants

    /// @notice Fixed-point one (1e18): the factor at which one share is worth one wei.
    uint256 public constant WAD = 1e18;

    // ------------------------------------------------------------------ storage

    /// @notice Current balance per share, 18-decimal fixed point (1e18 = no rebase yet).
    uint256 public factor = WAD;
    /// @notice Sum of all shares.
    uint256 public totalShares;
    /// @notice Shares owned by each account.
    mapping(address account => uint256 shares) public sharesOf;
    mapping(address owner => mapping(address spender => uint256 value)) private _allowances;

    // ------------------------------------------------------------------ events

    /// @notice The factor changed from `oldFactor` to `newFactor` (both 1e18 fixed point).
    event FactorSet(uint256 oldFactor, uint256 newFactor);

    // ------------------------------------------------------------------ errors

    /// @notice `setFactor(0)`: balances would vanish and conversions divide by zero.
    error RebasingTokenZeroFactor();

    /// @notice A mint or transfer of a non-zero `value` that is worth 0 shares at `factor`.
    error RebasingTokenZeroShares(uint256 value, uint256 factor);

    // ------------------------------------------------------------------ test controls

    /// @notice Mints `value` wei (balance units, at the current factor) to `to`. Anyone: test only.
    /// @param to the receiver.
    /// @param value wei to mint; the shares minted round down.
    function mint(address to, uint256 value) external {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 shares = _toShares(value);
        totalShares += shares;
        sharesOf[to] += shares;
        emit Transfer(address(0), to, value);
    }

    /// @notice Rebases every balance: from now on one share is worth `newFactor / 1e18` wei.
    /// @param newFactor balance per share, 1e18 fixed point (not zero).
    function setFactor(uint256 newFactor) external {
        if (newFactor == 0) revert RebasingTokenZeroFactor();
        emit FactorSet(factor, newFactor);
        factor = newFactor;
    }

    // ------------------------------------------------------------------ ERC-20

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = _allowances[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < value) revert ERC20InsufficientAllowance(msg.sender, allowed, value);
            // Cannot underflow: checked just above.
            unchecked {
                _allowances[from][msg.sender] = allowed - value;
            }
        }
        _transfer(from, to, value);
        return true;
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IERC20Metadata
    function name() external pure returns (string memory) {
        return "Rebasing Token";
    }

    /// @inheritdoc IERC20Metadata
    function symbol() external pure returns (string memory) {
        return "REBASE";
    }

    /// @inheritdoc IERC20Metadata
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @inheritdoc IERC20
    function totalSupply() external view returns (uint256) {
        return _toBalance(totalShares);
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) external view returns (uint256) {
        return _toBalance(sharesOf[account]);
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev Moves the shares worth `value` (rounded down) from `from` to `to`. Checks the balance in
    /// balance units so that `transfer(balanceOf(me))` always works.
    function _transfer(address from, address to, uint256 value) private {
        if (from == address(0)) revert ERC20InvalidSender(address(0));
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 fromShares = sharesOf[from];
        uint256 balance = _toBalance(fromShares);
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        // value <= balance = floor(fromShares * factor / WAD), so floor(value * WAD / factor) <= fromShares.
        uint256 shares = _toShares(value);
        unchecked {
            sharesOf[from] = fromShares - shares;
        }
        sharesOf[to] += shares;
        emit Transfer(from, to, value);
    }

    /// @dev Balance units to shares, rounded down; a non-zero value worth 0 shares reverts.
    function _toShares(uint256 value) private view returns (uint256 shares) {
        shares = Math.mulDiv(value, WAD, factor);
        if (shares == 0 && value != 0) revert RebasingTokenZeroShares(value, factor);
    }

    /// @dev Shares to balance units, rounded down.
    function _toBalance(uint256 shares) private view returns (uint256) {
        return Math.mulDiv(shares, factor, WAD);
    }
}
