// Roles and round statuses of the Aerie contracts, so no caller writes a magic number.

/** A participant's role in a task; mirrors `ITaskRegistry.Role` (uint8 on chain). */
export enum Role {
  None = 0,
  Trainer = 1,
  Validator = 2,
}

/** The role names the CLI and JSON outputs use. */
export type RoleName = "none" | "trainer" | "validator";

/**
 * Converts an on-chain role (uint8) to {@link Role}.
 * @throws RangeError for a value the contract never returns.
 */
export function toRole(value: number): Role {
  switch (value) {
    case Role.None:
      return Role.None;
    case Role.Trainer:
      return Role.Trainer;
    case Role.Validator:
      return Role.Validator;
    default:
      throw new RangeError(`unknown role ${value}: the contract knows 0 (none), 1 (trainer), 2 (validator)`);
  }
}

/** The lower-case name of a role: `trainer`, `validator` or `none`. */
export function roleName(role: Role): RoleName {
  switch (role) {
    case Role.Trainer:
      return "trainer";
    case Role.Validator:
      return "validator";
    case Role.None:
      return "none";
  }
}

/**
 * Parses a role name (`trainer`, `validator`, case-insensitive) into {@link Role}.
 * @throws RangeError naming the accepted values.
 */
export function parseRole(name: string): Role.Trainer | Role.Validator {
  switch (name.trim().toLowerCase()) {
    case "trainer":
      return Role.Trainer;
    case "validator":
      return Role.Validator;
    default:
      throw new RangeError(`unknown role '${name}': use trainer or validator`);
  }
}

/** A round's settlement state as stored on chain; mirrors `IRoundSettlement.RoundStatus` (uint8). */
export enum SettlementStatus {
  /** No live result (never proposed, or its proposal was challenged). */
  None = 0,
  Proposed = 1,
  Finalized = 2,
  Skipped = 3,
}

/**
 * Converts an on-chain settlement status (uint8) to {@link SettlementStatus}.
 * @throws RangeError for a value the contract never returns.
 */
export function toSettlementStatus(value: number): SettlementStatus {
  switch (value) {
    case SettlementStatus.None:
      return SettlementStatus.None;
    case SettlementStatus.Proposed:
      return SettlementStatus.Proposed;
    case SettlementStatus.Finalized:
      return SettlementStatus.Finalized;
    case SettlementStatus.Skipped:
      return SettlementStatus.Skipped;
    default:
      throw new RangeError(`unknown round status ${value}: the contract knows 0..3`);
  }
}

/**
 * A round's status as a user sees it: the on-chain {@link SettlementStatus} refined by chain time
 * (see `getRoundStatus`).
 */
export enum RoundStatus {
  /** The round has not started (chain time < roundStart). */
  Pending = "pending",
  /** The round is under way (roundStart <= chain time < roundEnd). */
  Running = "running",
  /** The round ended and has no live result; it can be proposed (if earlier rounds are settled) until its deadline. */
  AwaitingResult = "awaitingResult",
  /** A result is proposed and its challenge window is open. */
  Proposed = "proposed",
  /** A result is proposed and its challenge window has closed: anyone may finalize it. */
  Finalizable = "finalizable",
  /** The result is final; its rewards can be claimed. */
  Finalized = "finalized",
  /** The round passed roundEnd + RESULT_DEADLINE without a final result: anyone may skip it. */
  Skippable = "skippable",
  /** The round was skipped; its budget is refundable to the task's creator. */
  Skipped = "skipped",
}
