// Round-message reconciliation (docs/NODE.md, "Round-message reconciliation"): before computing a round, a member
// fetches the round's signed messages from its peers, keeps the authentic ones it lacks, and computes from the merged
// set. Members exchange the messages, never trust them: each is checked as the intake checks it (signature, signer,
// task and round, participant) and the round's selection decides the rest, the same way at every member.
import type { Logger } from "pino";
import { z } from "zod";

import {
  authenticateRoundMessage,
  compareRoundMessages,
  mergeRoundMessages,
  parseRoundMessage,
  roundMessageJson,
  roundMessageSigner,
  type AuthenticateContext,
  type RoundMessage,
  type RoundMessageKind,
  type WireRoundMessageJson,
} from "../../aggregator/reconcile";
import { FL_REJECTION_CODES } from "../../aggregator/messagesFl";
import { compareStrings } from "../../lib/order";
import type { Store } from "../store/db";
import { InboxStore } from "../store/inbox";
import { MAX_PEER_ROWS_PER_SIGNER, PeerMessageStore } from "../store/peerMessages";
import { RoundMessageStore } from "../store/roundMessages";
import type { PeerReached } from "./peers";

// ------------------------------------------------------------------ constants

/**
 * The intake's refusals of authentic messages that are kept as evidence (exchanged, and rejected by the round's
 * selection with their reason in the bundle): a reveal that does not open its commitment, a vote out of range, a model
 * update from a participant not drawn as a proposer. Timing refusals (early, late) are not evidence.
 */
export const EVIDENCE_CODES: readonly string[] = [FL_REJECTION_CODES.revealMismatch, FL_REJECTION_CODES.voteOutOfRange, FL_REJECTION_CODES.notProposer];

/** Default wait for a peer's messages, milliseconds (`committee.reconcileTimeoutMs`). */
export const DEFAULT_RECONCILE_TIMEOUT_MS = 5_000;

/** The largest answer taken from a peer, bytes (a round of 10,000-trainer Scores from 100 validators fits). */
export const MAX_MESSAGES_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Pause between asks of a peer whose windows are not closed yet (409 `round_not_closed`), milliseconds. */
const RETRY_MS = 250;

// ------------------------------------------------------------------ types

/** Answer of `GET /v1/tasks/:taskId/rounds/:round/messages`. */
export const RoundMessagesAnswerSchema = z
  .object({
    taskId: z.string().meta({ description: "decimal" }),
    round: z.string().meta({ description: "decimal" }),
    messages: z.array(z.object({ kind: z.string(), message: z.record(z.string(), z.unknown()), signature: z.string(), salt: z.string().optional() })),
  })
  .meta({ id: "RoundMessages" });

/** Options of {@link reconcileRound}. */
export type ReconcileRoundParameters = AuthenticateContext & {
  store: Store;
  /** The peers' base URLs. */
  peers: readonly string[];
  /** How long to wait for the peers, milliseconds (default {@link DEFAULT_RECONCILE_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** The largest answer taken, bytes (default {@link MAX_MESSAGES_RESPONSE_BYTES}). */
  maxBytes?: number;
  logger?: Logger;
  reached?: PeerReached;
};

/** What {@link reconcileRound} did, per peer: how many messages it served, how many were new here, how many refused. */
export type ReconcileRoundReturnType = { peers: { peer: string; served: number; stored: number; refused: number; error?: string }[] };

// ------------------------------------------------------------------ held messages

/**
 * Every round message this member holds, in the wire form: the inbox's Submissions and clear Scores, the accepted
 * commit–reveal and FL messages, the intake's evidence refusals ({@link EVIDENCE_CODES}) and the messages learned from
 * peers. At most {@link MAX_PEER_ROWS_PER_SIGNER} per (kind, signer) (the greatest signatures), sorted.
 */
export function heldRoundMessages(store: Store, taskId: bigint, round: bigint): HeldMessage[] {
  const inbox = new InboxStore(store);
  const messages = new RoundMessageStore(store);
  const peers = new PeerMessageStore(store);
  const wire: WireRoundMessageJson[] = [
    ...inbox.submissions(taskId, round).map((s) => roundMessageJson({ kind: "submission", message: s.message, signature: s.signature, salt: null })),
    ...inbox.scores(taskId, round).map((s) => roundMessageJson({ kind: "scores", message: s.message, signature: s.signature, salt: null })),
    ...(["scoresCommit", "scoresReveal", "modelUpdate", "voteCommit", "vote"] as const).flatMap((kind) =>
      messages.list(kind, taskId, round).map((e) => ({ kind, message: e.message, signature: e.signature, ...(e.salt === null ? {} : { salt: e.salt }) })),
    ),
    ...messages
      .rejected(taskId, round)
      .filter((e) => EVIDENCE_CODES.includes(e.code))
      .map((e) => ({ kind: e.kind, message: e.message, signature: e.signature, ...(e.salt === null ? {} : { salt: e.salt }) })),
    ...peers.list(taskId, round).map((e) => ({ kind: e.kind, message: e.message, signature: e.signature, ...(e.salt === null ? {} : { salt: e.salt }) })),
  ];
  const held: HeldMessage[] = [];
  for (const w of wire) {
    const parsed = parseRoundMessage(w);
    if ("reason" in parsed) continue; // the intake stored it, so it parses: skipped rather than failing the round
    held.push({ ...parsed, signer: roundMessageSigner(parsed.kind, parsed.message) });
  }
  return _cap(held);
}

/** A held message: its kind, signer (the message's signer field), parsed message, signature and salt. */
export type HeldMessage = Pick<RoundMessage, "kind" | "signer" | "message" | "signature" | "salt">;

