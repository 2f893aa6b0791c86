// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IStakingVault
/// @notice Holds the stake of Aerie operators and their delegators (docs/PROTOCOL.md §3).
/// Each operator has an *active pool* (shares over assets, with a virtual offset) and an
/// *unbonding pool* (also shares over assets). Both pools are slashable; a slash cuts assets,
/// never shares, so it costs O(1) whatever the number of delegators.
/// @dev Token assumption: a plain ERC-20 without transfer fees or rebasing. Incoming transfers are
/// checked by balance delta and refused with `TokenTransferShortfall` otherwise.
/// All amounts are in wei of the stake token, all rates in bps (1/10_000), all times in seconds.
interface IStakingVault {
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
    struct UnstakeRequest {
        address owner;
        address operator;
        uint64 unlockTime;
        uint256 shares;
    }

    // ------------------------------------------------------------------ errors

    /// @notice An address argument (token, owner, recipient, settlement, account) was zero.
    error StakingVaultZeroAddress();
    /// @notice An amount, share count or id list was empty.
    error StakingVaultZeroAmount();
    /// @notice Constructor parameter `param` is `value`, beyond its `bound`.
    error StakingVaultInvalidParams(string param, uint256 value, uint256 bound);
    /// @notice `unbondingPeriod` (seconds) < `required` = maxRoundDuration + resultDeadline + challengeWindow.
    error StakingVaultUnbondingTooShort(uint256 unbondingPeriod, uint256 required);
    error StakingVaultAlreadyRegistered(address operator);
    error StakingVaultNotRegistered(address operator);
    error StakingVaultCommissionTooHigh(uint256 commissionBps, uint256 maxCommissionBps);
    /// @notice `commissionBps` is already the current commission (nothing staged) or the staged one.
    error StakingVaultCommissionUnchanged(uint256 commissionBps);
    /// @notice Staking `amount` wei (or unbonding it) would mint 0 shares.
    error StakingVaultZeroShares(address operator, uint256 amount);
    error StakingVaultInsufficientShares(address operator, address account, uint256 available, uint256 required);
    error StakingVaultUnknownRequest(uint256 requestId);
    error StakingVaultNotRequestOwner(uint256 requestId, address owner, address caller);
    /// @notice The request unlocks at `unlockTime`; it is `timestamp` now (seconds).
    error StakingVaultRequestLocked(uint256 requestId, uint256 unlockTime, uint256 timestamp);
    /// @notice `pendingSlashes` proposed slashes of `operator` are not yet resolved; its withdrawals wait.
    error StakingVaultSlashPending(address operator, uint256 pendingSlashes);
    error StakingVaultSlashTooHigh(uint256 bps, uint256 maxSlashBps);
    error StakingVaultNoPendingSlash(address operator);
    error StakingVaultTooManyRequests(uint256 count, uint256 max);
    error StakingVaultNotSettlement(address caller);
    error StakingVaultSettlementAlreadySet(address settlement);

    // ------------------------------------------------------------------ events

    event SettlementSet(address indexed settlement);
    event SlashRecipientSet(address indexed recipient);
    event OperatorRegistered(address indexed operator, uint256 commissionBps, string metadataURI);
    event OperatorMetadataSet(address indexed operator, string metadataURI);
    /// @notice Commission changed with immediate effect (a decrease, or registration).
    event CommissionSet(address indexed operator, uint256 commissionBps);
    /// @notice A commission increase was staged; it applies from `effectiveAt` (seconds).
    event CommissionIncreaseQueued(address indexed operator, uint256 commissionBps, uint256 effectiveAt);
    event Staked(address indexed operator, address indexed account, address payer, uint256 assets, uint256 shares);
    /// @notice Emitted on every change of an account's active shares, with absolute values after it:
    /// replaying these events rebuilds every account's stake at any block.
    event SharesChanged(
        address indexed operator, address indexed account, uint256 accountShares, uint256 poolShares, uint256 poolAssets
    );
    event UnstakeRequested(
        uint256 indexed requestId,
        address indexed operator,
        address indexed account,
        uint256 shares,
        uint256 assets,
        uint256 unbondingShares,
        uint256 unlockTime
    );
    event Withdrawn(uint256 indexed requestId, address indexed operator, address indexed account, uint256 assets);
    event Slashed(
        address indexed operator, bytes32 indexed ref, uint256 bps, uint256 activeCut, uint256 unbondingCut, address recipient
    );
    event WithdrawalsLocked(address indexed operator, uint256 pendingSlashes);
    event WithdrawalsUnlocked(address indexed operator, uint256 pendingSlashes);

