// The contract ABIs the node uses. Bridge until the SDK's generated ABIs (src/sdk/abis.ts) are merged.
import { parseAbi } from "viem";

/** StakingVault events and views the indexer needs. */
export const stakingVaultAbi = parseAbi([
  "event SharesChanged(address indexed operator, address indexed account, uint256 accountShares, uint256 poolShares, uint256 poolAssets)",
  "event OperatorRegistered(address indexed operator, uint256 commissionBps, string metadataURI)",
  "function totalShares(address operator) view returns (uint256)",
  "function stakeAt(address operator, uint256 timestamp) view returns (uint256)",
  "function commissionAt(address operator, uint256 timestamp) view returns (uint256)",
]);

/** TaskRegistry events and views the indexer needs. */
export const taskRegistryAbi = parseAbi([
  "event TaskJoined(uint256 indexed taskId, address indexed operator, uint8 role)",
  "event TaskLeft(uint256 indexed taskId, address indexed operator, uint8 role)",
  "struct Task { address creator; uint64 startTime; uint64 roundDuration; uint32 numRounds; uint32 activeRounds; bool cancelled; uint256 rewardPerRound; uint256 minTrainerStake; uint256 minValidatorStake; bytes32 specHash; uint256 escrow; uint256 refundable; }",
  "function getTask(uint256 taskId) view returns (Task)",
  "function roundWindow(uint256 taskId, uint256 round) view returns (uint256 start, uint256 end)",
  "function participantRole(uint256 taskId, uint256 round, address operator) view returns (uint8)",
]);

/** RoundSettlement events (indexed for the committee and guardian loops). */
export const roundSettlementAbi = parseAbi([
  "event ResultChallenged(uint256 indexed taskId, uint256 indexed round, bytes32 digest, address guardian, string reason)",
  "event RoundFinalized(uint256 indexed taskId, uint256 indexed round, bytes32 rewardsRoot, uint256 totalReward, bytes32 bundleHash)",
  "event RoundSkipped(uint256 indexed taskId, uint256 indexed round)",
]);

/** RewardDistributor events. */
export const rewardDistributorAbi = parseAbi([
  "event RootUpdated(uint256 indexed taskId, uint256 indexed round, bytes32 root, uint256 added, uint256 allocated)",
  "event Claimed(uint256 indexed taskId, address indexed account, uint256 amount, uint256 cumulativeAmount)",
]);
