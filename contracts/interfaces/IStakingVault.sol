// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {ISettlementHook} from "./ISettlementHook.sol";

/// @title IStakingVault
/// @notice Holds the stake of Aerie operators and their delegators (docs/PROTOCOL.md §3).
/// Each operator has an *active pool* (shares over assets, with a virtual offset) and an
/// *unbonding pool* (also shares over assets). Both pools are slashable; a slash cuts assets,
/// never shares, so it costs O(1) whatever the number of delegators. Its amount is a rate of the stake at the
/// offending round's start (the checkpointed `stakeAt`), taken pro rata from both pools as they are now.
/// @dev Token assumption: a plain ERC-20 without transfer fees or rebasing. Incoming transfers are
/// checked by balance delta and refused with `TokenTransferShortfall` otherwise.
/// All amounts are in wei of the stake token, all rates in bps (1/10_000), all times in seconds.
/// Errors are documented where they are declared; each function lists the errors it reverts with in one
/// `@dev Reverts with:` list. The settlement wiring (`setSettlement`, `settlement`, `SettlementHook*` errors) is
/// in ISettlementHook; `setCommission`'s `CommissionScheduleUnchanged` is declared in the CommissionSchedule library.
interface IStakingVault is ISettlementHook {
    // ------------------------------------------------------------------ types

    /// @notice Construction parameters; all immutable after deployment.
    /// @param unbondingPeriod seconds a request waits before it can be withdrawn.
    /// @param commissionDelay seconds before a commission increase applies (>= unbondingPeriod).
    /// @param maxRoundDuration seconds, the longest round a task may have.
    /// @param resultDeadline seconds after a round's end by which its result must be final.
    /// @param challengeWindow seconds a proposed result stays open to challenge.
    /// @param maxSlashBps hard cap of one slash, in bps (<= 10_000).
    /// @param maxCommissionBps hard cap of an operator's commission, in bps (<= 10_000).
    struct Params {
        uint64 unbondingPeriod;
        uint64 commissionDelay;
        uint64 maxRoundDuration;
        uint64 resultDeadline;
        uint64 challengeWindow;
        uint16 maxSlashBps;
        uint16 maxCommissionBps;
    }

    /// @notice One unstake request: `shares` of the operator's unbonding pool owned by `owner`.
    /// @param owner the account that requested it and may withdraw it.
    /// @param operator the operator whose unbonding pool holds it.
    /// @param unlockTime seconds (unix) from which it can be withdrawn.
    /// @param shares unbonding-pool shares it holds.
    struct UnstakeRequest {
        address owner;
        address operator;
        uint64 unlockTime;
        uint256 shares;
    }

    // ------------------------------------------------------------------ errors

    /// @notice Thrown when an address argument (token, owner, recipient, account) is zero.
    error StakingVaultZeroAddress();

    /// @notice Thrown when an amount, a share count or a list of request ids is empty.
    error StakingVaultZeroAmount();

    /// @notice Thrown when a constructor parameter is beyond its bound.
    /// @param param the parameter's name (`maxSlashBps`, `maxCommissionBps` or `commissionDelay`).
    /// @param value its value (bps or seconds).
    /// @param bound the bound it breaks: the most it may be (10_000 bps), or for `commissionDelay` the least
    /// (`unbondingPeriod`, seconds).
    error StakingVaultInvalidParams(string param, uint256 value, uint256 bound);

    /// @notice Thrown when the unbonding period is shorter than the time a round's result takes to become final.
    /// @param unbondingPeriod the unbonding period given, in seconds.
    /// @param required `maxRoundDuration + resultDeadline + challengeWindow`, in seconds.
    error StakingVaultUnbondingTooShort(uint256 unbondingPeriod, uint256 required);

    /// @notice Thrown when an operator registers a second time.
    /// @param operator the already registered operator.
    error StakingVaultAlreadyRegistered(address operator);

    /// @notice Thrown when an operator function is called by, or a stake is sent to, an unregistered account.
    /// @param operator the account that is not a registered operator.
    error StakingVaultNotRegistered(address operator);

