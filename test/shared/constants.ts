// The protocol constants every test compares the contracts against, written once (docs/CONVENTIONS.md §19). Each value is the
// docs/PROTOCOL.md §8 default a local deployment uses, or a hard cap the contracts declare as a constant. Tests import
// them from here (or from a fixture module that re-exports them) instead of writing the numbers again.
import type { IStakingVault } from "../../typechain-types/contracts/StakingVault";

// ------------------------------------------------------------------ units

/** One day, in seconds. */
export const DAY = 86_400n;
/** One whole token of 18 decimals, in wei. */
export const ONE = 10n ** 18n;
/** Denominator of a rate in bps. */
export const BPS = 10_000n;

// ------------------------------------------------------------------ StakingVault parameters (docs/PROTOCOL.md §8)

/** Seconds an unstake request waits before it can be withdrawn. */
export const UNBONDING_PERIOD = 14n * DAY;
/** Seconds a commission increase waits before it applies. */
export const COMMISSION_DELAY = 14n * DAY;
/** Longest round a task may have, in seconds. */
export const MAX_ROUND_DURATION = 7n * DAY;
/** Seconds after a round's end within which its result must be proposed. */
export const RESULT_DEADLINE = 3n * DAY;
/** Seconds the guardian has to challenge a proposed result. */
export const CHALLENGE_WINDOW = 1n * DAY;
/** Highest slash a result may apply to one operator, in bps. */
export const MAX_SLASH_BPS = 5_000n;
/** Highest commission an operator may charge, in bps. */
export const MAX_COMMISSION_BPS = 5_000n;

/**
 * The docs/PROTOCOL.md §8 defaults as the `IStakingVault.Params` constructor struct: 14 d unbonding, 14 d commission
 * delay, 7 d max round, 3 d result deadline, 1 d challenge window, 5,000 bps caps. Times in seconds, caps in bps.
 */
export const DEFAULT_PARAMS = {
  unbondingPeriod: UNBONDING_PERIOD,
  commissionDelay: COMMISSION_DELAY,
  maxRoundDuration: MAX_ROUND_DURATION,
  resultDeadline: RESULT_DEADLINE,
  challengeWindow: CHALLENGE_WINDOW,
  maxSlashBps: MAX_SLASH_BPS,
  maxCommissionBps: MAX_COMMISSION_BPS,
} as const satisfies IStakingVault.ParamsStruct;

/** The `IStakingVault.Params` struct with every field a bigint (seconds, bps). */
export type Params = { -readonly [K in keyof typeof DEFAULT_PARAMS]: bigint };

// ------------------------------------------------------------------ hard caps (contract constants)

/** `StakingVault.MAX_WITHDRAW_BATCH`: request ids one `withdraw` call may take. */
export const MAX_WITHDRAW_BATCH = 100n;
/** `RoundSettlement.MAX_SLASHES`: slashes one result may carry. */
export const MAX_SLASHES = 64n;
/** `RoundSettlement.MAX_COMMITTEE_SIZE`: members a committee may have. */
export const MAX_COMMITTEE_SIZE = 32n;
/** The highest score a validator may give (docs/PROTOCOL.md §7: scores are integers in `[0, MAX_SCORE]`). */
export const MAX_SCORE = 1_000_000n;

// ------------------------------------------------------------------ SharesMath (contracts/libraries/SharesMath.sol)

/** Virtual shares every pool starts with. */
export const VIRTUAL_SHARES = 1_000_000n;
/** Virtual assets every pool starts with, in wei. */
export const VIRTUAL_ASSETS = 1n;

// ------------------------------------------------------------------ enums

/** `ITaskRegistry.Role`. */
export const Role = { None: 0n, Trainer: 1n, Validator: 2n } as const;
/** `IRoundSettlement.RoundStatus`. */
export const RoundStatus = { None: 0n, Proposed: 1n, Finalized: 2n, Skipped: 3n } as const;

// ------------------------------------------------------------------ cryptography

/** Order of the secp256k1 group: private keys are in `[1, N - 1]`; `s > N / 2` is a signature's malleable twin. */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