    // ------------------------------------------------------------------ wiring and governance

    /// @notice Binds the RoundSettlement contract, once. Only the owner; reverts
    /// `StakingVaultSettlementAlreadySet` on a second call, `StakingVaultZeroAddress` for 0.
    /// @param settlement the contract allowed to call `slash`, `lockWithdrawals` and `unlockWithdrawals`.
    function setSettlement(address settlement) external;

    /// @notice Sets where slashed tokens go. Only the owner.
    /// @param recipient receiver of slashed tokens. Reverts `StakingVaultZeroAddress` for 0,
    /// `OwnableUnauthorizedAccount` for anyone but the owner.
    function setSlashRecipient(address recipient) external;

    // ------------------------------------------------------------------ operators

    /// @notice Registers the caller as an operator.
    /// @param commissionBps share of the operator's rewards it keeps, in bps (<= MAX_COMMISSION_BPS).
    /// @param metadataURI where the operator describes itself (free text, only logged).
    /// @dev Reverts `StakingVaultAlreadyRegistered`, `StakingVaultCommissionTooHigh`.
    function registerOperator(uint256 commissionBps, string calldata metadataURI) external;

    /// @notice Updates the caller's metadata URI (only logged). Reverts `StakingVaultNotRegistered`.
    /// @param metadataURI where the operator describes itself.
    function setMetadataURI(string calldata metadataURI) external;

    /// @notice Changes the caller's commission: a decrease applies now (and cancels a staged
    /// increase); an increase applies after COMMISSION_DELAY seconds.
    /// Setting it back to the current value while an increase is staged cancels that increase (emits
    /// `CommissionSet`). A staged increase whose time has come is in force without a transaction.
    /// @param commissionBps the new commission, in bps.
    /// @dev Reverts `StakingVaultNotRegistered`, `StakingVaultCommissionTooHigh`, `StakingVaultCommissionUnchanged`
    /// (equal to the current value with nothing staged, or to the staged value).
    function setCommission(uint256 commissionBps) external;

    // ------------------------------------------------------------------ staking

    /// @notice Stakes `amount` wei to `operator` for the caller (self-stake if the caller is the operator).
    /// Shares minted: `floor(amount * (totalShares + 1e6) / (stakeOf + 1))`.
    /// @param operator a registered operator.
    /// @param amount wei pulled from the caller (needs an allowance).
    /// @return shares active-pool shares minted.
    /// @dev Reverts `StakingVaultNotRegistered`, `StakingVaultZeroAmount`, `StakingVaultZeroShares`,
    /// `TokenTransferShortfall` (token delivered less than `amount`).
    function stake(address operator, uint256 amount) external returns (uint256 shares);

    /// @notice Stakes `amount` wei, paid by the caller, to `operator` on behalf of `account`.
    /// @param account receiver of the shares (not 0: `StakingVaultZeroAddress`).
    /// @return shares active-pool shares minted to `account`.
    /// @dev Reverts as `stake`, plus `StakingVaultZeroAddress`.
    /// @param operator the operator whose pool is meant.
    /// @param amount wei to stake.
    function stakeFor(address operator, address account, uint256 amount) external returns (uint256 shares);