    /// @notice Thrown when a commission is above the cap.
    /// @param commissionBps the commission asked for, in bps.
    /// @param maxCommissionBps the cap (MAX_COMMISSION_BPS), in bps.
    error StakingVaultCommissionTooHigh(uint256 commissionBps, uint256 maxCommissionBps);

    /// @notice Thrown when a stake (or an unbonding) would mint 0 shares.
    /// @param operator the operator whose pool was meant.
    /// @param amount the wei staked (or unbonded).
    error StakingVaultZeroShares(address operator, uint256 amount);

    /// @notice Thrown when an account asks to unstake more active shares than it holds.
    /// @param operator the operator whose pool was meant.
    /// @param account the account.
    /// @param available the shares it holds.
    /// @param required the shares it asked to unstake.
    error StakingVaultInsufficientShares(address operator, address account, uint256 available, uint256 required);

    /// @notice Thrown when a request id was never issued, was already withdrawn or is repeated in one call.
    /// @param requestId the id.
    error StakingVaultUnknownRequest(uint256 requestId);

    /// @notice Thrown when an account withdraws a request it does not own.
    /// @param requestId the id.
    /// @param owner the request's owner.
    /// @param caller the account that called.
    error StakingVaultNotRequestOwner(uint256 requestId, address owner, address caller);

    /// @notice Thrown when a request is withdrawn before its unlock time.
    /// @param requestId the id.
    /// @param unlockTime seconds (unix) from which it can be withdrawn.
    /// @param timestamp the block's timestamp, in seconds.
    error StakingVaultRequestLocked(uint256 requestId, uint256 unlockTime, uint256 timestamp);

    /// @notice Thrown when a request is withdrawn while a proposed slash of its operator is not yet resolved.
    /// @param operator the operator.
    /// @param pendingSlashes the number of live proposals that would slash it.
    error StakingVaultSlashPending(address operator, uint256 pendingSlashes);

    /// @notice Thrown when the settlement asks for a slash above the cap.
    /// @param bps the rate asked for, in bps.
    /// @param maxSlashBps the cap (MAX_SLASH_BPS), in bps.
    error StakingVaultSlashTooHigh(uint256 bps, uint256 maxSlashBps);

    /// @notice Thrown when the settlement asks for a slash whose base time (the round's start) is in the future.
    /// @param roundStart the time asked for, in seconds (unix).
    /// @param timestamp the block's timestamp, in seconds.
    error StakingVaultSlashBaseInFuture(uint256 roundStart, uint256 timestamp);

    /// @notice Thrown when the settlement releases a withdrawal lock the operator does not hold.
    /// @param operator the operator.
    error StakingVaultNoPendingSlash(address operator);

    /// @notice Thrown when one `withdraw` call names more requests than it may.
    /// @param count the number of ids given.
    /// @param max the most one call accepts (MAX_WITHDRAW_BATCH).
    error StakingVaultTooManyRequests(uint256 count, uint256 max);

    // ------------------------------------------------------------------ events

    /// @notice Emitted when the slash recipient is set (in the constructor and by `setSlashRecipient`).
    /// @param recipient the account that now receives slashed tokens.
    event SlashRecipientSet(address indexed recipient);

    /// @notice Emitted when an account registers as an operator.
    /// @param operator the new operator.
    /// @param commissionBps its commission, in bps.
    /// @param metadataURI where it describes itself (only logged).
    event OperatorRegistered(address indexed operator, uint256 commissionBps, string metadataURI);

    /// @notice Emitted when an operator updates its metadata URI.
    /// @param operator the operator.
    /// @param metadataURI where it describes itself (only logged).
    event OperatorMetadataSet(address indexed operator, string metadataURI);

    /// @notice Emitted when a commission takes effect at once (registration, a decrease, or a return to the current
    /// value that cancels a staged increase).
    /// @param operator the operator.
    /// @param commissionBps the commission in force from this block, in bps.
    event CommissionSet(address indexed operator, uint256 commissionBps);

    /// @notice Emitted when a commission increase is staged.
    /// @param operator the operator.
    /// @param commissionBps the staged commission, in bps.
    /// @param effectiveAt seconds (unix) from which it applies.
    event CommissionIncreaseQueued(address indexed operator, uint256 commissionBps, uint256 effectiveAt);

