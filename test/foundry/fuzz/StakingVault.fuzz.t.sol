// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {StakingVault} from "../../../contracts/StakingVault.sol";
import {IStakingVault} from "../../../contracts/interfaces/IStakingVault.sol";
import {AerieBase} from "../utils/AerieBase.sol";

/// @title StakingVaultFuzzTest
/// @notice SharesMath properties through the real StakingVault (docs/PROTOCOL.md §3, §9.6; DESIGN "Shares and slashing"):
/// shares are minted down, redeemed down, slash amounts rounded up; a stake that is unstaked at once never returns more than
/// it put in (and loses at most 2 wei); 1-wei and odd amounts; donations do not move prices; the first depositor
/// cannot inflate the share price. The test contract is the vault's settlement, so it slashes and locks directly.
contract StakingVaultFuzzTest is AerieBase {
    /// @dev 1e9 tokens: far above any realistic pool, far below any overflow of the 512-bit mulDiv paths.
    uint256 internal constant MAX_AMOUNT = 1e27;
    bytes32 internal constant REF = keccak256("fuzz");

    AerieTestToken internal _token;
    StakingVault internal _vault;
    address internal _op;
    address internal _alice;
    address internal _bob;
    address internal _treasury;

    function setUp() public {
        _treasury = makeAddr("treasury");
        (AerieSystem memory system,) = _deploySystem(
            SystemConfig({
                slashRecipient: _treasury,
                guardian: makeAddr("guardian"),
                committeeSize: 3,
                threshold: 2,
                boundSettlement: address(this)
            })
        );
        (_token, _vault) = (system.token, system.vault);
        _op = makeAddr("operator");
        _alice = makeAddr("alice");
        _bob = makeAddr("bob");
        vm.prank(_op);
        _vault.registerOperator(1_000, "");
    }

    // ------------------------------------------------------------------ stake → unstake round trips

    /// @notice Whatever the pool's history (a prior stake, up to two slashes, a prior request), a stake requested
    /// out at once and withdrawn pays at most what was staked, and at most 2 wei less.
    function testFuzz_stakeThenUnstakeNeverReturnsMore(
        uint256 prior,
        uint256 slash1,
        uint256 slash2,
        uint256 priorUnstake,
        uint256 amount
    ) public {
        _messyPool(prior, slash1, slash2, priorUnstake);
        amount = _odd(amount);

        uint256 shares = _vault.previewStake(_op, amount);
        if (shares == 0) {
            _mintTo(_alice, amount);
            vm.expectRevert(abi.encodeWithSelector(IStakingVault.StakingVaultZeroShares.selector, _op, amount));
            vm.prank(_alice);
            _vault.stake(_op, amount);
            return;
        }
        _stake(_alice, amount);
        assertEq(_vault.sharesOf(_op, _alice), shares, "minted != previewStake");
        assertLe(_vault.convertToAssets(_op, shares), amount, "fresh shares worth more than paid");

        uint256 paid = _unstakeAllAndWithdraw(_alice);
        assertLe(paid, amount, "round trip returned more than staked");
        assertLe(amount - paid, 2, "round trip lost more than 2 wei");
    }

    /// @notice Unstaking shares in two requests, or in one, never pays more than the shares were worth.
    function testFuzz_splitUnstakeNeverPaysMoreThanSharesValue(uint256 amount, uint256 part, uint256 slashBps) public {
        amount = bound(amount, 2, MAX_AMOUNT);
        _stake(_bob, _odd(amount));
        _stake(_alice, amount);
        slashBps = bound(slashBps, 0, MAX_SLASH_BPS);
        if (slashBps != 0) _vault.slash(_op, slashBps, block.timestamp, REF);
        uint256 shares = _vault.sharesOf(_op, _alice);
        part = bound(part, 1, shares - 1);
        uint256 whole = _vault.convertToAssets(_op, shares);
        uint256 a = _vault.convertToAssets(_op, part);
        // Requests must carry value; skip splits whose first part is worth 0 wei.
        vm.assume(a != 0);

        uint256 snapshot = vm.snapshotState();
        vm.startPrank(_alice);
        uint256 id1 = _vault.requestUnstake(_op, part);
        uint256 b = _vault.convertToAssets(_op, shares - part);
        vm.assume(b != 0);
        uint256 id2 = _vault.requestUnstake(_op, shares - part);
        vm.stopPrank();
        vm.warp(block.timestamp + UNBONDING_PERIOD);
        uint256[] memory ids = new uint256[](2);
        ids[0] = id1;
        ids[1] = id2;
        vm.prank(_alice);
        uint256 split = _vault.withdraw(ids);
        vm.revertToState(snapshot);

        vm.prank(_alice);
        uint256 id = _vault.requestUnstake(_op, shares);
        vm.warp(block.timestamp + UNBONDING_PERIOD);
        ids = new uint256[](1);
        ids[0] = id;
        vm.prank(_alice);
        uint256 once = _vault.withdraw(ids);
        assertLe(split, whole, "split unstake paid more than the shares' value");
        assertLe(once, whole, "unstake paid more than the shares' value");
    }

    // ------------------------------------------------------------------ 1 wei and odd amounts

    /// @notice A 1-wei stake mints `floor((S + 1e6) / (A + 1))` shares, or reverts `StakingVaultZeroShares` if that
    /// is 0; its shares are never worth more than 1 wei.
    function testFuzz_oneWeiStake(uint256 prior, uint256 slash1, uint256 slash2, uint256 priorUnstake) public {
        _messyPool(prior, slash1, slash2, priorUnstake);
        uint256 expected = (_vault.totalShares(_op) + VIRTUAL_SHARES) / (_vault.stakeOf(_op) + 1);
        _mintTo(_alice, 1);
        if (expected == 0) {
            vm.expectRevert(abi.encodeWithSelector(IStakingVault.StakingVaultZeroShares.selector, _op, 1));
            vm.prank(_alice);
            _vault.stake(_op, 1);
            return;
        }
        vm.prank(_alice);
        uint256 shares = _vault.stake(_op, 1);
        assertEq(shares, expected, "1-wei stake shares");
        assertLe(_vault.convertToAssets(_op, shares), 1, "1-wei stake worth more than 1 wei");
    }

    /// @notice Shares minted are exactly `floor(amount * (S + 1e6) / (A + 1))` and the pool's holders together
    /// are never worth more than its assets, for any sequence of odd stakes and slashes.
    function testFuzz_mintRoundsDownAndHoldersNeverExceedPool(uint256 a1, uint256 a2, uint256 a3, uint256 slashBps)
        public
    {
        address[3] memory who = [_alice, _bob, _op];
        uint256[3] memory amounts = [_odd(a1), _odd(a2), _odd(a3)];
        slashBps = bound(slashBps, 1, MAX_SLASH_BPS);
        for (uint256 i; i < 3; ++i) {
            uint256 expected = Math.mulDiv(amounts[i], _vault.totalShares(_op) + VIRTUAL_SHARES, _vault.stakeOf(_op) + 1);
            if (expected == 0) continue;
            uint256 before = _vault.sharesOf(_op, who[i]);
            _stake(who[i], amounts[i]);
            assertEq(_vault.sharesOf(_op, who[i]) - before, expected, "shares minted");
            if (i == 1) _vault.slash(_op, slashBps, block.timestamp, REF);
        }
        uint256 sum;
        for (uint256 i; i < 3; ++i) {
            sum += _vault.convertToAssets(_op, _vault.sharesOf(_op, who[i]));
        }
        assertLe(sum, _vault.stakeOf(_op), "holders worth more than the pool");
        assertLe(_vault.convertToAssets(_op, _vault.totalShares(_op)), _vault.stakeOf(_op), "all shares > pool");
    }

    /// @notice Requesting shares worth 0 wei reverts `StakingVaultZeroShares`; it never creates a request.
    function testFuzz_zeroValueUnstakeReverts(uint256 amount, uint256 slashBps, uint256 shares) public {
        amount = _odd(amount);
        _stake(_alice, amount);
        slashBps = bound(slashBps, 0, MAX_SLASH_BPS);
        if (slashBps != 0) _vault.slash(_op, slashBps, block.timestamp, REF);
        uint256 held = _vault.sharesOf(_op, _alice);
        shares = bound(shares, 1, held);
        uint256 value = _vault.convertToAssets(_op, shares);
        uint256 nextId = _vault.nextRequestId();
        if (value == 0) {
            vm.expectRevert(abi.encodeWithSelector(IStakingVault.StakingVaultZeroShares.selector, _op, 0));
            vm.prank(_alice);
            _vault.requestUnstake(_op, shares);
            assertEq(_vault.nextRequestId(), nextId, "a zero-value request was created");
        } else {
            vm.prank(_alice);
            uint256 id = _vault.requestUnstake(_op, shares);
            assertEq(_vault.requestValue(id), value, "a fresh request is worth its shares' value");
        }
    }

    // ------------------------------------------------------------------ slashes

    /// @notice A slash takes `ceil(base * bps / 10_000)` in all, `base` being the stake at the round's start, split
    /// over the current pools pro rata (`activeCut = ceil(amount * A / (A + U))`, the unbonding pool the rest) and
    /// capped by them; a request made after the round's start is still cut, a stake made after it adds nothing to
    /// the amount; the sum goes to the treasury and the holders are never worth more than the pool.
    function testFuzz_slashTakesBpsOfStakeAtRoundStart(
        uint256 stakeAmount,
        uint256 unstakeShares,
        uint256 lateAmount,
        uint256 bps
    ) public {
        stakeAmount = _odd(stakeAmount);
        _stake(_alice, stakeAmount);
        uint256 roundStart = block.timestamp;
        vm.warp(roundStart + 1);
        uint256 held = _vault.sharesOf(_op, _alice);
        unstakeShares = bound(unstakeShares, 0, held);
        if (unstakeShares != 0 && _vault.convertToAssets(_op, unstakeShares) != 0) {
            vm.prank(_alice);
            _vault.requestUnstake(_op, unstakeShares);
        }
        if (lateAmount % 2 == 0) _stake(_bob, _odd(lateAmount >> 1));
        // A fresh pool held exactly `stakeAmount` at the round's start.
        assertEq(_vault.stakeAt(_op, roundStart), stakeAmount, "stake at the round's start");
        SlashCase memory c = _slashCase(stakeAmount, bound(bps, 0, MAX_SLASH_BPS));

        (uint256 activeCut, uint256 unbondingCut) = _vault.slash(_op, c.bps, roundStart, REF);
        assertEq(activeCut, c.activeCut, "active cut not its pro-rata part rounded up");
        assertEq(unbondingCut, c.unbondingCut, "unbonding cut not the rest");
        _assertProRata(c);
        assertEq(_vault.stakeOf(_op), c.active - activeCut, "active pool after slash");
        (uint256 unbondingAfter,) = _vault.unbondingOf(_op);
        assertEq(unbondingAfter, c.unbonding - unbondingCut, "unbonding pool after slash");
        assertEq(_token.balanceOf(_treasury), activeCut + unbondingCut, "treasury");
        assertEq(_vault.stakeAt(_op, block.timestamp), c.active - activeCut, "checkpoint after slash");
        assertEq(_vault.stakeAt(_op, roundStart), stakeAmount, "history rewritten");
        assertLe(_vault.convertToAssets(_op, _vault.sharesOf(_op, _alice)), _vault.stakeOf(_op), "holder > pool");
        assertGe(_token.balanceOf(address(_vault)), _vault.stakeOf(_op) + unbondingAfter, "vault balance < pools");
    }

    /// @notice A slash above MAX_SLASH_BPS reverts `StakingVaultSlashTooHigh` and cuts nothing.
    function testFuzz_slashAboveMaxReverts(uint256 amount, uint256 bps) public {
        _stake(_alice, _odd(amount));
        bps = bound(bps, MAX_SLASH_BPS + 1, type(uint256).max);
        uint256 active = _vault.stakeOf(_op);
        vm.expectRevert(abi.encodeWithSelector(IStakingVault.StakingVaultSlashTooHigh.selector, bps, MAX_SLASH_BPS));
        _vault.slash(_op, bps, block.timestamp, REF);
        assertEq(_vault.stakeOf(_op), active, "cut despite the revert");
    }

    /// @notice A request pays its post-slash value, `floor(shares * (U + 1) / (S_u + 1e6))`, never its pre-slash one.
    function testFuzz_withdrawPaysPostSlashValueRoundedDown(uint256 amount, uint256 bps, uint256 otherAmount) public {
        amount = _odd(amount);
        _stake(_alice, amount);
        _stake(_bob, _odd(otherAmount));
        uint256 id = _requestAll(_alice);
        uint256 before = _vault.requestValue(id);
        bps = bound(bps, 1, MAX_SLASH_BPS);
        _vault.slash(_op, bps, block.timestamp, REF);
        (uint256 unbonding, uint256 unbondingShares) = _vault.unbondingOf(_op);
        uint256 expected = Math.mulDiv(_vault.getRequest(id).shares, unbonding + 1, unbondingShares + VIRTUAL_SHARES);
        assertEq(_vault.requestValue(id), expected, "requestValue after slash");
        assertLe(expected, before, "slash raised a request's value");

        vm.warp(block.timestamp + UNBONDING_PERIOD);
        uint256[] memory ids = new uint256[](1);
        ids[0] = id;
        vm.prank(_alice);
        assertEq(_vault.withdraw(ids), expected, "withdraw paid another amount than the post-slash value");
        assertEq(_token.balanceOf(_alice), expected, "alice's balance");
    }

    /// @notice While a slash is pending, a matured request cannot be withdrawn; once unlocked it can.
    function testFuzz_withdrawWaitsForPendingSlash(uint256 amount, uint256 locks, uint256 extraTime) public {
        _stake(_alice, bound(amount, 1e6, MAX_AMOUNT));
        uint256 id = _requestAll(_alice);
        locks = bound(locks, 1, 5);
        for (uint256 i; i < locks; ++i) {
            _vault.lockWithdrawals(_op);
        }
        vm.warp(block.timestamp + UNBONDING_PERIOD + bound(extraTime, 0, 365 days));
        uint256[] memory ids = new uint256[](1);
        ids[0] = id;
        for (uint256 i; i < locks; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IStakingVault.StakingVaultSlashPending.selector, _op, locks - i)
            );
            vm.prank(_alice);
            _vault.withdraw(ids);
            _vault.unlockWithdrawals(_op);
        }
        vm.prank(_alice);
        _vault.withdraw(ids);
    }

    // ------------------------------------------------------------------ inflation and donations

    /// @notice Tokens sent straight to the vault move no price: previews and values are unchanged.
    function testFuzz_donationDoesNotMovePrices(uint256 amount, uint256 donation, uint256 probe) public {
        _stake(_alice, _odd(amount));
        probe = _odd(probe);
        uint256 shares = _vault.sharesOf(_op, _alice);
        uint256 preview = _vault.previewStake(_op, probe);
        uint256 value = _vault.convertToAssets(_op, shares);
        donation = bound(donation, 1, MAX_AMOUNT);
        _token.mint(address(_vault), donation);
        assertEq(_vault.previewStake(_op, probe), preview, "donation moved previewStake");
        assertEq(_vault.convertToAssets(_op, shares), value, "donation moved share value");
    }

    /// @notice The first depositor's attack: stake 1 wei, get the pool slashed to 0, donate; a victim staking
    /// afterwards still gets shares worth its deposit minus at most 1 wei.
    function testFuzz_firstDepositorCannotInflateSharePrice(uint256 attackerStake, uint256 donation, uint256 victim)
        public
    {
        attackerStake = bound(attackerStake, 1, 1e6);
        _stake(_bob, attackerStake);
        _vault.slash(_op, MAX_SLASH_BPS, block.timestamp, REF);
        _vault.slash(_op, MAX_SLASH_BPS, block.timestamp, REF);
        _token.mint(address(_vault), bound(donation, 0, MAX_AMOUNT));
        victim = bound(victim, 1, MAX_AMOUNT);
        _stake(_alice, victim);
        uint256 value = _vault.convertToAssets(_op, _vault.sharesOf(_op, _alice));
        assertLe(value, victim, "victim's shares worth more than paid");
        assertLe(victim - value, 1, "victim lost more than 1 wei to the first depositor");
    }

    // ------------------------------------------------------------------ internal

    /// @dev Puts the operator's pools in an arbitrary state: a prior stake by bob (1 wei to 1e27), up to two
    /// slashes, and part of bob's shares already unbonding.
    /// @dev A slash of `bps` of `base` wei against `_op`'s pools as they are now, with the cuts it must make.
    struct SlashCase {
        uint256 base;
        uint256 bps;
        uint256 active;
        uint256 unbonding;
        uint256 amount;
        uint256 activeCut;
        uint256 unbondingCut;
    }

    /// @dev The expected cuts (docs/PROTOCOL.md §3): `amount = ceil(base * bps / 10_000)`; both pools whole if
    /// `amount >= A + U`, else `activeCut = ceil(amount * A / (A + U))` and the unbonding pool the rest.
    function _slashCase(uint256 base, uint256 bps) internal view returns (SlashCase memory c) {
        c.base = base;
        c.bps = bps;
        c.active = _vault.stakeOf(_op);
        (c.unbonding,) = _vault.unbondingOf(_op);
        uint256 total = c.active + c.unbonding;
        c.amount = Math.mulDiv(base, bps, BPS, Math.Rounding.Ceil);
        if (c.amount >= total) {
            (c.activeCut, c.unbondingCut) = (c.active, c.unbonding);
        } else {
            c.activeCut = Math.mulDiv(c.amount, c.active, total, Math.Rounding.Ceil);
            c.unbondingCut = c.amount - c.activeCut;
        }
    }

    /// @dev The cuts take at most bps of the base, exactly it unless capped, and the same rate of both pools up
    /// to one wei of rounding (so unstaking escapes nothing).
    function _assertProRata(SlashCase memory c) internal pure {
        uint256 total = c.active + c.unbonding;
        assertLe(c.activeCut + c.unbondingCut, c.amount, "took more than bps of the stake at the round's start");
        if (c.amount >= total) return;
        assertEq(c.activeCut + c.unbondingCut, c.amount, "took less than bps of the stake at the round's start");
        assertGe(c.amount * BPS, c.base * c.bps, "amount below the exact rate");
        assertGe(c.activeCut * total, c.amount * c.active, "active pool cut below its share");
        assertLe(c.unbondingCut * total, c.amount * c.unbonding, "unbonding pool cut above its share");
        assertGe((c.unbondingCut + 1) * total, c.amount * c.unbonding, "unbonding pool cut below its share");
    }

    function _messyPool(uint256 prior, uint256 slash1, uint256 slash2, uint256 priorUnstake) internal {
        if (prior % 7 == 0) return; // a fresh pool now and then
        _stake(_bob, _odd(prior));
        slash1 = bound(slash1, 0, MAX_SLASH_BPS);
        if (slash1 != 0) _vault.slash(_op, slash1, block.timestamp, REF);
        uint256 held = _vault.sharesOf(_op, _bob);
        uint256 shares = bound(priorUnstake, 0, held);
        if (shares != 0 && _vault.convertToAssets(_op, shares) != 0) {
            vm.prank(_bob);
            _vault.requestUnstake(_op, shares);
        }
        slash2 = bound(slash2, 0, MAX_SLASH_BPS);
        if (slash2 != 0) _vault.slash(_op, slash2, block.timestamp, REF);
    }

    /// @dev An amount in [1, MAX_AMOUNT], a third of the time a small one in [1, 1000] (1 wei and odd values).
    function _odd(uint256 seed) internal pure returns (uint256) {
        if (seed % 3 == 0) return bound(seed >> 2, 1, 1_000);
        return bound(seed, 1, MAX_AMOUNT);
    }

    function _mintTo(address account, uint256 amount) internal {
        _token.mint(account, amount);
        vm.prank(account);
        _token.approve(address(_vault), type(uint256).max);
    }

    function _stake(address account, uint256 amount) internal {
        _mintTo(account, amount);
        vm.prank(account);
        _vault.stake(_op, amount);
    }

    function _requestAll(address account) internal returns (uint256 id) {
        uint256 shares = _vault.sharesOf(_op, account);
        vm.prank(account);
        id = _vault.requestUnstake(_op, shares);
    }

    /// @dev Requests all of `account`'s shares (if they are worth anything), waits, withdraws; returns wei paid.
    function _unstakeAllAndWithdraw(address account) internal returns (uint256 paid) {
        uint256 shares = _vault.sharesOf(_op, account);
        if (_vault.convertToAssets(_op, shares) == 0) return 0;
        uint256 id = _requestAll(account);
        vm.warp(block.timestamp + UNBONDING_PERIOD);
        uint256[] memory ids = new uint256[](1);
        ids[0] = id;
        uint256 before = _token.balanceOf(account);
        vm.prank(account);
        paid = _vault.withdraw(ids);
        assertEq(_token.balanceOf(account), before + paid, "withdrawn tokens");
    }
}
