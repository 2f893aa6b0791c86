// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IStakingVault} from "./interfaces/IStakingVault.sol";
import {SettlementHook} from "./base/SettlementHook.sol";
import {TokenTransfer} from "./libraries/TokenTransfer.sol";
import {SharesMath} from "./libraries/SharesMath.sol";
import {CommissionSchedule} from "./libraries/CommissionSchedule.sol";

/// @title StakingVault
/// @notice Holds Aerie's stake: per operator an active pool and an unbonding pool, both share-based and slashable
/// in O(1) (docs/PROTOCOL.md §3, docs/DESIGN.md "Shares and slashing").
/// @dev Invariant (docs/PROTOCOL.md §9.1): `token.balanceOf(this) >= Σ_op (stakeOf(op) + _unbonding[op].totalAssets)`.
/// Tokens enter only through `_stake` (balance-delta checked, pool assets grow by exactly the amount received) and
/// leave only through `withdraw` (at most the unbonding assets it removes) and `slash` (exactly the assets it cuts).
/// Invariant (docs/PROTOCOL.md §9.5): a slash of `bps` for a round takes at most `ceil(stakeAt(op, roundStart) *
/// bps / 10_000)` wei in total, so stake that joined the pool after the round started pays only its pro-rata part.
contract StakingVault is IStakingVault, SettlementHook, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SharesMath for SharesMath.Pool;
    using CommissionSchedule for CommissionSchedule.Schedule;
    using Checkpoints for Checkpoints.Trace208;

    // ------------------------------------------------------------------ constants and immutables

    /// @notice Most request ids one `withdraw` call accepts (bounds its loop).
    uint256 public constant MAX_WITHDRAW_BATCH = 100;
    /// @notice Denominator of a rate in bps.
    uint256 private constant _BPS = 10_000;

    /// @dev The stake token; the interface fixes its getter name `token()`.
    IERC20 private immutable _TOKEN;

    /// @inheritdoc IStakingVault
    uint256 public immutable UNBONDING_PERIOD;
    /// @inheritdoc IStakingVault
    uint256 public immutable COMMISSION_DELAY;
    /// @inheritdoc IStakingVault
    uint256 public immutable MAX_ROUND_DURATION;
    /// @inheritdoc IStakingVault
    uint256 public immutable RESULT_DEADLINE;
    /// @inheritdoc IStakingVault
    uint256 public immutable CHALLENGE_WINDOW;
    /// @inheritdoc IStakingVault
    uint256 public immutable MAX_SLASH_BPS;
    /// @inheritdoc IStakingVault
    uint256 public immutable MAX_COMMISSION_BPS;

    // ------------------------------------------------------------------ storage types

    /// @dev An operator's registration and withdrawal lock in one slot: every slashed operator is registered (a
    /// participant joined as a registered operator), so settlement's lock and unlock rewrite a non-zero slot.
    /// @param registered set once by `registerOperator`, never cleared. Only registered operators' pools receive
    /// stake.
    /// @param pendingSlashes proposed-but-unresolved slashes (settlement's locks minus its unlocks); withdrawals from
    /// the operator's unbonding pool revert while it is non-zero. At most one per live proposal, so a uint248 never
    /// overflows.
    struct OperatorState {
        bool registered;
        uint248 pendingSlashes;
    }

    // ------------------------------------------------------------------ storage

    /// @inheritdoc IStakingVault
    /// @dev Never zero (checked in `_setSlashRecipient`, set in the constructor).
    address public slashRecipient;

    /// @dev Registration and pending slashes of every operator (see `OperatorState`).
    mapping(address operator => OperatorState) private _operators;

    /// @dev Commission history and staged increase; every value <= MAX_COMMISSION_BPS; an increase never applies
    /// earlier than COMMISSION_DELAY after it was asked for.
    mapping(address operator => CommissionSchedule.Schedule) private _commission;

    /// @dev Active-pool shares. Invariant: `_activeShares[op] == Σ_account _shares[op][account]`. The active pool's
    /// assets (the wei backing these shares) are `_stakeHistory[op].latest()`: stored once, in the checkpoint.
    mapping(address operator => uint256) private _activeShares;

    /// @dev Unbonding pool. Invariant: `totalShares == Σ` of the `shares` of the live requests of `op`.
    mapping(address operator => SharesMath.Pool) private _unbonding;

    /// @dev Active-pool shares per account; changes only together with `_activeShares[op]`.
    mapping(address operator => mapping(address account => uint256)) private _shares;

    /// @dev Active-pool assets by timestamp, pushed on every change (stake, requestUnstake, slash); keys ascend; its
    /// latest value is the active pool's assets now. It is the base of every slash (the stake at the offending
    /// round's start), so only this contract writes it.
    mapping(address operator => Checkpoints.Trace208) private _stakeHistory;

    /// @dev Live unstake requests; `owner == address(0)` means unknown or already withdrawn.
    mapping(uint256 requestId => UnstakeRequest) private _requests;

    /// @dev Id the next request gets; starts at 1 and only grows, so ids are never reused.
    uint256 private _nextRequestId;

    // ------------------------------------------------------------------ constructor

    /// @param token_ the stake token (a plain ERC-20; see the interface's token assumption).
    /// @param owner_ governance (Ownable2Step).
    /// @param params timing parameters (seconds) and caps (bps), immutable from now on.
    /// @param slashRecipient_ where slashed tokens go.
    constructor(IERC20 token_, address owner_, Params memory params, address slashRecipient_)
        Ownable(_nonZero(owner_))
    {
        if (address(token_) == address(0)) revert StakingVaultZeroAddress();
        if (params.maxSlashBps > _BPS) revert StakingVaultInvalidParams("maxSlashBps", params.maxSlashBps, _BPS);
        if (params.maxCommissionBps > _BPS) {
            revert StakingVaultInvalidParams("maxCommissionBps", params.maxCommissionBps, _BPS);
        }
        // Each term is a uint64, so the sum cannot overflow uint256.
        uint256 required =
            uint256(params.maxRoundDuration) + uint256(params.resultDeadline) + uint256(params.challengeWindow);
        if (params.unbondingPeriod < required) revert StakingVaultUnbondingTooShort(params.unbondingPeriod, required);
        if (params.commissionDelay < params.unbondingPeriod) {
            revert StakingVaultInvalidParams("commissionDelay", params.commissionDelay, params.unbondingPeriod);
        }

        _TOKEN = token_;
        UNBONDING_PERIOD = params.unbondingPeriod;
        COMMISSION_DELAY = params.commissionDelay;
        MAX_ROUND_DURATION = params.maxRoundDuration;
        RESULT_DEADLINE = params.resultDeadline;
        CHALLENGE_WINDOW = params.challengeWindow;
        MAX_SLASH_BPS = params.maxSlashBps;
        MAX_COMMISSION_BPS = params.maxCommissionBps;

        _nextRequestId = 1;
        _setSlashRecipient(slashRecipient_);
    }

    // ------------------------------------------------------------------ modifiers

    modifier onlyRegistered() {
        if (!_operators[msg.sender].registered) revert StakingVaultNotRegistered(msg.sender);
        _;
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IStakingVault
    function setSlashRecipient(address recipient) external onlyOwner {
        _setSlashRecipient(recipient);
    }

    // ------------------------------------------------------------------ operators

    /// @inheritdoc IStakingVault
    function registerOperator(uint256 commissionBps, string calldata metadataURI) external {
        if (_operators[msg.sender].registered) revert StakingVaultAlreadyRegistered(msg.sender);
        _checkCommission(commissionBps);
        _operators[msg.sender].registered = true;
        _commission[msg.sender].init(commissionBps, block.timestamp);
        emit OperatorRegistered(msg.sender, commissionBps, metadataURI);
        emit CommissionSet(msg.sender, commissionBps);
    }

    /// @inheritdoc IStakingVault
    function setMetadataURI(string calldata metadataURI) external onlyRegistered {
        emit OperatorMetadataSet(msg.sender, metadataURI);
    }

    /// @inheritdoc IStakingVault
    function setCommission(uint256 commissionBps) external onlyRegistered {
        _checkCommission(commissionBps);
        (CommissionSchedule.Change change, uint256 effectiveAt) =
            _commission[msg.sender].set(commissionBps, block.timestamp, COMMISSION_DELAY);
        if (change == CommissionSchedule.Change.Immediate) emit CommissionSet(msg.sender, commissionBps);
        else emit CommissionIncreaseQueued(msg.sender, commissionBps, effectiveAt);
    }

    // ------------------------------------------------------------------ staking

    /// @inheritdoc IStakingVault
    function stake(address operator, uint256 amount) external nonReentrant returns (uint256 shares) {
        return _stake(operator, msg.sender, amount);
    }

    /// @inheritdoc IStakingVault
    function stakeFor(address operator, address account, uint256 amount)
        external
        nonReentrant
        returns (uint256 shares)
    {
        if (account == address(0)) revert StakingVaultZeroAddress();
        return _stake(operator, account, amount);
    }

    /// @inheritdoc IStakingVault
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (uint256 shares)
    {
        // A permit front-run from the mempool makes this call fail (nonce used); the allowance it set is already
        // there, so ignore the failure and let `pullExact` decide.
        // solhint-disable-next-line no-empty-blocks
        try IERC20Permit(address(_TOKEN)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _stake(operator, msg.sender, amount);
    }

    /// @inheritdoc IStakingVault
    function requestUnstake(address operator, uint256 shares) external nonReentrant returns (uint256 requestId) {
        if (shares == 0) revert StakingVaultZeroAmount();
        uint256 balance = _shares[operator][msg.sender];
        if (shares > balance) revert StakingVaultInsufficientShares(operator, msg.sender, balance, shares);

        uint256 activeShares = _activeShares[operator];
        uint256 activeAssets = _stakeHistory[operator].latest();
        SharesMath.Pool storage unbonding = _unbonding[operator];
        uint256 assets = SharesMath.toAssetsDown(shares, activeShares, activeAssets);
        uint256 unbondingShares = unbonding.toSharesDown(assets);
        if (unbondingShares == 0) revert StakingVaultZeroShares(operator, assets);

        uint256 remaining;
        // `shares <= balance` was checked above.
        unchecked {
            remaining = balance - shares;
        }
        // Checked: `shares <= activeShares` and `assets <= activeAssets` hold by the pool's invariant
        // (SharesMath.Pool), so a panic here would mean a broken invariant, never a wrap.
        activeShares -= shares;
        activeAssets -= assets;
        _shares[operator][msg.sender] = remaining;
        _activeShares[operator] = activeShares;
        unbonding.deposit(assets, unbondingShares);
        _checkpointStake(operator, activeAssets);

        requestId = _nextRequestId++;
        uint256 unlockTime = block.timestamp + UNBONDING_PERIOD;
        _requests[requestId] = UnstakeRequest({
            owner: msg.sender,
            operator: operator,
            unlockTime: SafeCast.toUint64(unlockTime),
            shares: unbondingShares
        });

        emit SharesChanged(operator, msg.sender, remaining, activeShares, activeAssets);
        emit UnstakeRequested(requestId, operator, msg.sender, shares, assets, unbondingShares, unlockTime);
    }

    /// @inheritdoc IStakingVault
    function withdraw(uint256[] calldata requestIds) external nonReentrant returns (uint256 assets) {
        uint256 count = requestIds.length;
        if (count == 0) revert StakingVaultZeroAmount();
        if (count > MAX_WITHDRAW_BATCH) revert StakingVaultTooManyRequests(count, MAX_WITHDRAW_BATCH);

        for (uint256 i; i < count; ++i) {
            uint256 requestId = requestIds[i];
            UnstakeRequest storage request = _requests[requestId];
            address owner_ = request.owner;
            if (owner_ == address(0)) revert StakingVaultUnknownRequest(requestId);
            if (owner_ != msg.sender) revert StakingVaultNotRequestOwner(requestId, owner_, msg.sender);
            if (block.timestamp < request.unlockTime) {
                revert StakingVaultRequestLocked(requestId, request.unlockTime, block.timestamp);
            }
            address operator = request.operator;
            uint256 pending = _operators[operator].pendingSlashes;
            if (pending != 0) revert StakingVaultSlashPending(operator, pending);

            SharesMath.Pool storage unbonding = _unbonding[operator];
            uint256 shares = request.shares;
            uint256 value = unbonding.toAssetsDown(shares);
            unbonding.redeem(shares, value);
            delete _requests[requestId];
            assets += value;
            emit Withdrawn(requestId, operator, msg.sender, value);
        }

        if (assets != 0) _TOKEN.safeTransfer(msg.sender, assets);
    }

    // ------------------------------------------------------------------ settlement hooks

    /// @inheritdoc IStakingVault
    function slash(address operator, uint256 bps, uint256 roundStart, bytes32 ref)
        external
        onlySettlement
        nonReentrant
        returns (uint256 activeCut, uint256 unbondingCut)
    {
        if (bps > MAX_SLASH_BPS) revert StakingVaultSlashTooHigh(bps, MAX_SLASH_BPS);
        if (roundStart > block.timestamp) revert StakingVaultSlashBaseInFuture(roundStart, block.timestamp);

        // The stake that backed the round: the active pool's assets at its start (docs/PROTOCOL.md §3). A binary
        // search over the operator's checkpoints (O(log n) storage reads), never a loop over holders or requests.
        Checkpoints.Trace208 storage history = _stakeHistory[operator];
        uint256 base = history.upperLookupRecent(SafeCast.toUint48(roundStart));
        uint256 amount = Math.mulDiv(base, bps, _BPS, Math.Rounding.Ceil);
        uint256 activeAssets = history.latest();
        (activeCut, unbondingCut) = SharesMath.slashProRata(activeAssets, _unbonding[operator], amount);
        // `activeCut <= activeAssets` (SharesMath.slashProRata).
        if (activeCut != 0) _checkpointStake(operator, activeAssets - activeCut);

        address recipient = slashRecipient;
        emit Slashed(operator, ref, bps, roundStart, base, activeCut, unbondingCut, recipient);

        // Both cuts are bounded by pool assets, whose sum is bounded by this contract's balance (no overflow).
        uint256 total = activeCut + unbondingCut;
        if (total != 0) _TOKEN.safeTransfer(recipient, total);
    }

    /// @inheritdoc IStakingVault
    function lockWithdrawals(address operator) external onlySettlement {
        OperatorState storage state = _operators[operator];
        uint256 pending = uint256(state.pendingSlashes) + 1;
        // One lock per slash of a live proposal (at most MAX_SLASHES per task), so the cast is exact.
        state.pendingSlashes = uint248(pending);
        emit WithdrawalsLocked(operator, pending);
    }

    /// @inheritdoc IStakingVault
    function unlockWithdrawals(address operator) external onlySettlement {
        OperatorState storage state = _operators[operator];
        uint256 pending = state.pendingSlashes;
        if (pending == 0) revert StakingVaultNoPendingSlash(operator);
        // `pending != 0` was checked above.
        unchecked {
            --pending;
        }
        state.pendingSlashes = uint248(pending);
        emit WithdrawalsUnlocked(operator, pending);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IStakingVault
    function token() external view returns (IERC20) {
        return _TOKEN;
    }

    /// @inheritdoc IStakingVault
    function isOperator(address operator) external view returns (bool) {
        return _operators[operator].registered;
    }

    /// @inheritdoc IStakingVault
    function commissionOf(address operator) external view returns (uint256) {
        return _commission[operator].at(block.timestamp);
    }

    /// @inheritdoc IStakingVault
    function commissionAt(address operator, uint256 timestamp) external view returns (uint256) {
        return _commission[operator].at(timestamp);
    }

    /// @inheritdoc IStakingVault
    function pendingCommission(address operator) external view returns (uint256 bps, uint256 effectiveAt) {
        return _commission[operator].pending(block.timestamp);
    }

    /// @inheritdoc IStakingVault
    function stakeOf(address operator) external view returns (uint256) {
        return _stakeHistory[operator].latest();
    }

    /// @inheritdoc IStakingVault
    function stakeAt(address operator, uint256 timestamp) external view returns (uint256) {
        uint48 key = timestamp > type(uint48).max ? type(uint48).max : uint48(timestamp);
        return _stakeHistory[operator].upperLookupRecent(key);
    }

    /// @inheritdoc IStakingVault
    function sharesOf(address operator, address account) external view returns (uint256) {
        return _shares[operator][account];
    }

    /// @inheritdoc IStakingVault
    function totalShares(address operator) external view returns (uint256) {
        return _activeShares[operator];
    }

    /// @inheritdoc IStakingVault
    function unbondingOf(address operator) external view returns (uint256 assets, uint256 shares) {
        SharesMath.Pool storage unbonding = _unbonding[operator];
        return (unbonding.totalAssets, unbonding.totalShares);
    }

    /// @inheritdoc IStakingVault
    function convertToAssets(address operator, uint256 shares) external view returns (uint256) {
        return SharesMath.toAssetsDown(shares, _activeShares[operator], _stakeHistory[operator].latest());
    }

    /// @inheritdoc IStakingVault
    function previewStake(address operator, uint256 assets) external view returns (uint256) {
        return SharesMath.toSharesDown(assets, _activeShares[operator], _stakeHistory[operator].latest());
    }

    /// @inheritdoc IStakingVault
    function getRequest(uint256 requestId) external view returns (UnstakeRequest memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IStakingVault
    function requestValue(uint256 requestId) external view returns (uint256) {
        UnstakeRequest storage request = _requests[requestId];
        return _unbonding[request.operator].toAssetsDown(request.shares);
    }

    /// @inheritdoc IStakingVault
    function pendingSlashes(address operator) external view returns (uint256) {
        return _operators[operator].pendingSlashes;
    }

    /// @inheritdoc IStakingVault
    function nextRequestId() external view returns (uint256) {
        return _nextRequestId;
    }

    // ------------------------------------------------------------------ internal helpers

    /// @dev Mints `operator` pool shares to `account` for `amount` wei pulled from the caller. Prices the shares
    /// from the pool before the pull, pulls with a balance-delta check, then books and logs (callers are
    /// `nonReentrant`).
    function _stake(address operator, address account, uint256 amount) private returns (uint256 shares) {
        if (!_operators[operator].registered) revert StakingVaultNotRegistered(operator);
        if (amount == 0) revert StakingVaultZeroAmount();
        uint256 activeShares = _activeShares[operator];
        uint256 activeAssets = _stakeHistory[operator].latest();
        shares = SharesMath.toSharesDown(amount, activeShares, activeAssets);
        if (shares == 0) revert StakingVaultZeroShares(operator, amount);

        TokenTransfer.pullExact(_TOKEN, msg.sender, amount);

        activeShares += shares;
        activeAssets += amount;
        _activeShares[operator] = activeShares;
        uint256 accountShares = _shares[operator][account] + shares;
        _shares[operator][account] = accountShares;
        _checkpointStake(operator, activeAssets);

        emit Staked(operator, account, msg.sender, amount, shares);
        emit SharesChanged(operator, account, accountShares, activeShares, activeAssets);
    }

    /// @dev Records the operator's active-pool assets at this block's timestamp.
    function _checkpointStake(address operator, uint256 assets) private {
        _stakeHistory[operator].push(SafeCast.toUint48(block.timestamp), SafeCast.toUint208(assets));
    }

    function _setSlashRecipient(address recipient) private {
        if (recipient == address(0)) revert StakingVaultZeroAddress();
        slashRecipient = recipient;
        emit SlashRecipientSet(recipient);
    }

    function _checkCommission(uint256 commissionBps) private view {
        if (commissionBps > MAX_COMMISSION_BPS) {
            revert StakingVaultCommissionTooHigh(commissionBps, MAX_COMMISSION_BPS);
        }
    }

    /// @dev Used in the constructor's base-initializer list so a zero owner fails with the vault's own error.
    function _nonZero(address account) private pure returns (address) {
        if (account == address(0)) revert StakingVaultZeroAddress();
        return account;
    }
}
