// The chain layer's errors live in the one AerieError hierarchy (src/lib/errors.ts); re-exported for its modules.
export { AddressBookError, ContractRevertError, DeployConfigError, PreconditionError } from "../lib/errors";
