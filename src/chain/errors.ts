// The chain layer's errors are the SDK's (src/sdk/errors.ts), all in the one AerieError hierarchy.
export { AddressBookError, ContractRevertError, DeployConfigError, PreconditionError } from "../sdk/errors";
