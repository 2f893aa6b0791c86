// Committee routes: POST /v1/signatures (peer exchange), GET a round's bundle, GET an account's claim.
import { getAddress, isAddress, type Address, type Hex } from "viem";
import { z } from "zod";

import { buildRewardsTree, proofFor, type RewardsTree } from "../../aggregator/merkle";
import { finalizedRounds } from "../committee/compute";
import type { Committee } from "../committee/loop";
import { checkCommitteeSignature } from "../committee/signatures";
import type { CommitteeStore } from "../committee/store";
import { chainBundleText } from "../committee/sync";
import type { Store } from "../store/db";
import { HttpError } from "./errors";
import type { ApiRegistry } from "./openapi";

const Uint = z.string().regex(/^(0|[1-9][0-9]{0,77})$/, { error: "a decimal uint256" });
const Bytes32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, { error: "0x and 64 hex digits" });
const Sig = z.string().regex(/^0x[0-9a-fA-F]{130}$/, { error: "a 65-byte signature (0x and 130 hex digits)" });
const Addr = z.string().refine((a) => isAddress(a, { strict: false }), { error: "an address (0x and 40 hex digits)" });

const SignatureBodySchema = z
  .strictObject({ taskId: Uint, round: Uint, digest: Bytes32, bundleHash: Bytes32, signer: Addr, signature: Sig })
  .meta({ id: "CommitteeSignature", description: "A committee member's EIP-712 signature over a round's RoundResult digest" });
const RoundParams = z.strictObject({ taskId: Uint, round: Uint });
const HeldSignaturesSchema = z
  .object({
    taskId: z.string(),
    round: z.string(),
    member: z.string().nullable().meta({ description: "the address of the member this node runs as (null if not configured)" }),
    digest: z.string().meta({ description: "this member's RoundResult digest of the round" }),
    bundleHash: z.string(),
    signatures: z.array(z.object({ signer: z.string(), signature: z.string() })),
  })
  .meta({ id: "HeldSignatures" });
const ClaimParams = z.strictObject({ taskId: Uint, account: Addr });
const ClaimSchema = z
  .object({
    taskId: z.string(),
    account: z.string(),
    round: z.string().meta({ description: "the last finalized round the claim is built on" }),
    cumulativeAmount: z.string().meta({ description: "wei, cumulative over the task's finalized rounds" }),
    proof: z.array(z.string()),
    rewardsRoot: z.string(),
    bundleHash: z.string(),
  })
  .meta({ id: "Claim" });

/** The answer of a committee-only route on a guardian-only node (`not_committee_node`). */
const NOT_COMMITTEE_NODE =
  'this node is a guardian-only node (role "guardian"): send signatures to, and pull them from, the committee members\' nodes (a member\'s config lists the others in "peers")';

/** What the committee routes need from the node. */
export type CommitteeRoutesParameters = {
  store: Store;
  bundles: CommitteeStore;
  /** The on-chain committee (members, threshold); `undefined` on a node without the committee role. */
  committee?: () => Promise<Committee>;
  /** The member this node signs as (served with its signatures, so peers can map its URL to its key). */
  member?: Address;
};

/**
 * Registers:
 * - `POST /v1/signatures`: a peer's signature. Accepted (200, idempotent) only from a committee member, recovering
 *   to that member over exactly this node's digest of the round; `not_committee_member` 403, `invalid_signature`
 *   403, `round_not_computed` 409 (this node has not computed the round yet: the peer retries), `digest_mismatch`
 *   409 (the bundles differ; the message names both bundle hashes).
 * - `GET /v1/tasks/:taskId/rounds/:round/signatures`: this member's digest of the round and every committee signature
 *   it holds over it (`round_not_computed` 404 before it computed the round), for peers that miss signatures.
 * - `GET /v1/tasks/:taskId/rounds/:round/bundle[?hash=0x…]`: the canonical bundle JSON (this node's, else the one the
 *   chain finalized or proposed for the round, or the one with that hash); `bundle_not_found` 404.
 * - `GET /v1/tasks/:taskId/accounts/:account/claim`: the account's cumulative amount and Merkle proof in the task's
 *   last finalized bundle; `no_finalized_round`, `no_claim` 404.
 */