    /// @notice `stake` preceded by an EIP-2612 permit of the stake token (a failed permit is ignored
    /// if the allowance already suffices, so a front-run permit cannot block the stake).
    /// @param deadline permit deadline (seconds); v, r, s the owner's EIP-2612 signature for `amount` to this vault.
    /// @return shares active-pool shares minted.
    /// @dev Reverts as `stake`; with a failed permit and no allowance, the token's allowance error.
    /// @param operator the operator whose pool is meant.
    /// @param amount wei to stake.
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256 shares);

    /// @notice Burns `shares` of the caller's active shares in `operator`'s pool and moves their value
    /// into the unbonding pool; withdrawable after UNBONDING_PERIOD seconds, slashable until then.
    /// @param shares active-pool shares to burn; their value `floor(shares * (stakeOf + 1) / (totalShares + 1e6))`
    /// wei buys unbonding-pool shares at the unbonding pool's price (rounded down).
    /// @return requestId the id to pass to `withdraw` (ids start at 1).
    /// @dev Reverts `StakingVaultZeroAmount`, `StakingVaultInsufficientShares`, `StakingVaultZeroShares` (the shares
    /// are worth 0 wei, or buy 0 unbonding shares).
    /// @param operator the operator whose pool is meant.
    function requestUnstake(address operator, uint256 shares) external returns (uint256 requestId);

    /// @notice Pays the caller the current (post-slash) value of its matured requests.
    /// @param requestIds at most MAX_WITHDRAW_BATCH ids, each owned by the caller and unlocked.
    /// @return assets wei paid (each request's unbonding shares valued at the current price, rounded down).
    /// @dev Reverts `StakingVaultZeroAmount` (no ids), `StakingVaultTooManyRequests` (more than MAX_WITHDRAW_BATCH =
    /// 100), `StakingVaultUnknownRequest` (never issued, already withdrawn or repeated), `StakingVaultNotRequestOwner`,
    /// `StakingVaultRequestLocked`, `StakingVaultSlashPending` (the operator has a pending slash lock).
    function withdraw(uint256[] calldata requestIds) external returns (uint256 assets);

    // ------------------------------------------------------------------ settlement hooks

    /// @notice Cuts `bps` of the operator's active and unbonding pools (each cut rounded up) and sends
    /// it to the slash recipient. Only the settlement contract. O(1); an unknown or empty operator is cut 0.
    /// @param bps rate to cut, <= MAX_SLASH_BPS; each cut is `ceil(poolAssets * bps / 10_000)`.
    /// @param ref the settlement's reference of the offence (e.g. a round id hash), only logged.
    /// @return activeCut wei taken from the active pool.
    /// @return unbondingCut wei taken from the unbonding pool.
    /// @dev Reverts `StakingVaultNotSettlement`, `StakingVaultSlashTooHigh`.
    /// @param operator the operator whose pool is meant.
    function slash(address operator, uint256 bps, bytes32 ref) external returns (uint256 activeCut, uint256 unbondingCut);

    /// @notice Blocks withdrawals from `operator`'s unbonding pool while a slash of it is proposed.
    /// Counts nested locks. Only the settlement contract (`StakingVaultNotSettlement`).
    /// @param operator the operator whose pool is meant.
    function lockWithdrawals(address operator) external;

    /// @notice Releases one lock taken by `lockWithdrawals`. Only the settlement contract.
    /// @dev Reverts `StakingVaultNotSettlement`, `StakingVaultNoPendingSlash` (no lock to release).
    /// @param operator the operator whose pool is meant.
    function unlockWithdrawals(address operator) external;

    // ------------------------------------------------------------------ views

    /// @notice The stake (and reward) token.
    /// @return the ERC-20 staked here.
    function token() external view returns (IERC20);

    /// @notice The RoundSettlement contract allowed to slash and lock withdrawals.
    /// @return the settlement's address (zero until wired).
    function settlement() external view returns (address);

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
    /// @return bps staged increase (0 if none) and `effectiveAt` (seconds).
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
    /// @return assets wei in the unbonding pool, and its total shares.
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