    /// @notice Emitted when stake enters an operator's active pool.
    /// @param operator the operator whose pool received it.
    /// @param account the account credited with the shares.
    /// @param payer the account the tokens came from.
    /// @param assets wei staked.
    /// @param shares active-pool shares minted.
    event Staked(address indexed operator, address indexed account, address payer, uint256 assets, uint256 shares);

    /// @notice Emitted on every change of an account's active shares, with absolute values after it: replaying these
    /// events rebuilds every account's stake at any block.
    /// @param operator the operator whose pool changed.
    /// @param account the account whose shares changed.
    /// @param accountShares the account's active shares now.
    /// @param poolShares the pool's total active shares now.
    /// @param poolAssets the pool's active stake now, in wei.
    event SharesChanged(
        address indexed operator, address indexed account, uint256 accountShares, uint256 poolShares, uint256 poolAssets
    );

    /// @notice Emitted when active shares move into the unbonding pool.
    /// @param requestId the request's id.
    /// @param operator the operator whose pools are meant.
    /// @param account the request's owner.
    /// @param shares active-pool shares burned.
    /// @param assets their value, in wei, moved into the unbonding pool.
    /// @param unbondingShares unbonding-pool shares the request holds.
    /// @param unlockTime seconds (unix) from which it can be withdrawn.
    event UnstakeRequested(
        uint256 indexed requestId,
        address indexed operator,
        address indexed account,
        uint256 shares,
        uint256 assets,
        uint256 unbondingShares,
        uint256 unlockTime
    );

    /// @notice Emitted when a request is paid out and deleted.
    /// @param requestId the request's id.
    /// @param operator the operator whose unbonding pool paid.
    /// @param account the request's owner, who received the tokens.
    /// @param assets wei paid (after any slash).
    event Withdrawn(uint256 indexed requestId, address indexed operator, address indexed account, uint256 assets);

    /// @notice Emitted when an operator's pools are slashed.
    /// @param operator the operator.
    /// @param ref the settlement's reference of the offence (`keccak256(abi.encode(taskId, round))`).
    /// @param bps the rate of the base cut, in bps.
    /// @param roundStart the offending round's start, in seconds (unix).
    /// @param base the operator's active stake at `roundStart`, in wei (the slash amount is `ceil(base * bps /
    /// 10_000)`, capped at the pools' assets).
    /// @param activeCut wei taken from the active pool.
    /// @param unbondingCut wei taken from the unbonding pool.
    /// @param recipient the account that received `activeCut + unbondingCut` wei.
    event Slashed(
        address indexed operator,
        bytes32 indexed ref,
        uint256 bps,
        uint256 roundStart,
        uint256 base,
        uint256 activeCut,
        uint256 unbondingCut,
        address recipient
    );

    /// @notice Emitted when a proposed slash locks an operator's withdrawals.
    /// @param operator the operator.
    /// @param pendingSlashes the number of locks it holds now.
    event WithdrawalsLocked(address indexed operator, uint256 pendingSlashes);

    /// @notice Emitted when a lock is released (the proposal was challenged or finalized).
    /// @param operator the operator.
    /// @param pendingSlashes the number of locks it still holds; withdrawals resume at 0.
    event WithdrawalsUnlocked(address indexed operator, uint256 pendingSlashes);

    // ------------------------------------------------------------------ governance

    /// @notice Sets where slashed tokens go. Only the owner.
    /// @dev Reverts with:
    /// - `OwnableUnauthorizedAccount` for anyone but the owner;
    /// - `StakingVaultZeroAddress` for the zero address.
    /// @param recipient receiver of slashed tokens.
    function setSlashRecipient(address recipient) external;

    // ------------------------------------------------------------------ operators

    /// @notice Registers the caller as an operator.
    /// @dev Reverts with:
    /// - `StakingVaultAlreadyRegistered` if the caller is registered already;
    /// - `StakingVaultCommissionTooHigh` above MAX_COMMISSION_BPS.
    /// @param commissionBps share of the operator's rewards it keeps, in bps (<= MAX_COMMISSION_BPS).
    /// @param metadataURI where the operator describes itself (free text, only logged).
    function registerOperator(uint256 commissionBps, string calldata metadataURI) external;

