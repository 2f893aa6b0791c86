// EIP-712 domains, types, signing and recovery of Aerie's off-chain messages (docs/DESIGN.md, "Off-chain messages").
import {
  encodeAbiParameters,
  hashStruct,
  hashTypedData,
  keccak256,
  recoverTypedDataAddress,
  type Address,
  type Hex,
} from "viem";
import type { LocalAccount } from "viem/accounts";

// ------------------------------------------------------------------ types

/** An EIP-712 domain as Aerie uses it (all four fields always present). */
export type AerieTypedDataDomain = {
  name: string;
  version: string;
  /** EIP-155 chain id. */
  chainId: number;
  verifyingContract: Address;
};

/** A trainer's model submission for one round (docs/PROTOCOL.md §7). Signed by `trainer`. */
export type Submission = {
  taskId: bigint;
  round: bigint;
  trainer: Address;
  /** 32-byte hash of the model artefact. */
  modelHash: Hex;
  /** Where the model can be fetched (ipfs://, https://…). */
  modelURI: string;
};

/**
 * A validator's scores for one round (docs/PROTOCOL.md §7). Signed by `validator`.
 * `scores[i]` is the score of `trainers[i]`, an integer in `[0, 1_000_000]`, higher is better.
 */
export type Scores = {
  taskId: bigint;
  round: bigint;
  validator: Address;
  trainers: Address[];
  scores: bigint[];
};

/**
 * A validator's commitment to its scores for one round (commit–reveal, docs/MECHANISM.md). Signed by `validator`
 * during the scoring window; the revealed {@link Scores}, with its salt, must hash to `commitment`
 * ({@link scoresCommitment}).
 */
export type ScoresCommit = {
  taskId: bigint;
  round: bigint;
  validator: Address;
  /** `scoresCommitment(scores, salt)`: 32 bytes. */
  commitment: Hex;
};

/**
 * An FL Alliance proposer's model update for one round (docs/MECHANISM.md, "flock-fl-alliance-v1"). Signed by
 * `proposer`, who must have been drawn as a proposer of the round.
 */
export type ModelUpdate = {
  taskId: bigint;
  round: bigint;
  proposer: Address;
  /** 32-byte hash of the update artefact. */
  updateHash: Hex;
  /** Where the update can be fetched (ipfs://, https://…). */
  updateURI: string;
};

/** An FL Alliance voter's commitment to its vote: `commitment = `{@link voteCommitment}`(vote, salt)`. Signed by `voter`. */
export type VoteCommit = {
  taskId: bigint;
  round: bigint;
  voter: Address;
  /** `voteCommitment(vote, salt)` of the {@link Vote} the voter will reveal: 32 bytes. */
  commitment: Hex;
};

/**
 * An FL Alliance voter's revealed vote on the round's aggregated update: an integer in `[−1_000_000, 1_000_000]`
 * (negative: reject). Signed by `voter`; revealed together with the salt of its commitment ({@link voteCommitment}).
 */
export type Vote = {
  taskId: bigint;
  round: bigint;
  voter: Address;
  vote: bigint;
};

/** The result the aggregator committee signs and RoundSettlement verifies (IRoundSettlement.RoundResult). */
export type RoundResult = {
  taskId: bigint;
  round: bigint;
  /** Cumulative Merkle root of the task after this round (all rounds so far). */
  rewardsRoot: Hex;
  /** Wei this round adds to the task's allocated rewards (≤ rewardPerRound). */
  totalReward: bigint;
  /** {@link hashSlashes} of the round's slashes. */
  slashesHash: Hex;
  /** keccak256 of the canonical round bundle. */
  bundleHash: Hex;
  /**
   * Where the bundle is published: `ipfs://<CID>`, `https://…`, or `file://<absolute path>` (local chains only).
   * Signed with the rest, so a proposal cannot re-point it; readers check the fetched bytes against `bundleHash`.
   */
  bundleURI: string;
};

/** A slash a result applies when finalized: `bps` basis points of `operator`'s pools (IRoundSettlement.Slash). */
export type Slash = { operator: Address; bps: bigint };

// ------------------------------------------------------------------ constants

/** EIP-712 types of `Submission(uint256 taskId,uint256 round,address trainer,bytes32 modelHash,string modelURI)`. */
export const SUBMISSION_TYPES = {
  Submission: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "trainer", type: "address" },
    { name: "modelHash", type: "bytes32" },
    { name: "modelURI", type: "string" },
  ],
} as const;

/** EIP-712 types of `Scores(uint256 taskId,uint256 round,address validator,address[] trainers,uint256[] scores)`. */
export const SCORES_TYPES = {
  Scores: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "validator", type: "address" },
    { name: "trainers", type: "address[]" },
    { name: "scores", type: "uint256[]" },
  ],
} as const;

