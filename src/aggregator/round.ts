// computeRound: the whole aggregation of one round, a pure function of its inputs (docs/PROTOCOL.md §7, §9.7).
import { z } from "zod";
import { type Address, type Hex } from "viem";

import { canonicalJson, toJsonValue, writeCanonicalJson, type JsonValue } from "../lib/canonical";
import { hashSlashes, type RoundResult, type Slash } from "../lib/eip712";
import { InvalidInputError, SpecHashMismatchError } from "../lib/errors";
import { compareAddresses, compareBigints, compareStrings } from "../lib/order";
import { specHash as computeSpecHash, type TaskSpecFile } from "../lib/taskSpec";
import { hashCanonical } from "./bundleStream";
import { buildRewardsTree, type FastRewardsTree } from "./fastTree";
import { ZERO_ROOT } from "./leaf";
import {
  selectScores,
  selectSubmissions,
  sortRejections,
  type Rejection,
  type SignedScores,
  type SignedScoresCommit,
  type SignatureRecoverer,
  type SignedSubmission,
} from "./messages";
import { selectModelUpdates, selectVotes, type SignedModelUpdate, type SignedVote, type SignedVoteCommit } from "./messagesFl";
import { getPolicy } from "./policy/registry";
import { roundDrawSeed } from "./seed";
import type { Policy, PolicyMessages } from "./policy/types";
import { BigUintSchema, Bytes32Schema, describeFirstIssue, makeInputSchemas } from "./schema";
import { splitSortedHoldings } from "./split";
import { parseTaskSpec } from "./taskSpec";

// ------------------------------------------------------------------ constants

/** The `schema` of a bundle in the v1 layout (policy `aerie-consensus-v1` only; see `Policy.bundleSchema`). */
export const ROUND_BUNDLE_SCHEMA = "aerie-round-bundle/1";
/** The `schema` of a bundle in the policy-generic layout (every other policy). */
export const ROUND_BUNDLE_SCHEMA_V2 = "aerie-round-bundle/2";
/**
 * The `schema` of every bundle `computeRound` writes (issue 10): the policy's layout (that of `/1` for
 * `aerie-consensus-v1`, that of `/2` for every other policy) with `merkle` carrying only the `root`; the tree and the
 * proofs are rebuilt from `outputs.accounts`. `/1` and `/2` bundles (with the tree dump) still verify.
 */
export const ROUND_BUNDLE_SCHEMA_V3 = "aerie-round-bundle/3";

/**
 * The default cap on a round's account rows (pool share holdings plus previous cumulative entries): 1M accounts were
 * measured at ≈ 1 GB peak RSS (bench/round.json); a round above the cap is refused in one line, not run out of memory.
 */
export const MAX_ROUND_ACCOUNTS = 2_000_000;

// ------------------------------------------------------------------ types

/** An operator taking part in the round, as read from the chain at the round's start (`stakeBlock`). */
export type RoundParticipant = {
  operator: Address;
  role: "trainer" | "validator";
  /** The operator's pool stake at the round's start, wei. */
  stake: bigint;
  /** Commission in force at the round's start, bps. */
  commissionBps: bigint;
  /** Holders of the operator's active-pool shares at the round's start (the operator's own included). */
  shares: { account: Address; shares: bigint }[];
};

/** An account's cumulative amount (wei) over the task's rounds. */
export type CumulativeEntry = { account: Address; amount: bigint };

/** The four Aerie contracts of the deployment. */
export type RoundContracts = { vault: Address; registry: Address; settlement: Address; distributor: Address };

