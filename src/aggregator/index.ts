// Public API of the Aerie aggregator core: pure functions, no I/O (docs/PROTOCOL.md §7).

export {
  AerieError,
  BundleMismatchError,
  CanonicalJsonError,
  InvalidBundleError,
  InvalidInputError,
  InvalidMessageError,
  InvalidTaskSpecError,
  SpecHashMismatchError,
  type AerieErrorParameters,
} from "../lib/errors";
export { canonicalHash, canonicalJson, toJsonValue, type JsonValue } from "../lib/canonical";
export {
  aerieDomain,
  hashRoundResult,
  hashSlashes,
  recoverRoundResultSigner,
  recoverScoresSigner,
  recoverSubmissionSigner,
  ROUND_RESULT_TYPES,
  SCORES_TYPES,
  settlementDomain,
  signRoundResult,
  signScores,
  signSubmission,
  SUBMISSION_TYPES,
  type AerieTypedDataDomain,
  type RoundResult,
  type Scores,
  type Slash,
  type Submission,
} from "../lib/eip712";
export { parseTaskSpec, specHash, TaskSpecFile } from "../lib/taskSpec";
export {
  AERIE_CONSENSUS_V1,
  aerieConsensusV1,
  BPS,
  MAX_SCORE,
  type PolicyInput,
  type PolicyOutput,
  type PolicyParams,
  type PolicyTrainer,
  type PolicyTrainerResult,
  type PolicyValidator,
  type PolicyValidatorResult,
} from "./policy/aerieConsensusV1";
export {
  splitOperatorReward,
  type ShareHolding,
  type SplitOperatorRewardParameters,
  type SplitOperatorRewardReturnType,
} from "./split";
export {
  parseScoresMessage,
  parseSubmissionMessage,
  selectScores,
  selectSubmissions,
  sortRejections,
  type ParticipantRole,
  type Rejection,
  type SelectScoresParameters,
  type SelectScoresReturnType,
  type SelectSubmissionsParameters,
  type SelectSubmissionsReturnType,
  type SignedScores,
  type SignedSubmission,
} from "./messages";
export {
  buildRewardsTree,
  proofFor,
  REWARD_LEAF_ENCODING,
  rewardLeafHash,
  ZERO_ROOT,
  type BuildRewardsTreeReturnType,
  type RewardLeafValue,
  type RewardsTree,
} from "./merkle";
export {
  buildRewardsTree as buildFastRewardsTree,
  type FastRewardsTree,
  type FastTreeDump,
  type FastTreeEntry,
} from "./fastTree";
export {
  computeRound,
  ROUND_BUNDLE_SCHEMA,
  type CumulativeEntry,
  type RoundBundle,
  type RoundClaim,
  type RoundContracts,
  type RoundInputs,
  type RoundOutput,
  type ComputeRoundOptions,
  type RoundParticipant,
} from "./round";
export { assertBundle, bundleHashOf, bundleToInputs, firstDifference, verifyBundle, type VerifyBundleReturnType } from "./verify";
export { checkPreviousHistory, type CheckPreviousHistoryReturnType, type FinalizedHistory } from "./history";