    /// @notice Updates the caller's metadata URI (only logged).
    /// @dev Reverts with:
    /// - `StakingVaultNotRegistered` if the caller is not an operator.
    /// @param metadataURI where the operator describes itself.
    function setMetadataURI(string calldata metadataURI) external;

    /// @notice Changes the caller's commission: a decrease applies now (and cancels a staged increase); an increase
    /// applies after COMMISSION_DELAY seconds. Setting it back to the current value while an increase is staged
    /// cancels that increase (emits `CommissionSet`). A staged increase whose time has come is in force without a
    /// transaction.
    /// @dev Reverts with:
    /// - `StakingVaultNotRegistered` if the caller is not an operator;
    /// - `StakingVaultCommissionTooHigh` above MAX_COMMISSION_BPS;
    /// - `CommissionScheduleUnchanged` for the current value with nothing staged, or the value already staged.
    /// @param commissionBps the new commission, in bps.
    function setCommission(uint256 commissionBps) external;

    // ------------------------------------------------------------------ staking

    /// @notice Stakes `amount` wei to `operator` for the caller (self-stake if the caller is the operator).
    /// Shares minted: `floor(amount * (totalShares + 1e6) / (stakeOf + 1))`.
    /// @dev Reverts with:
    /// - `StakingVaultNotRegistered` if `operator` is not an operator;
    /// - `StakingVaultZeroAmount` for 0;
    /// - `StakingVaultZeroShares` if `amount` buys 0 shares;
    /// - `TokenTransferShortfall` if the token delivers less than `amount`.
    /// @param operator a registered operator.
    /// @param amount wei pulled from the caller (needs an allowance).
    /// @return shares active-pool shares minted.
    function stake(address operator, uint256 amount) external returns (uint256 shares);

    /// @notice Stakes `amount` wei, paid by the caller, to `operator` on behalf of `account`.
    /// @dev Reverts with:
    /// - `StakingVaultZeroAddress` for a zero `account`;
    /// - `stake`'s errors.
    /// @param operator a registered operator.
    /// @param account receiver of the shares.
    /// @param amount wei pulled from the caller (needs an allowance).
    /// @return shares active-pool shares minted to `account`.
    function stakeFor(address operator, address account, uint256 amount) external returns (uint256 shares);

