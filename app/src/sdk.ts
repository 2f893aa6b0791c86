// The SDK modules the browser may use: typed ABIs, enums, revert decoding and the viem-style actions. The SDK's
// index also exports the address-book file I/O and deployment (node:fs), which must stay out of the bundle.
export { stakingVaultAbi, taskRegistryAbi, rewardDistributorAbi, roundSettlementAbi, aerieTestTokenAbi, aerieErrorsAbi } from "../../src/sdk/abis";
export { Role, RoundStatus, roleName } from "../../src/sdk/enums";
export { ContractRevertError, PreconditionError, decodeRevert } from "../../src/sdk/errors";
export { AerieError } from "../../src/lib/errors";
export type { AerieAddresses } from "../../src/sdk/addressBook";
export type { AerieClient, AerieWalletClient } from "../../src/sdk/types";
export { approve } from "../../src/sdk/actions/approve";
export { getAllowance } from "../../src/sdk/actions/getAllowance";
export { stake } from "../../src/sdk/actions/stake";
export { stakeWithPermit, signPermit } from "../../src/sdk/actions/stakeWithPermit";
export { requestUnstake } from "../../src/sdk/actions/requestUnstake";
export { withdraw } from "../../src/sdk/actions/withdraw";
export { claim } from "../../src/sdk/actions/claim";
export { claimMany } from "../../src/sdk/actions/claimMany";
export { claimAndRestake } from "../../src/sdk/actions/claimAndRestake";
export { cancelTask } from "../../src/sdk/actions/cancelTask";
export { withdrawRefund } from "../../src/sdk/actions/withdrawRefund";
export { registerOperator } from "../../src/sdk/actions/registerOperator";
export { setCommission } from "../../src/sdk/actions/setCommission";
export { joinTask } from "../../src/sdk/actions/joinTask";
export { leaveTask } from "../../src/sdk/actions/leaveTask";
export { getRoundStatus } from "../../src/sdk/actions/getRoundStatus";
export type { GetRoundStatusReturnType } from "../../src/sdk/actions/getRoundStatus";
export type { ClaimManyItem } from "../../src/sdk/actions/claimMany";
// getClaimable (merkle-tree, zod) is imported by the Rewards page straight from its module, so that weight stays in
// that page's chunk.