export function registerCommitteeRoutes(api: ApiRegistry, p: CommitteeRoutesParameters): void {
  // a guardian-only node answers the committee-only routes with one code, before it reads or validates the body
  const committeeNode = () => {
    if (p.committee === undefined) throw new HttpError(404, "not_committee_node", NOT_COMMITTEE_NODE);
  };
  api.route(
    {
      method: "POST",
      url: "/v1/signatures",
      operationId: "postSignature",
      summary: "A committee member's signature over a round result (peer exchange)",
      tags: ["committee"],
      body: SignatureBodySchema,
      responses: { 200: { description: "held", schema: z.object({ status: z.literal("accepted"), signatures: z.number() }) } },
      errors: { 403: "not a committee member, or the signature does not recover to it", 409: "round not computed here yet, or another digest" },
      precondition: committeeNode,
    },
    async ({ body }) => {
      const committee = await p.committee!();
      const signer = getAddress(body.signer);
      const checked = await checkCommitteeSignature(committee, body.digest as Hex, signer, body.signature as Hex);
      if (!checked.ok) throw new HttpError(403, checked.code, checked.message);
      const taskId = BigInt(body.taskId);
      const round = BigInt(body.round);
      const mine = p.bundles.round(taskId, round);
      if (mine === undefined) throw new HttpError(409, "round_not_computed", `this node has not computed task ${taskId} round ${round} yet: retry shortly`);
      if (mine.digest.toLowerCase() !== body.digest.toLowerCase()) {
        throw new HttpError(409, "digest_mismatch", `this node's bundle of task ${taskId} round ${round} is ${mine.bundleHash} (digest ${mine.digest}); yours is ${body.bundleHash}: compare the bundles`);
      }
      p.bundles.addSignature(taskId, round, mine.digest, signer, body.signature as Hex);
      return { status: "accepted", signatures: p.bundles.signatures(mine.digest).length };
    },
  );

  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/signatures",
      operationId: "getSignatures",
      summary: "The committee signatures this member holds over its own digest of a round (peers pull what they miss)",
      tags: ["committee"],
      params: RoundParams,
      responses: { 200: { description: "this member's digest and the signatures it holds over it", schema: HeldSignaturesSchema } },
      errors: { 404: "this node has not computed the round, or is not a committee node" },
      precondition: committeeNode,
    },
    async ({ params }) => {
      const taskId = BigInt(params.taskId);
      const round = BigInt(params.round);
      const mine = p.bundles.round(taskId, round);
      if (mine === undefined) throw new HttpError(404, "round_not_computed", `this node has not computed task ${taskId} round ${round} yet: retry shortly`);
      return {
        taskId: taskId.toString(),
        round: round.toString(),
        member: p.member ?? null,
        digest: mine.digest,
        bundleHash: mine.bundleHash,
        signatures: p.bundles.signatures(mine.digest),
      };
    },
  );

  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/bundle",
      operationId: "getBundle",
      summary: "A round's bundle (canonical JSON; ?hash=0x… for a specific one)",
      tags: ["committee"],
      params: RoundParams,
      responses: { 200: { description: "the bundle", schema: z.record(z.string(), z.unknown()) } },
    },
    async ({ params, request, reply }) => {
      const hash = (request.query as { hash?: string }).hash;
      if (hash !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(hash)) throw new HttpError(400, "invalid_query", "hash: expected 0x and 64 hex digits");
      const [taskId, round] = [BigInt(params.taskId), BigInt(params.round)];
      // this node's own bundle of the round; else (it missed the round) the one the chain finalized or proposed
      const text = p.bundles.bundle(taskId, round, hash as Hex | undefined) ?? (hash === undefined ? chainBundleText(p.store, p.bundles, taskId, round) : undefined);
      if (text === undefined) throw new HttpError(404, "bundle_not_found", `no bundle of task ${params.taskId} round ${params.round}${hash ? ` with hash ${hash}` : ""} here: ask another member`);
      return reply.header("content-type", "application/json; charset=utf-8").send(text);
    },
  );

  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/accounts/:account/claim",
      operationId: "getClaim",
      summary: "An account's cumulative claim (amount and Merkle proof) in the task's last finalized round",
      tags: ["committee"],
      params: ClaimParams,
      responses: { 200: { description: "the claim", schema: ClaimSchema } },
    },
    async ({ params }) => {
      const taskId = BigInt(params.taskId);
      const account = getAddress(params.account);
      const last = finalizedRounds(p.store, taskId).at(-1);
      if (last === undefined) throw new HttpError(404, "no_finalized_round", `task ${taskId} has no finalized round yet: claim after the first round is finalized`);
      const text = p.bundles.bundle(taskId, last.round, last.bundleHash);
      if (text === undefined) throw new HttpError(404, "bundle_not_found", `this node does not hold the finalized bundle ${last.bundleHash}: ask another member`);
      const claim = _claimTree(taskId, last.bundleHash, text).get(account.toLowerCase());
      if (claim === undefined) throw new HttpError(404, "no_claim", `${account} has nothing to claim in task ${taskId}`);
      const { tree, root, cumulativeAmount: amount } = claim;
      return {
        taskId: taskId.toString(),
        account,
        round: last.round.toString(),
        cumulativeAmount: amount,
        proof: proofFor(tree, account),
        rewardsRoot: root,
        bundleHash: last.bundleHash,
      };
    },
  );
}

// ------------------------------------------------------------------ claim trees

type _Claim = { tree: RewardsTree; root: Hex; cumulativeAmount: string };
/** The last few finalized bundles' trees, by bundle hash (a tree is rebuilt once per bundle, not per request). */
const _claimTrees = new Map<string, Map<string, _Claim>>();
const _CLAIM_TREES_KEPT = 4;

/**
 * The claim of every account of a finalized bundle, keyed by lower-case account: the tree is rebuilt from the bundle's
 * `outputs.accounts` cumulative amounts (the fast tree, byte-identical to StandardMerkleTree) and its root checked
 * against `merkle.root`.
 * @throws {HttpError} 500 `bundle_root_mismatch` if the rebuilt root is not the bundle's (a corrupt stored bundle).
 */
function _claimTree(taskId: bigint, bundleHash: Hex, text: string): Map<string, _Claim> {
  const cached = _claimTrees.get(bundleHash);
  if (cached !== undefined) return cached;
  const bundle = JSON.parse(text) as { merkle: { root: Hex }; outputs: { accounts: { account: Address; cumulativeAmount: string }[] } };
  const { tree, root } = buildRewardsTree(
    taskId,
    bundle.outputs.accounts.map((a) => ({ account: a.account, amount: BigInt(a.cumulativeAmount) })),
  );
  if (root !== bundle.merkle.root) throw new HttpError(500, "bundle_root_mismatch", `the stored bundle ${bundleHash} rebuilds root ${root}, not its ${bundle.merkle.root}: re-fetch it from a peer`);
  const claims = new Map<string, _Claim>();
  if (tree !== null) for (const [, [, account, amount]] of tree.entries()) claims.set(account.toLowerCase(), { tree, root, cumulativeAmount: amount });
  if (_claimTrees.size >= _CLAIM_TREES_KEPT) _claimTrees.delete(_claimTrees.keys().next().value!);
  _claimTrees.set(bundleHash, claims);
  return claims;
}
