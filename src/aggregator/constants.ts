// Units shared by every reward policy, the operator split and the message checks (docs/PROTOCOL.md §7).

/** Basis-point denominator: 10_000 bps = 100 %. */
export const BPS = 10_000n;

/** The highest score a validator may give (docs/PROTOCOL.md §7: scores are integers in `[0, MAX_SCORE]`). */
export const MAX_SCORE = 1_000_000n;
