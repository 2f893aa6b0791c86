// Which committee signatures a member holds: one check for signatures pushed to it and those it pulls from peers.
import { getAddress, recoverAddress, type Address, type Hex } from "viem";

import type { Committee } from "./loop";
import { fetchPeerSignatures, type PeerBook, type PeerReached } from "./peers";
import type { CommitteeStore } from "./store";

/** Why a signature is refused (the HTTP route answers 403 with this code and message). */
export type SignatureRefusal = { ok: false; code: "not_committee_member" | "invalid_signature"; message: string };

/**
 * Checks that `signature` is `signer`'s over `digest` and that `signer` is on the committee. Pure (no I/O).
 * @returns `{ok: true}`, or the refusal: `not_committee_member` (the signer is not on chain's committee) or
 *   `invalid_signature` (it does not recover, or recovers to someone else).
 */
export async function checkCommitteeSignature(committee: Committee, digest: Hex, signer: Address, signature: Hex): Promise<{ ok: true } | SignatureRefusal> {
  if (!committee.members.some((m) => m.toLowerCase() === signer.toLowerCase())) {
    return { ok: false, code: "not_committee_member", message: `${signer} is not a member of the committee on chain: only members' signatures are held` };
  }
  let recovered: Address;
  try {
    recovered = await recoverAddress({ hash: digest, signature });
  } catch {
    return { ok: false, code: "invalid_signature", message: "the signature does not recover to any address: sign the RoundResult digest with EIP-712" };
  }
  if (recovered.toLowerCase() !== signer.toLowerCase()) {
    return { ok: false, code: "invalid_signature", message: `the signature recovers to ${recovered}, not ${signer}: sign with the member's own key` };
  }
  return { ok: true };
}

/** What one {@link pullSignatures} call did. */
export type PullReport = {
  /** Signers whose signature was new here, in the order taken. */
  added: Address[];
  /** Signatures a peer served that were refused (not a member, or not the signer's over our digest). */
  refused: { peer: string; signer: Address; code: SignatureRefusal["code"]; message: string }[];
  /** Peers whose digest of the round is not ours (their bundle differs): nothing of theirs is taken. */
  otherDigest: { peer: string; digest: Hex; bundleHash: Hex }[];
  /** Peers whose URL was mapped to a member (a valid signature by the member the peer says it runs as). */
  learned: { peer: string; member: Address }[];
  /** Peers that claim to run as another member than the config says (the config wins). */
  conflicts: { peer: string; claimed: Address; configured: Address }[];
};

/** Options of {@link pullSignatures}. */
export type PullSignaturesParameters = {
  book: PeerBook;
  bundles: CommitteeStore;
  committee: Committee;
  taskId: bigint;
  round: bigint;
  /** This member's digest of the round: only signatures over it are taken. */
  digest: Hex;
  /** Stop once this many committee signatures over `digest` are held (default: every member's). */
  enough?: number;
  /** Told whether each asked peer answered (see `PeerReached`). */
  reached?: PeerReached;
};

/**
 * Pulls the committee signatures this member misses: asks each peer (`GET …/rounds/:r/signatures`, the peers of
 * missing members first) and stores every signature that is a committee member's over exactly this member's
 * digest. A peer may relay other members' signatures (each is checked on its own, whoever serves it); a peer with
 * another digest gives nothing. A peer's URL is mapped to the member it says it runs as only if it served a valid
 * signature by that member.
 */
export async function pullSignatures(p: PullSignaturesParameters): Promise<PullReport> {
  const report: PullReport = { added: [], refused: [], otherDigest: [], learned: [], conflicts: [] };
  const enough = p.enough ?? p.committee.members.length;
  const members = new Set(p.committee.members.map((m) => m.toLowerCase()));
  const held = () => new Set(p.bundles.signatures(p.digest).map((s) => s.signer.toLowerCase()).filter((s) => members.has(s)));
  for (const peer of p.book.pullOrder(new Set([...members].filter((m) => !held().has(m))))) {
    if (held().size >= enough) break;
    const got = await fetchPeerSignatures(peer, p.taskId, p.round, p.reached);
    if (got === undefined) continue;
    if (got.digest.toLowerCase() !== p.digest.toLowerCase()) {
      report.otherDigest.push({ peer, digest: got.digest, bundleHash: got.bundleHash });
      continue;
    }
    let servedOwn = false;
    for (const s of got.signatures) {
      const signer = getAddress(s.signer.toLowerCase());
      const checked = await checkCommitteeSignature(p.committee, p.digest, signer, s.signature);
      if (!checked.ok) {
        report.refused.push({ peer, signer, code: checked.code, message: checked.message });
        continue;
      }
      if (got.member !== null && signer.toLowerCase() === got.member.toLowerCase()) servedOwn = true;
      if (p.bundles.addSignature(p.taskId, p.round, p.digest, signer, s.signature)) report.added.push(signer);
    }
    if (got.member !== null && servedOwn && p.book.memberOf(peer)?.toLowerCase() !== got.member.toLowerCase()) {
      const member = getAddress(got.member.toLowerCase());
      const configured = p.book.memberOf(peer);
      if (p.book.learn(peer, member)) report.learned.push({ peer, member });
      else if (configured !== undefined) report.conflicts.push({ peer, claimed: member, configured });
    }
  }
  return report;
}