/**
 * The round's input set from the held messages of participants ({@link mergeRoundMessages}); evidence of anyone
 * else (a non-participant's model update) is dropped here.
 */
export function roundInputMessages(store: Store, taskId: bigint, round: bigint, participants: readonly { operator: string }[]): HeldMessage[] {
  const members = new Set(participants.map((p) => p.operator.toLowerCase()));
  return mergeRoundMessages(heldRoundMessages(store, taskId, round).filter((m) => members.has(m.signer.toLowerCase())));
}

// ------------------------------------------------------------------ reconciliation

/**
 * Fetches the round's messages from every peer at once (each within `timeoutMs`, answers up to `maxBytes`), stores
 * the authentic ones this member lacks (`peer_messages`), and returns what each peer gave. A peer that is down, slow
 * or answers garbage is logged in one line and skipped: the round is computed with the messages held. Never throws.
 */
export async function reconcileRound(p: ReconcileRoundParameters): Promise<ReconcileRoundReturnType> {
  const store = new PeerMessageStore(p.store);
  const timeoutMs = p.timeoutMs ?? DEFAULT_RECONCILE_TIMEOUT_MS;
  const results = await Promise.all(
    p.peers.map(async (peer) => {
      const got = await fetchRoundMessages(peer, p.taskId, p.round, { timeoutMs, maxBytes: p.maxBytes ?? MAX_MESSAGES_RESPONSE_BYTES });
      p.reached?.(peer, "error" in got && got.unreachable ? got.error : undefined, "fetch of round messages");
      if ("error" in got) {
        p.logger?.warn({ peer, err: got.error }, `committee: reconciliation: no messages from ${peer} (${got.error}): computing with the messages held`);
        return { peer, served: 0, stored: 0, refused: 0, error: got.error };
      }
      let stored = 0;
      let refused = 0;
      for (const json of got.messages) {
        const m = await authenticateRoundMessage(p, json);
        if ("reason" in m) {
          refused++;
          continue;
        }
        const entry = { kind: m.kind, signer: m.signer, signature: m.signature, salt: m.salt, digest: m.digest, message: roundMessageJson(m).message };
        if (store.put(p.taskId, p.round, entry)) stored++;
      }
      if (refused > 0) p.logger?.warn({ peer, refused }, `committee: reconciliation: refused ${refused} of the messages ${peer} served (not authentic for this round)`);
      return { peer, served: got.messages.length, stored, refused };
    }),
  );
  const stored = results.reduce((n, r) => n + r.stored, 0);
  if (stored > 0) p.logger?.info({ stored, peers: results.filter((r) => r.stored > 0).map((r) => r.peer) }, `committee: reconciliation: ${stored} messages learned from peers`);
  return { peers: results };
}

/**
 * `GET <peer>/v1/tasks/:id/rounds/:r/messages`, asked again while the peer answers 409 `round_not_closed` (its chain
 * clock behind this member's), until `timeoutMs`. The body is read up to `maxBytes`.
 * @returns the served messages (unchecked), or why none (`unreachable`: no HTTP answer at all).
 */
export async function fetchRoundMessages(
  peer: string,
  taskId: bigint,
  round: bigint,
  o: { timeoutMs: number; maxBytes: number },
): Promise<{ messages: unknown[] } | { error: string; unreachable: boolean }> {
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return { error: `no answer within ${o.timeoutMs} ms`, unreachable: true };
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${peer}/v1/tasks/${taskId}/rounds/${round}/messages`, { signal: AbortSignal.timeout(left) });
      text = await _readCapped(res, o.maxBytes);
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      if (err.name === "TimeoutError" || err.name === "AbortError") return { error: `no answer within ${o.timeoutMs} ms`, unreachable: true };
      if (err.message.startsWith("answer larger than")) return { error: err.message, unreachable: false };
      return { error: err.cause?.code ?? err.message, unreachable: true };
    }
    if (res.status === 409) {
      await new Promise((r) => setTimeout(r, Math.min(RETRY_MS, Math.max(0, deadline - Date.now()))));
      continue;
    }
    if (res.status !== 200) return { error: `HTTP ${res.status}`, unreachable: res.status >= 500 };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { error: "the answer is not JSON", unreachable: false };
    }
    const messages = (json as { messages?: unknown }).messages;
    if (json === null || typeof json !== "object" || !Array.isArray(messages)) return { error: "the answer has no messages array", unreachable: false };
    return { messages };
  }
}

// ------------------------------------------------------------------ internal helpers

/** The body as text, refusing (and cancelling) one longer than `max` bytes. */
async function _readCapped(res: Response, max: number): Promise<string> {
  if (res.body === null) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`answer larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Distinct messages (kind, signature, salt), at most {@link MAX_PEER_ROWS_PER_SIGNER} per (kind, signer): the greatest signatures, then the lowest salts. */
function _cap(held: HeldMessage[]): HeldMessage[] {
  const groups = new Map<string, Map<string, HeldMessage>>();
  for (const m of held) {
    const key = `${m.kind}|${m.signer.toLowerCase()}`;
    const group = groups.get(key) ?? new Map<string, HeldMessage>();
    groups.set(key, group);
    const id = `${m.signature}|${m.salt ?? ""}`;
    if (!group.has(id)) group.set(id, m);
  }
  const order = (a: HeldMessage, b: HeldMessage) => compareStrings(b.signature, a.signature) || compareStrings(a.salt ?? "", b.salt ?? "");
  return [...groups.values()].flatMap((g) => [...g.values()].sort(order).slice(0, MAX_PEER_ROWS_PER_SIGNER)).sort(compareRoundMessages);
}