/** EIP-712 types of `ScoresCommit(uint256 taskId,uint256 round,address validator,bytes32 commitment)`. */
export const SCORES_COMMIT_TYPES = {
  ScoresCommit: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "validator", type: "address" },
    { name: "commitment", type: "bytes32" },
  ],
} as const;

/** EIP-712 types of `ModelUpdate(uint256 taskId,uint256 round,address proposer,bytes32 updateHash,string updateURI)`. */
export const MODEL_UPDATE_TYPES = {
  ModelUpdate: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "proposer", type: "address" },
    { name: "updateHash", type: "bytes32" },
    { name: "updateURI", type: "string" },
  ],
} as const;

/** EIP-712 types of `VoteCommit(uint256 taskId,uint256 round,address voter,bytes32 commitment)`. */
export const VOTE_COMMIT_TYPES = {
  VoteCommit: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "voter", type: "address" },
    { name: "commitment", type: "bytes32" },
  ],
} as const;

/** EIP-712 types of `Vote(uint256 taskId,uint256 round,address voter,int256 vote)`. */
export const VOTE_TYPES = {
  Vote: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "voter", type: "address" },
    { name: "vote", type: "int256" },
  ],
} as const;

/**
 * EIP-712 types of
 * `RoundResult(uint256 taskId,uint256 round,bytes32 rewardsRoot,uint256 totalReward,bytes32 slashesHash,bytes32 bundleHash,string bundleURI)`.
 */
export const ROUND_RESULT_TYPES = {
  RoundResult: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "rewardsRoot", type: "bytes32" },
    { name: "totalReward", type: "uint256" },
    { name: "slashesHash", type: "bytes32" },
    { name: "bundleHash", type: "bytes32" },
    { name: "bundleURI", type: "string" },
  ],
} as const;

const SLASHES_ABI = [
  {
    type: "tuple[]",
    components: [
      { name: "operator", type: "address" },
      { name: "bps", type: "uint256" },
    ],
  },
] as const;

// ------------------------------------------------------------------ domains

/**
 * The domain of `Submission`, `Scores`, `ScoresCommit`, `ModelUpdate`, `VoteCommit` and `Vote`: `{name: "Aerie", version: "1", chainId, verifyingContract: registry}`.
 *
 * @param chainId EIP-155 chain id.
 * @param registry the TaskRegistry address.
 */
export function aerieDomain(chainId: number, registry: Address): AerieTypedDataDomain {
  return { name: "Aerie", version: "1", chainId, verifyingContract: registry };
}

/**
 * The domain of `RoundResult`: `{name: "Aerie RoundSettlement", version: "1", chainId, verifyingContract: settlement}`.
 *
 * @param chainId EIP-155 chain id.
 * @param settlement the RoundSettlement address.
 */
export function settlementDomain(chainId: number, settlement: Address): AerieTypedDataDomain {
  return { name: "Aerie RoundSettlement", version: "1", chainId, verifyingContract: settlement };
}

// ------------------------------------------------------------------ hashing

/**
 * `keccak256(abi.encode((address operator, uint256 bps)[]))`, the `slashesHash` of a RoundResult
 * (docs/DESIGN.md). The caller passes the slashes already sorted by operator ascending, as the contract requires.
 *
 * @param slashes the round's slashes (`bps` in basis points).
 * @returns the 32-byte hash (of an empty array if there are no slashes).
 */
export function hashSlashes(slashes: Slash[]): Hex {
  return keccak256(encodeAbiParameters(SLASHES_ABI, [slashes.map((s) => ({ operator: s.operator, bps: s.bps }))]));
}

/**
 * The commitment of a {@link ScoresCommit}: `keccak256(abi.encode(bytes32 hashStruct(Scores), bytes32 salt))`, where
 * `hashStruct(Scores)` is the EIP-712 struct hash of the revealed message (no domain: the struct already names the
 * task, round and validator, and the commit itself is signed under the domain). `salt` is 32 secret random bytes
 * the validator keeps until the reveal; without it the commitment reveals nothing about the scores.
 *
 * @param scores the Scores message that will be revealed.
 * @param salt 32 bytes.
 * @returns the 32-byte commitment, lowercase hex.
 */
export function scoresCommitment(scores: Scores, salt: Hex): Hex {
  const structHash = hashStruct({ data: scores, primaryType: "Scores", types: SCORES_TYPES });
  return keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [structHash, salt]));
}

