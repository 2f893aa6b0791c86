// The ONE deliberate, independent copy of Aerie's EIP-712 type strings in the repository's tests. It is written
// by hand from the protocol (docs/DESIGN.md "Off-chain messages"), not derived from src/lib/eip712.ts or the
// contracts, so that test/eip712.crosscheck.test.ts catches a change to either side that the other did not make.
// Every other test signs and hashes with the production types (test/shared/eip712.ts). When the protocol changes
// a message, change this file by hand, after reading the new definition.

/** The EIP-712 domain type every Aerie message is signed under. */
export const EIP712_DOMAIN_TYPE = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

/** A trainer's model submission for one round, signed under the TaskRegistry domain. */
export const SUBMISSION_TYPE = "Submission(uint256 taskId,uint256 round,address trainer,bytes32 modelHash,string modelURI)";

/** A validator's scores for one round, signed under the TaskRegistry domain. */
export const SCORES_TYPE = "Scores(uint256 taskId,uint256 round,address validator,address[] trainers,uint256[] scores)";

/** The round result the committee signs, verified by RoundSettlement under its own domain. */
export const ROUND_RESULT_TYPE =
  "RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash,string bundleURI)";

/** The domain names: `Submission` and `Scores` use the first, `RoundResult` the second; both at version "1". */
export const AERIE_DOMAIN_NAME = "Aerie";
export const SETTLEMENT_DOMAIN_NAME = "Aerie RoundSettlement";
export const DOMAIN_VERSION = "1";
