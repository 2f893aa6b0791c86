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
  recoverScoresCommitSigner,
  recoverScoresSigner,
  recoverSubmissionSigner,
  SCORES_COMMIT_TYPES,
  scoresCommitment,
  signScoresCommit,
  ROUND_RESULT_TYPES,
  SCORES_TYPES,
  settlementDomain,
  signRoundResult,
  signScores,
  signSubmission,
  SUBMISSION_TYPES,
  MODEL_UPDATE_TYPES,
  VOTE_COMMIT_TYPES,
  VOTE_TYPES,
  recoverModelUpdateSigner,
  recoverVoteCommitSigner,
  recoverVoteSigner,
  signModelUpdate,
  signVote,
  signVoteCommit,
  voteCommitment,
  type ModelUpdate,
  type Vote,
  type VoteCommit,
  type AerieTypedDataDomain,
  type RoundResult,
  type Scores,
  type ScoresCommit,
  type Slash,
  type Submission,
} from "../lib/eip712";
export { parseTaskSpecWith, specHash, specInt, taskSpecError, TaskSpecFile, type PolicySpecCheck } from "../lib/taskSpec";
export { parseTaskSpec } from "./taskSpec";
export { BPS, MAX_SCORE } from "./constants";
export { checkPolicySpec, DEFAULT_POLICY_ID, getPolicy, policyIds } from "./policy/registry";
export { parsePolicyObject } from "./policy/params";
export { absBigint, maxBigint, proRata, weightedMedian } from "./policy/math";
export type {
  Policy,
  PolicyContext,
  PolicyMessageKind,
  PolicyMessages,
  PolicyParticipant,
  PolicyResult,
} from "./policy/types";
export {
  AERIE_CONSENSUS_V2,
  aerieConsensusV2,
  aerieConsensusV2Policy,
  CONTESTED_FLAG,
  MAX_ROUND_SLASH_BPS,
  type ConsensusV2Params,
  type ConsensusV2Report,
  type ConsensusV2State,
  type ConsensusV2Trainer,
  type ConsensusV2Validator,
} from "./policy/aerieConsensusV2";
export {
  AERIE_CONSENSUS_V1,
  aerieConsensusV1,
  aerieConsensusV1Policy,
  type PolicyInput,
  type PolicyOutput,
  type PolicyParams,
  type PolicyTrainer,
  type PolicyTrainerResult,
  type PolicyValidator,
  type PolicyValidatorResult,
} from "./policy/aerieConsensusV1";
export { exp2Fixed, FIXED_ONE, FIXED_POINT_BITS, isqrt, log2Fixed, powFrac } from "./policy/fixedPoint";
export {
  computeFlockArena,
  FLOCK_ARENA_V1,
  flockArenaV1,
  FlockArenaParamsSchema,
  groupPools,
  RANK_ONE,
  type FlockArenaParams,
} from "./policy/flockArenaV1";
export {
  computeFlAlliance,
  drawFlRoles,
  FL_ROLE_PROPOSER,
  FL_ROLE_VOTER,
  FLOCK_FL_ALLIANCE_V1,
  flockFlAllianceV1,
  FlockFlAllianceParamsSchema,
  MAX_VOTE,
  type FlockFlAllianceParams,
  type FlRole,
} from "./policy/flockFlAllianceV1";
export {
  FL_REJECTION_CODES,
  parseModelUpdateMessage,
  parseVoteCommitMessage,
  parseVoteMessage,
  selectModelUpdates,
  selectVotes,
  WireModelUpdate,
  WireVote,
  WireVoteCommit,
  type FlSelectionContext,
  type SelectModelUpdatesParameters,
  type SelectModelUpdatesReturnType,
  type SelectVotesParameters,
  type SelectVotesReturnType,
  type SignedModelUpdate,
  type SignedVote,
  type SignedVoteCommit,
} from "./messagesFl";
export { roundDrawSeed } from "./seed";
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
  type SignedScoresCommit,
  type SignedSubmission,
  type SignatureRecoverer,
  viemRecoverer,
} from "./messages";
export { hashCanonical, type HashCanonicalReturnType } from "./bundleStream";
export { checksumAddress } from "./checksum";
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
  previousFromBundle,
  ROUND_BUNDLE_SCHEMA,
  ROUND_BUNDLE_SCHEMA_V2,
  ROUND_BUNDLE_SCHEMA_V3,
  MAX_ROUND_ACCOUNTS,
  type CumulativeEntry,
  type RoundBundle,
  type RoundClaim,
  type RoundContracts,
  type RoundInputs,
  type RoundOutput,
  type ComputeRoundOptions,
  type RoundParticipant,
} from "./round";
export {
  assertBundle,
  bundleHashOf,
  bundleToInputs,
  firstChainInputDifference,
  firstDifference,
  MESSAGE_INPUT_KEYS,
  verifyBundle,
  type VerifyBundleOptions,
  type VerifyBundleReturnType,
} from "./verify";
export { checkPreviousHistory, type CheckPreviousHistoryReturnType, type FinalizedHistory } from "./history";