/** Everything {@link computeRound} needs; all of it is written into the bundle's `inputs` and header. */
export type RoundInputs = {
  chainId: number;
  contracts: RoundContracts;
  taskId: bigint;
  round: bigint;
  /** Round start and end, unix seconds (`[roundStart, roundEnd)`). */
  roundStart: bigint;
  roundEnd: bigint;
  /** The block whose state gave the stakes (the last block at or before `roundStart`). */
  stakeBlock: bigint;
  /**
   * The hash of `stakeBlock`. A policy's role draw (FL Alliance) is seeded by `roundDrawSeed(stakeBlockHash, taskId,
   * round)`. Written to `aerie-round-bundle/2` bundles (`null` if absent: the zero hash is used). Not part of v1 bundles.
   */
  stakeBlockHash?: Hex | null;
  /** The task's on-chain reward per round, wei: the round's budget. */
  rewardPerRound: bigint;
  spec: TaskSpecFile;
  /** The task's on-chain `specHash`; must equal `specHash(spec)`. */
  specHash: Hex;
  participants: RoundParticipant[];
  submissions: SignedSubmission[];
  /** Scores in the clear, or under commit–reveal the reveals (each with its `salt`). */
  scores: SignedScores[];
  /** ScoresCommit messages (policies that consume `scoresCommit`; ignored, and not written, for the others). */
  scoresCommits?: SignedScoresCommit[];
  /** ModelUpdate messages (policies that consume `modelUpdate`, e.g. FL Alliance; ignored, and not written, for the others). */
  modelUpdates?: SignedModelUpdate[];
  /** VoteCommit messages (policies that consume `voteCommit`; ignored, and not written, for the others). */
  voteCommits?: SignedVoteCommit[];
  /** The revealed votes, each with its salt (policies that consume `voteCommit`). */
  votes?: SignedVote[];
  /**
   * The previous round's bundle hash, cumulative amounts and the policy `state` it carried (`bundle.policyState`,
   * absent or `null` if none); `null` for the task's first settled round. See `previousFromBundle`.
   */
  previous: { bundleHash: Hex; cumulative: CumulativeEntry[]; policyState?: JsonValue | null } | null;
};

/** A claim an account can send to the RewardDistributor after the round is finalized. */
export type RoundClaim = { account: Address; cumulativeAmount: bigint; proof: Hex[] };

/**
 * The round bundle (JSON form: uint256 values as decimal strings, addresses checksummed, hex lowercase).
 * `bundleHash = keccak256(canonicalJson(bundle))`. See docs/AGGREGATOR.md for every field.
 */
export type RoundBundle = { [key: string]: JsonValue } & {
  schema: typeof ROUND_BUNDLE_SCHEMA | typeof ROUND_BUNDLE_SCHEMA_V2 | typeof ROUND_BUNDLE_SCHEMA_V3;
  /** The policy id (the spec's `policy.id`). */
  policy: string;
  chainId: number;
  contracts: { vault: string; registry: string; settlement: string; distributor: string };
  taskId: string;
  round: string;
  roundStart: string;
  roundEnd: string;
  stakeBlock: string;
  specHash: string;
  rewardPerRound: string;
  previousBundleHash: string | null;
  /** `/3`: the root only; `/1`, `/2`: also the StandardMerkleTree dump (`null` without a leaf). */
  merkle: { root: string; tree?: JsonValue };
};

/** Options of {@link computeRound}. */
export type ComputeRoundOptions = {
  /**
   * Where the committee publishes the bundle (`ipfs://<CID>`, `https://…`, `file://<absolute path>` locally); signed
   * in `result.bundleURI`. Not part of the bundle (a content address cannot be inside the content). Default `""`.
   */
  bundleURI?: string;
  /**
   * Signature recovery for the round's Submission, Scores and ScoresCommit messages (default: viem's, one core). A
   * service passes its native pool (src/node/intake/recover.ts `RecoverPool`) to recover on every core.
   */
  recoverer?: SignatureRecoverer;
  /**
   * Write the policy's pre-`/3` bundle (`Policy.bundleSchema`: `/1` or `/2`, with the tree dump in `merkle.tree`)
   * instead of `/3`: what `verifyBundle` recomputes an older bundle with. Default `false`.
   */
  legacyBundle?: boolean;
  /** Cap on the round's account rows (share holdings + previous cumulative entries); default {@link MAX_ROUND_ACCOUNTS}. */
  maxAccounts?: number;
  /**
   * Receives the bundle's canonical text in chunks (about 64 KiB each) during the pass that hashes it: a file written
   * this way costs no second walk of the bundle (`writeCanonical` walks it again). Default: none.
   */
  writeBundle?: (chunk: string) => void;
  /** Called with each step's name and wall time in ms (`inputs`, `selection`, `policy`, `split`, `tree`, `bundle`); for benchmarks. */
  onStep?: (step: string, ms: number) => void;
};