/**
 * The EIP-712 digest the committee signs for `result` (what `IRoundSettlement.hashResult` returns).
 *
 * @param domain {@link settlementDomain} of the chain and RoundSettlement contract.
 */
export function hashRoundResult(domain: AerieTypedDataDomain, result: RoundResult): Hex {
  return hashTypedData({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result });
}

/**
 * The commitment of a {@link VoteCommit}: `keccak256(abi.encode(bytes32 hashStruct(Vote), bytes32 salt))`, the same
 * scheme as the scores commitment: the struct names task, round and voter; the commit itself is signed under the
 * domain. `salt` is 32 secret random bytes kept until the reveal; without it the commitment hides the vote.
 *
 * @param vote the Vote message that will be revealed.
 * @param salt 32 bytes.
 * @returns the 32-byte commitment, lowercase hex.
 */
export function voteCommitment(vote: Vote, salt: Hex): Hex {
  const structHash = hashStruct({ data: vote, primaryType: "Vote", types: VOTE_TYPES });
  return keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [structHash, salt]));
}

// ------------------------------------------------------------------ signing

/**
 * Signs a {@link Submission} with a local account (65-byte `r‖s‖v` signature, v ∈ {27, 28}).
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signSubmission(account: LocalAccount, domain: AerieTypedDataDomain, message: Submission): Promise<Hex> {
  return account.signTypedData({ domain, types: SUBMISSION_TYPES, primaryType: "Submission", message });
}

/**
 * Signs a {@link Scores} message with a local account.
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signScores(account: LocalAccount, domain: AerieTypedDataDomain, message: Scores): Promise<Hex> {
  return account.signTypedData({ domain, types: SCORES_TYPES, primaryType: "Scores", message });
}

/**
 * Signs a {@link ScoresCommit} with a validator's local account.
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signScoresCommit(account: LocalAccount, domain: AerieTypedDataDomain, message: ScoresCommit): Promise<Hex> {
  return account.signTypedData({ domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message });
}

/**
 * Signs a {@link RoundResult} with a committee member's local account.
 *
 * @param domain {@link settlementDomain} of the chain and RoundSettlement.
 */
export async function signRoundResult(account: LocalAccount, domain: AerieTypedDataDomain, result: RoundResult): Promise<Hex> {
  return account.signTypedData({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result });
}

/**
 * Signs a {@link ModelUpdate} with a proposer's local account.
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signModelUpdate(account: LocalAccount, domain: AerieTypedDataDomain, message: ModelUpdate): Promise<Hex> {
  return account.signTypedData({ domain, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message });
}

/**
 * Signs a {@link VoteCommit} with a voter's local account.
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signVoteCommit(account: LocalAccount, domain: AerieTypedDataDomain, message: VoteCommit): Promise<Hex> {
  return account.signTypedData({ domain, types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit", message });
}

/**
 * Signs a revealed {@link Vote} with a voter's local account.
 *
 * @param domain {@link aerieDomain} of the chain and TaskRegistry.
 */
export async function signVote(account: LocalAccount, domain: AerieTypedDataDomain, message: Vote): Promise<Hex> {
  return account.signTypedData({ domain, types: VOTE_TYPES, primaryType: "Vote", message });
}

// ------------------------------------------------------------------ recovery

/**
 * The address that signed `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed (use `messages.ts` to filter untrusted input).
 */
export async function recoverSubmissionSigner(domain: AerieTypedDataDomain, message: Submission, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: SUBMISSION_TYPES, primaryType: "Submission", message, signature });
}

/**
 * The address that signed the Scores `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverScoresSigner(domain: AerieTypedDataDomain, message: Scores, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: SCORES_TYPES, primaryType: "Scores", message, signature });
}

/**
 * The address that signed the ScoresCommit `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverScoresCommitSigner(domain: AerieTypedDataDomain, message: ScoresCommit, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message, signature });
}

/**
 * The address that signed the RoundResult `result` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverRoundResultSigner(domain: AerieTypedDataDomain, result: RoundResult, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result, signature });
}

/**
 * The address that signed the ModelUpdate `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverModelUpdateSigner(domain: AerieTypedDataDomain, message: ModelUpdate, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message, signature });
}

/**
 * The address that signed the VoteCommit `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverVoteCommitSigner(domain: AerieTypedDataDomain, message: VoteCommit, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit", message, signature });
}

/**
 * The address that signed the Vote `message` under `domain`.
 *
 * @throws viem's signature errors if `signature` is malformed.
 */
export async function recoverVoteSigner(domain: AerieTypedDataDomain, message: Vote, signature: Hex): Promise<Address> {
  return recoverTypedDataAddress({ domain, types: VOTE_TYPES, primaryType: "Vote", message, signature });
}