    /// @notice `stake` preceded by an EIP-2612 permit of the stake token (a failed permit is ignored if the allowance
    /// already suffices, so a front-run permit cannot block the stake).
    /// @dev Reverts with:
    /// - `stake`'s errors;
    /// - with a failed permit and no allowance, the token's allowance error.
    /// @param operator a registered operator.
    /// @param amount wei to stake; the permit's value.
    /// @param deadline the permit's deadline, in seconds (unix).
    /// @param v the owner's EIP-2612 signature for `amount` to this vault: recovery id.
    /// @param r the signature's `r`.
    /// @param s the signature's `s`.
    /// @return shares active-pool shares minted.
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256 shares);

    /// @notice Burns `shares` of the caller's active shares in `operator`'s pool and moves their value into the
    /// unbonding pool; withdrawable after UNBONDING_PERIOD seconds, slashable until then.
    /// @dev Reverts with:
    /// - `StakingVaultZeroAmount` for 0 shares;
    /// - `StakingVaultInsufficientShares` for more than the caller holds;
    /// - `StakingVaultZeroShares` if the shares are worth 0 wei, or buy 0 unbonding shares.
    /// @param operator the operator whose pool is meant.
    /// @param shares active-pool shares to burn; their value `floor(shares * (stakeOf + 1) / (totalShares + 1e6))`
    /// wei buys unbonding-pool shares at the unbonding pool's price (rounded down).
    /// @return requestId the id to pass to `withdraw` (ids start at 1).
    function requestUnstake(address operator, uint256 shares) external returns (uint256 requestId);

    /// @notice Pays the caller the current (post-slash) value of its matured requests.
    /// @dev Reverts with:
    /// - `StakingVaultZeroAmount` for no ids;
    /// - `StakingVaultTooManyRequests` for more than MAX_WITHDRAW_BATCH (100) ids;
    /// - `StakingVaultUnknownRequest` for an id never issued, already withdrawn or repeated;
    /// - `StakingVaultNotRequestOwner` for another account's request;
    /// - `StakingVaultRequestLocked` before a request's unlock time;
    /// - `StakingVaultSlashPending` while the request's operator holds a pending slash lock.
    /// @param requestIds at most MAX_WITHDRAW_BATCH ids, each owned by the caller and unlocked.
    /// @return assets wei paid (each request's unbonding shares valued at the current price, rounded down).
    function withdraw(uint256[] calldata requestIds) external returns (uint256 assets);

    // ------------------------------------------------------------------ settlement hooks

    /// @notice Slashes `bps` of the stake that backed a round: cuts `ceil(stakeAt(operator, roundStart) * bps /
    /// 10_000)` wei from the operator's **current** active and unbonding pools, in proportion to their assets and
    /// capped by them (docs/PROTOCOL.md §3), and sends it to the slash recipient. Only the settlement contract.
    /// Stake that joined after `roundStart` adds nothing to the amount; unbonding stake (even if it was requested
    /// after `roundStart`) bears its pro-rata part, so unstaking does not escape the slash. O(1) in holders and
    /// requests (a binary search over the operator's checkpoints); an unknown or empty operator is cut 0.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement;
    /// - `StakingVaultSlashTooHigh` above MAX_SLASH_BPS;
    /// - `StakingVaultSlashBaseInFuture` for a `roundStart` after the block's timestamp.
    /// With `A`, `U` the pools' assets and `amount` as above: `(activeCut, unbondingCut) = (A, U)` if
    /// `amount >= A + U`, else `activeCut = ceil(amount * A / (A + U))` and `unbondingCut = amount - activeCut`.
    /// @param operator the operator whose pools are cut.
    /// @param bps rate of the base to cut, in bps, <= MAX_SLASH_BPS.
    /// @param roundStart the offending round's start, in seconds (unix), <= now; the base is the active stake
    /// at that time (`stakeAt`), in wei.
    /// @param ref the settlement's reference of the offence (e.g. a round id hash), only logged.
    /// @return activeCut wei taken from the active pool.
    /// @return unbondingCut wei taken from the unbonding pool.
    function slash(address operator, uint256 bps, uint256 roundStart, bytes32 ref)
        external
        returns (uint256 activeCut, uint256 unbondingCut);

    /// @notice Blocks withdrawals from `operator`'s unbonding pool while a slash of it is proposed. Counts nested
    /// locks. Only the settlement contract.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement.
    /// @param operator the operator whose withdrawals wait.
    function lockWithdrawals(address operator) external;

    /// @notice Releases one lock taken by `lockWithdrawals`. Only the settlement contract.
    /// @dev Reverts with:
    /// - `SettlementHookNotSettlement` for any caller but the settlement;
    /// - `StakingVaultNoPendingSlash` if the operator holds no lock.
    /// @param operator the operator whose lock is released.
    function unlockWithdrawals(address operator) external;

    // ------------------------------------------------------------------ views

    /// @notice The stake (and reward) token.
    /// @return the ERC-20 staked here.
    function token() external view returns (IERC20);

    /// @notice Where slashed tokens go.
    /// @return the slash recipient.
    function slashRecipient() external view returns (address);

    /// @notice How long an unstake request waits before it can be withdrawn.
    /// @return seconds.
    function UNBONDING_PERIOD() external view returns (uint256);

    /// @notice How long a commission increase waits before it applies (>= UNBONDING_PERIOD).
    /// @return seconds.
    function COMMISSION_DELAY() external view returns (uint256);

    /// @notice The longest round a task may have.
    /// @return seconds.
    function MAX_ROUND_DURATION() external view returns (uint256);

    /// @notice How long after a round's end its result may be proposed.
    /// @return seconds.
    function RESULT_DEADLINE() external view returns (uint256);

    /// @notice How long a proposed result stays open to challenge.
    /// @return seconds.
    function CHALLENGE_WINDOW() external view returns (uint256);

    /// @notice The largest slash one result may apply.
    /// @return bps.
    function MAX_SLASH_BPS() external view returns (uint256);

    /// @notice The largest commission an operator may set.
    /// @return bps.
    function MAX_COMMISSION_BPS() external view returns (uint256);

    /// @notice Whether `operator` has registered.
    /// @param operator the account.
    /// @return true once `registerOperator` succeeded (never cleared).
    function isOperator(address operator) external view returns (bool);

    /// @notice The operator's commission now.
    /// @param operator the operator.
    /// @return commission in force now, in bps.
    function commissionOf(address operator) external view returns (uint256);

    /// @notice The operator's commission at a past (or future) time, as the aggregator reads it at a round's start.
    /// @param operator the operator.
    /// @param timestamp seconds (unix).
    /// @return commission in force at `timestamp` (seconds), in bps; exact for any past time, and includes a staged
    /// increase for `timestamp >= effectiveAt`. 0 before registration.
    function commissionAt(address operator, uint256 timestamp) external view returns (uint256);

    /// @notice The operator's staged commission increase, if any.
    /// @param operator the operator.
    /// @return bps the staged commission (0 if none), in bps.
    /// @return effectiveAt seconds (unix) from which it applies (0 if none).
    function pendingCommission(address operator) external view returns (uint256 bps, uint256 effectiveAt);

    /// @notice The operator's active stake now.
    /// @param operator the operator.
    /// @return active stake of the operator's pool now, in wei (self-stake plus delegations).
    function stakeOf(address operator) external view returns (uint256);

    /// @notice The operator's active stake at a given time (checkpointed on every change).
    /// @param operator the operator.
    /// @param timestamp seconds (unix).
    /// @return active stake of the operator's pool at `timestamp` (seconds; checkpointed), in wei: the value after the
    /// last change in a block with timestamp <= `timestamp`. For a future timestamp, the current value (may change).
    function stakeAt(address operator, uint256 timestamp) external view returns (uint256);

    /// @notice An account's active shares in an operator's pool.
    /// @param operator the operator.
    /// @param account the holder.
    /// @return shares held (the operator's own self-stake included when `account == operator`).
    function sharesOf(address operator, address account) external view returns (uint256);

    /// @notice All active shares of an operator's pool.
    /// @param operator the operator.
    /// @return Σ shares of all holders (without the virtual offset).
    function totalShares(address operator) external view returns (uint256);

    /// @notice The operator's unbonding pool.
    /// @param operator the operator.
    /// @return assets wei in the unbonding pool.
    /// @return shares the unbonding pool's total shares.
    function unbondingOf(address operator) external view returns (uint256 assets, uint256 shares);

    /// @notice What active-pool shares are worth now.
    /// @param operator the operator.
    /// @param shares active-pool shares.
    /// @return wei value of `shares` of the operator's active pool (rounded down).
    function convertToAssets(address operator, uint256 shares) external view returns (uint256);

    /// @notice How many shares a stake would mint now.
    /// @param operator the operator.
    /// @param assets wei to stake.
    /// @return shares minted for staking `assets` wei now (rounded down).
    function previewStake(address operator, uint256 assets) external view returns (uint256);

    /// @notice An unstake request.
    /// @param requestId the id `requestUnstake` returned.
    /// @return the request (all zero once withdrawn or if never issued).
    function getRequest(uint256 requestId) external view returns (UnstakeRequest memory);

    /// @notice What a request would pay if withdrawn now (after any slash so far).
    /// @param requestId the id.
    /// @return wei a request would pay now (rounded down; 0 for an unknown or withdrawn id).
    function requestValue(uint256 requestId) external view returns (uint256);

    /// @notice How many live proposals would slash this operator; withdrawals from its unbonding pool wait while > 0.
    /// @param operator the operator.
    /// @return the number of pending slash locks.
    function pendingSlashes(address operator) external view returns (uint256);

    /// @notice The id the next unstake request will get.
    /// @return the next request id (ids start at 1).
    function nextRequestId() external view returns (uint256);
}