/** Output of {@link computeRound}. */
export type RoundOutput = {
  /**
   * The bundle as a JSON value (built on first read, then kept: at a million accounts prefer `writeCanonical`).
   */
  readonly bundle: RoundBundle;
  /** RFC 8785 canonical JSON of `bundle` (built on first read, then kept; at scale prefer `writeCanonical`). */
  readonly canonical: string;
  /** keccak256 of the UTF-8 bytes of `canonical` (hashed as a stream: the text is never built for it). */
  bundleHash: Hex;
  /** Byte length of `canonical`. */
  bundleBytes: number;
  /** Streams `canonical` to `write` in chunks (about 64 KiB each; their concatenation is `canonical`). */
  writeCanonical(write: (chunk: string) => void): void;
  /** The rewards tree (byte-identical to StandardMerkleTree; proofs by account in O(log N)), `null` without a leaf. */
  tree: FastRewardsTree | null;
  /**
   * The accounts with a non-zero cumulative amount (wei), in account order: the tree's entries (entry `i` is leaf `i`)
   * and the bundle's `outputs.accounts`. Read only.
   */
  accounts: readonly { account: Address; amount: bigint; cumulativeAmount: bigint }[];
  /** The RoundResult the committee signs. */
  result: RoundResult;
  /** The slashes to pass to `propose`, sorted by operator. */
  slashes: Slash[];
  /**
   * One claim per account with a non-zero cumulative amount, sorted by account (built on first read: every proof at
   * once, O(N log N); for one account use `tree.proofFor`).
   */
  readonly claims: RoundClaim[];
};

// ------------------------------------------------------------------ schema

const S = makeInputSchemas(BigUintSchema);

/** In-memory RoundInputs schema (normalizes addresses and hex; strips unknown fields). */
const RoundInputsSchema = z.object({
  chainId: S.chainId,
  contracts: S.contracts,
  taskId: BigUintSchema,
  round: BigUintSchema,
  roundStart: BigUintSchema,
  roundEnd: BigUintSchema,
  stakeBlock: BigUintSchema,
  stakeBlockHash: Bytes32Schema.nullable().optional(),
  rewardPerRound: BigUintSchema,
  spec: z.unknown(),
  specHash: Bytes32Schema,
  participants: z.array(S.participant),
  submissions: z.array(S.submission),
  scores: z.array(S.scores),
  scoresCommits: z.array(S.scoresCommit).optional(),
  modelUpdates: z.array(S.modelUpdate).optional(),
  voteCommits: z.array(S.voteCommit).optional(),
  votes: z.array(S.vote).optional(),
  previous: z
    .object({ bundleHash: Bytes32Schema, cumulative: S.cumulativeList, policyState: z.unknown().optional() })
    .nullable(),
});

// ------------------------------------------------------------------ computeRound

/**
 * Computes a round's result and bundle (docs/PROTOCOL.md §7). Pure: the output depends only on `inputs` (not on their
 * order, not on the machine or the clock); async only because signature recovery is.
 *
 * Steps: validate and normalize inputs; check `specHash == specHash(spec)`; look the spec's `policy.id` up in the
 * registry and parse its parameters; select the submissions and scores that count (`selectSubmissions`,
 * `selectScores`, with commit–reveal if the policy consumes `scoresCommit`); run the policy's `compute` with the
 * budget `rewardPerRound` and the previous round's policy state; split each operator's reward
 * (`splitOperatorReward`); sum per account; add to the previous cumulative amounts; build the Merkle tree;
 * `totalReward = Σ account amounts ≤ rewardPerRound`, `unspent = rewardPerRound − totalReward`; build the bundle
 * (in the policy's layout, `Policy.bundleSchema`), its canonical JSON and `bundleHash`.
 *
 * @throws {InvalidInputError} if the inputs have a wrong shape (message names the field), `roundEnd ≤ roundStart`,
 *   an operator or account is listed twice, a commission is above 10_000 bps, the policy is unknown, or the policy
 *   rejects its input.
 * @throws {InvalidTaskSpecError} if `spec` is not a valid task spec (its policy parameters included).
 * @param options `bundleURI` to sign in `result` (the bundle and `bundleHash` do not depend on it).
 * @throws {SpecHashMismatchError} if `specHash` is not the spec's canonical hash.
 */
