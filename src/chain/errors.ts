import { AerieError } from "../lib/errors";

/** The address book is missing, malformed, or points at addresses without the expected code. */
export class AddressBookError extends AerieError {
  override name = "AddressBookError";
}

/** Deployment parameters (config/deploy.json) are missing or invalid for the chosen network. */
export class DeployConfigError extends AerieError {
  override name = "DeployConfigError";
}

/** A transaction reverted; `shortMessage` carries the decoded custom error and its arguments. */
export class ContractRevertError extends AerieError {
  override name = "ContractRevertError";
}

/** A precondition a script checks before sending a transaction (balance, allowance, timing). */
export class PreconditionError extends AerieError {
  override name = "PreconditionError";
}
