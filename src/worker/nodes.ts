// The worker's view of its nodes (src/node/client over HTTP) and of the chain (the SDK over viem).
import type { PublicClient } from "viem";
import type { Logger } from "pino";

import { getTask, type AerieAddresses } from "../sdk";
import { getRoundBundle, getRoundSubmissions, NodeClientError, postScores, postScoresCommit, postScoresReveal, postSubmission, type NodeClientOptions, type SignedMessage } from "../node/client";
import { consensusFromBundle } from "./behaviour";
import type { WorkerChainView, WorkerNodeApi } from "./worker";

/** A message some node did not take (down or 5xx) while another did: sent there again until its window closes. */
type Undelivered = { url: string; what: string; round: bigint; closesAt: bigint | undefined; post: () => Promise<unknown> };

/**
 * {@link WorkerNodeApi} over the nodes at `urls`: messages go to every node; reads come from the first that answers.
 * A 4xx answer is a refusal (returned); an unreachable node or a 5xx is skipped, and if no node took the message
 * the last such error is thrown (the worker retries on its next tick). A node that did not take a message another
 * node took gets it again on every {@link WorkerNodeApi.redeliver} until the message's window closes: one warn line
 * when it first fails there (`node_missed`), one when it is delivered (`delivered`) or given up (`undelivered`).
 */
export function nodeApi(urls: readonly string[], taskId: bigint, options: NodeClientOptions = {}, log?: Logger): WorkerNodeApi {
  const undelivered: Undelivered[] = [];
  const send = async <S extends SignedMessage<{ round: bigint }>>(what: string, post: (url: string, signed: S, o: NodeClientOptions) => Promise<unknown>, signed: S, closesAt?: bigint) => {
    const missed: { url: string; error: unknown }[] = [];
    const refused = await sendToAll(urls, (u) => post(u, signed, options), missed);
    const round = signed.message.round;
    for (const m of missed) {
      undelivered.push({ url: m.url, what, round, closesAt, post: () => post(m.url, signed, options) });
      log?.warn({ event: "node_missed", round: round.toString(), node: m.url }, `round ${round}: node ${m.url} did not take the ${what} (${(m.error as Error).message.split("\n")[0]}): sending it there again until its window closes`);
    }
    return refused;
  };
  const firstAnswer = <T>(read: (url: string) => Promise<T>) => firstAnswerOf(urls, read);
  return {
    postSubmission: (signed, closesAt) => send("submission", postSubmission, signed, closesAt),
    postScores: (signed, closesAt) => send("scores", postScores, signed, closesAt),
    postScoresCommit: (signed, closesAt) => send("scores commitment", postScoresCommit, signed, closesAt),
    postScoresReveal: (signed, closesAt) => send("scores reveal", postScoresReveal, signed, closesAt),
    submissions: (round) => firstAnswer((u) => getRoundSubmissions(u, { taskId, round }, options)),
    consensus: async (round) => {
      for (const u of urls) {
        const bundle = await getRoundBundle(u, { taskId, round }, options).catch(() => undefined);
        if (bundle !== undefined) return consensusFromBundle(bundle);
      }
      return new Map();
    },
    redeliver: async (now) => {
      for (const d of [...undelivered]) {
        const done = () => undelivered.splice(undelivered.indexOf(d), 1);
        if (d.closesAt !== undefined && now >= d.closesAt) {
          done();
          log?.warn({ event: "undelivered", round: d.round.toString(), node: d.url }, `round ${d.round}: node ${d.url} never took the ${d.what} before its window closed`);
          continue;
        }
        try {
          await d.post();
          done();
          log?.info({ event: "delivered", round: d.round.toString(), node: d.url }, `round ${d.round}: delivered the ${d.what} to node ${d.url}`);
        } catch (e) {
          if (e instanceof NodeClientError && e.status >= 400 && e.status < 500) {
            done();
            log?.warn({ event: "refused", round: d.round.toString(), node: d.url, code: e.code }, `round ${d.round}: node ${d.url} refused the ${d.what}: ${e.code}: ${e.message}`);
          }
          // still down: the same failure streak, no new line
        }
      }
    },
  };
}

/**
 * Sends with `post` to every node of `urls`. A 4xx answer is a refusal (collected); an unreachable node or a 5xx is
 * skipped.
 * @param missed if given, receives the nodes skipped (unreachable or 5xx) when some other node took the message.
 * @returns the refusals (empty if every reached node accepted).
 * @throws the last error if no node took the message (reached none, or only 5xx).
 */
export async function sendToAll(urls: readonly string[], post: (url: string) => Promise<unknown>, missed?: { url: string; error: unknown }[]): Promise<NodeClientError[]> {
  const refused: NodeClientError[] = [];
  let reached = 0;
  let last: unknown;
  const failed: { url: string; error: unknown }[] = [];
  for (const u of urls) {
    try {
      await post(u);
      reached++;
    } catch (e) {
      if (e instanceof NodeClientError && e.status >= 400 && e.status < 500) {
        refused.push(e);
        reached++;
      } else {
        last = e;
        failed.push({ url: u, error: e });
      }
    }
  }
  if (reached === 0) throw last;
  missed?.push(...failed);
  return refused;
}

/**
 * The answer of the first node of `urls` that answers `read` without throwing.
 * @throws the last node's error if none did.
 */
export async function firstAnswerOf<T>(urls: readonly string[], read: (url: string) => Promise<T>): Promise<T> {
  let last: unknown;
  for (const u of urls) {
    try {
      return await read(u);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

/** How long {@link chainView} reuses a `getTask` read, ms (a task's schedule only changes if it is cancelled). */
export const SCHEDULE_CACHE_MS = 10_000;

/**
 * {@link WorkerChainView} by chain reads: the latest block's timestamp (every call) and `TaskRegistry.getTask`
 * (reused for {@link SCHEDULE_CACHE_MS}).
 */
export function chainView(client: PublicClient, addresses: AerieAddresses, taskId: bigint): WorkerChainView {
  let cached: { at: number; schedule: Awaited<ReturnType<WorkerChainView["schedule"]>> } | undefined;
  return {
    now: async () => (await client.getBlock({ blockTag: "latest" })).timestamp,
    schedule: async () => {
      if (cached !== undefined && Date.now() - cached.at < SCHEDULE_CACHE_MS) return cached.schedule;
      const t = await getTask(client, { addresses, taskId });
      cached = { at: Date.now(), schedule: { startTime: BigInt(t.startTime), roundDuration: BigInt(t.roundDuration), activeRounds: Number(t.activeRounds) } };
      return cached.schedule;
    },
  };
}