export async function computeRound(inputs: RoundInputs, options: ComputeRoundOptions = {}): Promise<RoundOutput> {
  const parsed = RoundInputsSchema.safeParse(inputs);
  if (!parsed.success) throw new InvalidInputError(`round inputs: ${describeFirstIssue(parsed.error, inputs)}`, { cause: parsed.error });
  return computeNormalizedRound(parsed.data as RoundInputs, options);
}

/**
 * {@link computeRound} on inputs already normalized by its schema (checksummed addresses, lowercase hex, bigints:
 * what `bundleToInputs` returns), so a verifier does not validate a million accounts twice. Same output and errors
 * otherwise.
 */
export async function computeNormalizedRound(input: RoundInputs, options: ComputeRoundOptions = {}): Promise<RoundOutput> {
  const cap = options.maxAccounts ?? MAX_ROUND_ACCOUNTS;
  let rows = input.previous?.cumulative.length ?? 0;
  for (const p of input.participants) rows += p.shares.length;
  if (rows > cap) {
    throw new InvalidInputError(`round: ${rows} account rows (share holdings + previous cumulative entries) exceed the cap of ${cap}: raise maxAccounts only with the memory for it (≈ 1 GB per million)`);
  }
  let mark = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    options.onStep?.(name, now - mark);
    mark = now;
  };
  const spec = parseTaskSpec(input.spec);
  const actualSpecHash = computeSpecHash(spec);
  if (actualSpecHash !== input.specHash) throw new SpecHashMismatchError(input.specHash, actualSpecHash);
  if (input.roundEnd <= input.roundStart) {
    throw new InvalidInputError(`round inputs: roundEnd (${input.roundEnd}) must be after roundStart (${input.roundStart})`);
  }
  const policy = getPolicy(spec.policy.id);
  const params = policy.parseParams(spec.policy);
  const legacy = policy.bundleSchema === ROUND_BUNDLE_SCHEMA;
  const schema = options.legacyBundle === true ? (policy.bundleSchema ?? ROUND_BUNDLE_SCHEMA_V2) : ROUND_BUNDLE_SCHEMA_V3;
  const recoverer = options.recoverer;
  const commitReveal = policy.messages.includes("scoresCommit");
  const usesUpdates = policy.messages.includes("modelUpdate");
  const usesVotes = policy.messages.includes("voteCommit");

  // inputs, in canonical order
  const participants = input.participants
    .map((p) => ({ ...p, shares: _sortByAccount(p.shares) }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  _assertUnique(participants.map((p) => p.operator), "participants: operator");
  for (const p of participants) {
    if (p.commissionBps > 10_000n) throw new InvalidInputError(`split: commissionBps of ${p.operator} must be in [0, 10000], got ${p.commissionBps}`);
    for (let i = 1; i < p.shares.length; i++) {
      if (p.shares[i]!.account === p.shares[i - 1]!.account) throw new InvalidInputError(`split: account ${p.shares[i]!.account} listed twice for operator ${p.operator}`);
    }
  }
  const byOperator = new Map(participants.map((p) => [p.operator.toLowerCase(), p]));
  const submissions = _sortMessages(input.submissions, (s) => s.message.trainer);
  // a salt only means something under commit–reveal; elsewhere it is dropped (v1 bundles never carry one)
  const scores = _sortMessages(
    input.scores.map((s) => (commitReveal ? s : { message: s.message, signature: s.signature, receivedAt: s.receivedAt })),
    (s) => s.message.validator,
  );
  const scoresCommits = commitReveal ? _sortMessages(input.scoresCommits ?? [], (c) => c.message.validator) : [];
  const modelUpdates = usesUpdates ? _sortMessages(input.modelUpdates ?? [], (u) => u.message.proposer) : [];
  const voteCommits = usesVotes ? _sortMessages(input.voteCommits ?? [], (c) => c.message.voter) : [];
  const votes = usesVotes ? _sortMessages(input.votes ?? [], (v) => v.message.voter) : [];
  const previousCumulative = _sortByAccount(input.previous?.cumulative ?? []);
  for (let i = 1; i < previousCumulative.length; i++) {
    if (previousCumulative[i]!.account === previousCumulative[i - 1]!.account) {
      throw new InvalidInputError(`round inputs: previous.cumulative: account ${previousCumulative[i]!.account} is listed twice`);
    }
  }
  const previousPolicyState = _previousState(input.previous?.policyState);
  step("inputs");

  // selection
  const common = {
    chainId: input.chainId,
    registry: input.contracts.registry,
    taskId: input.taskId,
    round: input.round,
    roundEnd: input.roundEnd,
    participants,
  };
  const selectedSubmissions = await selectSubmissions({ ...common, submissions, ...(recoverer ? { recoverer } : {}) });
  const trainers = selectedSubmissions.accepted.map((s) => s.message.trainer);
  const selectedScores = await selectScores({
    ...common,
    scoringWindowSeconds: BigInt(spec.scoringWindowSeconds),
    trainers,
    scores,
    ...(recoverer ? { recoverer } : {}),
    ...(commitReveal ? { commitReveal: { commits: scoresCommits, revealWindowSeconds: _revealWindow(policy, params) } } : {}),
  });
  const rejected: Rejection[] = [...selectedSubmissions.rejected, ...selectedScores.rejected];

  step("selection");

  // the round's role draw (FL Alliance), and the messages only drawn roles may send
  const seed = roundDrawSeed(input.stakeBlockHash, input.taskId, input.round);
  const policyParticipants = participants.map((p) => ({ operator: p.operator, role: p.role, stake: p.stake }));
  const roles = policy.drawRoles?.(policyParticipants, seed, params) ?? new Map<Address, string>();
  const flCommon = { chainId: input.chainId, registry: input.contracts.registry, taskId: input.taskId, round: input.round, roles };
  const selectedUpdates = usesUpdates ? await selectModelUpdates({ ...flCommon, roundEnd: input.roundEnd, modelUpdates }) : { accepted: [], rejected: [] };
  const commitDeadline = input.roundEnd + BigInt(spec.scoringWindowSeconds);
  const selectedVotes = usesVotes
    ? await selectVotes({ ...flCommon, commitDeadline, revealDeadline: commitDeadline + _revealWindow(policy, params), voteCommits, votes })
    : { accepted: [], acceptedCommits: [], missingReveals: [], rejected: [] };
  rejected.push(...selectedUpdates.rejected, ...selectedVotes.rejected);

  // policy
  const trainerKeys = new Set(trainers.map((t) => t.toLowerCase()));
  const messages: PolicyMessages = {
    submissions: selectedSubmissions.accepted.map((s) => ({ trainer: s.message.trainer, modelHash: s.message.modelHash, modelURI: s.message.modelURI })),
    scores: selectedScores.accepted.map((s) => {
      const map = new Map<Address, bigint>();
      s.message.trainers.forEach((t, i) => {
        if (trainerKeys.has(t.toLowerCase())) map.set(t, s.message.scores[i]!);
      });
      return { validator: s.message.validator, scores: map };
    }),
    // `samples` is not part of the signed ModelUpdate, so no policy may depend on it: always 0
    modelUpdates: selectedUpdates.accepted.map((u) => ({ proposer: u.message.proposer, updateHash: u.message.updateHash, updateURI: u.message.updateURI, samples: 0n })),
    votes: selectedVotes.accepted.map((v) => ({ voter: v.message.voter, vote: v.message.vote })),
    missingReveals: [...selectedScores.missingReveals, ...selectedVotes.missingReveals].sort(compareAddresses),
  };
  const outcome = policy.compute({
    budget: input.rewardPerRound,
    params,
    round: input.round,
    seed,
    participants: policyParticipants,
    messages,
    previousState: previousPolicyState,
  });

  step("policy");

  // split and per-account sums: one map entry per account, keyed by its checksum form (every address is normalized)
  const cumulative = new Map<string, { account: Address; amount: bigint; cumulativeAmount: bigint }>();
  for (const c of previousCumulative) cumulative.set(c.account, { account: c.account, amount: 0n, cumulativeAmount: c.amount });
  const operators = outcome.operatorRewards.map(({ operator, reward }) => {
    const participant = byOperator.get(operator.toLowerCase());
    if (participant === undefined) throw new InvalidInputError(`round: policy ${policy.id} rewards ${operator}, who is not a participant`);
    if (reward < 0n) throw new InvalidInputError(`split: reward of ${participant.operator} must be >= 0 wei, got ${reward}`);
    const split = splitSortedHoldings(participant.operator, reward, participant.commissionBps, participant.shares);
    for (const { account, amount } of split.perAccount) {
      const entry = cumulative.get(account);
      if (entry) {
        entry.amount += amount;
        entry.cumulativeAmount += amount;
      } else cumulative.set(account, { account, amount, cumulativeAmount: amount });
    }
    return { operator, reward, commission: split.commission, dust: split.dust };
  });

  // cumulative amounts, in account order
  const accounts = _sortByAccount([...cumulative.values()].filter((a) => a.cumulativeAmount > 0n));
  cumulative.clear();
  let totalReward = 0n;
  for (const a of accounts) totalReward += a.amount;
  if (totalReward > input.rewardPerRound) {
    // Unreachable for a policy keeping Σ operatorRewards ≤ budget: every amount is a floored share of it.
    throw new InvalidInputError(`round: total reward ${totalReward} exceeds the budget ${input.rewardPerRound}`);
  }
  const unspent = input.rewardPerRound - totalReward;

  step("split");

  // tree (the accounts are checksummed, unique, in account order, with non-zero amounts: merkle.ts's input contract)
  const tree = accounts.length === 0 ? null : buildRewardsTree(input.taskId, accounts);
  const root = tree === null ? ZERO_ROOT : tree.root;
  const slashes = [...outcome.slashes].sort((a, b) => compareAddresses(a.operator, b.operator));
  step("tree");

  // bundle
  const header = {
    policy: policy.id,
    chainId: input.chainId,
    contracts: input.contracts,
    taskId: input.taskId,
    round: input.round,
    roundStart: input.roundStart,
    roundEnd: input.roundEnd,
    stakeBlock: input.stakeBlock,
    specHash: input.specHash,
    spec,
    rewardPerRound: input.rewardPerRound,
    previousBundleHash: input.previous?.bundleHash ?? null,
  };
  const acceptedSubmissions = selectedSubmissions.accepted.map((s) => ({
    trainer: s.message.trainer,
    modelHash: s.message.modelHash,
    modelURI: s.message.modelURI,
    signature: s.signature,
  }));
  const acceptedScores = selectedScores.accepted.map((s) => ({ validator: s.message.validator, signature: s.signature }));
  const totals = { operators, accounts, totalReward, unspent };
  const merkle = schema === ROUND_BUNDLE_SCHEMA_V3 ? { root } : { root, tree: tree === null ? null : tree.dump() };
  const bundleValue = legacy
    ? {
        schema,
        ...header,
        inputs: { participants, submissions, scores, previousCumulative },
        selection: { acceptedSubmissions, acceptedScores, rejected: sortRejections(rejected) },
        outputs: { ...(_reportFields(outcome.report)), ...totals },
        slashes,
        merkle,
      }
    : {
        schema,
        ...header,
        stakeBlockHash: input.stakeBlockHash ?? null,
        inputs: {
          participants,
          submissions,
          scores,
          ...(commitReveal ? { scoresCommits } : {}),
          ...(usesUpdates ? { modelUpdates } : {}),
          ...(usesVotes ? { voteCommits, votes } : {}),
          previousCumulative,
          previousPolicyState,
        },
        selection: {
          acceptedSubmissions,
          acceptedScores,
          ...(commitReveal
            ? {
                acceptedCommits: selectedScores.acceptedCommits.map((c) => ({ validator: c.message.validator, commitment: c.message.commitment, signature: c.signature })),
                missingReveals: selectedScores.missingReveals,
              }
            : {}),
          ...(policy.drawRoles ? { drawSeed: seed, roles: [...roles].map(([operator, role]) => ({ operator, role })).sort((a, b) => compareAddresses(a.operator, b.operator)) } : {}),
          ...(usesUpdates
            ? { acceptedModelUpdates: selectedUpdates.accepted.map((u) => ({ proposer: u.message.proposer, updateHash: u.message.updateHash, updateURI: u.message.updateURI, signature: u.signature })) }
            : {}),
          ...(usesVotes
            ? {
                acceptedVoteCommits: selectedVotes.acceptedCommits.map((c) => ({ voter: c.message.voter, commitment: c.message.commitment, signature: c.signature })),
                acceptedVotes: selectedVotes.accepted.map((v) => ({ voter: v.message.voter, vote: v.message.vote, signature: v.signature })),
                missingVoteReveals: selectedVotes.missingReveals,
              }
            : {}),
          rejected: sortRejections(rejected),
        },
        outputs: { policy: outcome.report, ...totals },
        policyState: outcome.state,
        flags: [...new Set(outcome.flags)].sort(compareStrings),
        slashes,
        merkle,
      };
  const { hash: bundleHash, bytes: bundleBytes } = hashCanonical(bundleValue, options.writeBundle);
  step("bundle");
  const result: RoundResult = {
    taskId: input.taskId,
    round: input.round,
    rewardsRoot: root,
    totalReward,
    slashesHash: hashSlashes(slashes),
    bundleHash,
    bundleURI: options.bundleURI ?? "",
  };
  let bundle: RoundBundle | undefined;
  let canonical: string | undefined;
  let claims: RoundClaim[] | undefined;
  return {
    get bundle() {
      return (bundle ??= toJsonValue(bundleValue) as RoundBundle);
    },
    get canonical() {
      if (canonical === undefined) {
        const chunks: string[] = [];
        writeCanonicalJson(bundleValue, (chunk) => chunks.push(chunk));
        canonical = chunks.join("");
      }
      return canonical;
    },
    bundleHash,
    bundleBytes,
    writeCanonical: (write) => writeCanonicalJson(bundleValue, write),
    tree,
    accounts,
    result,
    slashes,
    get claims() {
      return (claims ??= _claims(tree, accounts));
    },
  };
}

/**
 * The `previous` input of the round after `bundle`: its hash, its accounts' cumulative amounts and the policy state
 * it carries (`policyState`, `null` in a v1 bundle).
 *
 * @param bundle a round bundle (JSON value, e.g. `JSON.parse` of its canonical text).
 * @param bundleHash its hash (`bundleHashOf(bundle)`; the caller has it from the chain).
 * @throws {InvalidInputError} if `outputs.accounts` is missing or malformed.
 */
export function previousFromBundle(bundle: unknown, bundleHash: Hex): NonNullable<RoundInputs["previous"]> {
  const parsed = PreviousOfBundleSchema.safeParse(bundle);
  if (!parsed.success) throw new InvalidInputError(`previous bundle: ${describeFirstIssue(parsed.error, bundle)}`, { cause: parsed.error });
  return {
    bundleHash: bundleHash.toLowerCase() as Hex,
    cumulative: parsed.data.outputs.accounts.map((a) => ({ account: a.account, amount: a.cumulativeAmount })),
    policyState: (parsed.data.policyState ?? null) as JsonValue | null,
  };
}

const PreviousOfBundleSchema = z.object({
  outputs: z.object({ accounts: z.array(z.object({ account: S.cumulative.shape.account, cumulativeAmount: z.string().regex(/^(0|[1-9][0-9]*)$/).transform((x) => BigInt(x)) })) }),
  policyState: z.unknown().optional(),
});

// ------------------------------------------------------------------ internal helpers

/** The previous policy state as a JSON value (`null` when absent). */
function _previousState(state: unknown): JsonValue | null {
  if (state === undefined || state === null) return null;
  return toJsonValue(state);
}

/** The reveal window (seconds) of a commit–reveal policy (scores or votes): its `revealWindowSeconds` parameter. */
function _revealWindow(policy: Policy<unknown>, params: unknown): bigint {
  const value = (params as { revealWindowSeconds?: unknown }).revealWindowSeconds;
  if (typeof value !== "bigint" || value <= 0n) {
    throw new InvalidInputError(`round: policy ${policy.id} uses commit–reveal but has no positive revealWindowSeconds parameter`);
  }
  return value;
}

/** A v1-layout report's fields, written directly into `outputs` (the report must be an object). */
function _reportFields(report: JsonValue): { [key: string]: JsonValue } {
  if (report === null || typeof report !== "object" || Array.isArray(report)) {
    throw new InvalidInputError("round: a policy with the aerie-round-bundle/1 layout must report an object");
  }
  return report;
}

function _assertUnique(addresses: string[], what: string): void {
  for (let i = 1; i < addresses.length; i++) {
    if (addresses[i]!.toLowerCase() === addresses[i - 1]!.toLowerCase()) {
      throw new InvalidInputError(`round inputs: ${what} ${addresses[i]} is listed twice`);
    }
  }
}

/**
 * Sorts signed messages by (signer field, receivedAt, signature, canonical JSON of the message). The canonical JSON is
 * computed only for a tie on the first three (two copies of one signature): a Scores message of 10,000 trainers is not
 * serialized to be sorted. Keys are computed once per message.
 */
function _sortMessages<T extends { signature: Hex; receivedAt: bigint; message: object }>(items: T[], key: (item: T) => Address): T[] {
  const keyed = items.map((item) => ({ item, signer: key(item).toLowerCase(), json: undefined as string | undefined }));
  const json = (x: (typeof keyed)[number]): string => (x.json ??= canonicalJson(x.item.message));
  return keyed
    .sort(
      (a, b) =>
        compareStrings(a.signer, b.signer) ||
        compareBigints(a.item.receivedAt, b.item.receivedAt) ||
        compareStrings(a.item.signature, b.item.signature) ||
        compareStrings(json(a), json(b)),
    )
    .map((x) => x.item);
}

/** One claim per leaf, sorted by account (the tree's entries are the accounts, in that order). */
function _claims(tree: FastRewardsTree | null, accounts: readonly { account: Address; cumulativeAmount: bigint }[]): RoundClaim[] {
  if (tree === null) return [];
  const proofs = tree.allProofs();
  return accounts.map((a, i) => ({ account: a.account, cumulativeAmount: a.cumulativeAmount, proof: proofs[i]! }));
}

/**
 * A copy of `items` sorted by account (numeric order, stable), compared in place without a lowercase copy of each
 * account. Items already in order (a bundle's inputs, read back by a verifier) are only checked.
 */
function _sortByAccount<T extends { account: string }>(items: readonly T[]): T[] {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = _compareAccounts(items[i - 1]!.account, items[i]!.account) <= 0;
  if (sorted) return items.slice();
  const n = items.length;
  // each item's key: its account's first 32 bits, times 2^21, plus its index (exact in a float64 below 2^53);
  // the typed array sorts natively, and only runs of equal first 32 bits are compared in full
  const keys = n < INDEX_SPAN ? new Float64Array(n) : undefined;
  for (let i = 0; keys !== undefined && i < n; i++) {
    const prefix = _accountPrefix(items[i]!.account);
    if (prefix < 0) return items.slice().sort((a, b) => _compareAccounts(a.account, b.account));
    keys[i] = prefix * INDEX_SPAN + i;
  }
  if (keys === undefined) return items.slice().sort((a, b) => _compareAccounts(a.account, b.account));
  keys.sort();
  const out = new Array<T>(n);
  for (let k = 0; k < n; k++) out[k] = items[keys[k]! % INDEX_SPAN]!;
  for (let start = 0; start < n; ) {
    const prefix = Math.floor(keys[start]! / INDEX_SPAN);
    let end = start + 1;
    while (end < n && Math.floor(keys[end]! / INDEX_SPAN) === prefix) end++;
    if (end - start > 1) {
      // the run is in index order, and the sort is stable
      const run = out.slice(start, end).sort((a, b) => _compareAccounts(a.account, b.account));
      for (let k = start; k < end; k++) out[k] = run[k - start]!;
    }
    start = end;
  }
  return out;
}

/** Item indices {@link _sortByAccount} packs beside an account prefix (2^21: above the account cap). */
const INDEX_SPAN = 2 ** 21;

/** The first 32 bits of a `0x` account (hex digits 1–8, any case), or -1 if they are not hex digits. */
function _accountPrefix(account: string): number {
  let prefix = 0;
  for (let i = 2; i < 10; i++) {
    const c = account.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (digit < 0) return -1;
    prefix = prefix * 16 + digit;
  }
  return prefix;
}

/** `compareStrings(a.toLowerCase(), b.toLowerCase())` for ASCII strings (addresses), without the copies. */
function _compareAccounts(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x41 && x <= 0x5a) x += 32;
    if (y >= 0x41 && y <= 0x5a) y += 32;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}
