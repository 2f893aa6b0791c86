// The worker's view of its nodes (src/node/client over HTTP) and of the chain (the SDK over viem).
import type { PublicClient } from "viem";

import { getTask, type AerieAddresses } from "../sdk";
import { getRoundBundle, getRoundSubmissions, NodeClientError, postScores, postScoresCommit, postScoresReveal, postSubmission, type NodeClientOptions, type SignedMessage } from "../node/client";
import { consensusFromBundle } from "./behaviour";
import type { WorkerChainView, WorkerNodeApi } from "./worker";

/**
 * {@link WorkerNodeApi} over the nodes at `urls`: messages go to every node; reads come from the first that answers.
 * A 4xx answer is a refusal (returned); an unreachable node or a 5xx is skipped, and if no node took the message
 * the last such error is thrown (the worker retries on its next tick).
 */
export function nodeApi(urls: readonly string[], taskId: bigint, options: NodeClientOptions = {}): WorkerNodeApi {
  const send = <M>(post: (url: string, signed: SignedMessage<M>, o: NodeClientOptions) => Promise<unknown>, signed: SignedMessage<M>) =>
    sendToAll(urls, (u) => post(u, signed, options));
  const firstAnswer = <T>(read: (url: string) => Promise<T>) => firstAnswerOf(urls, read);
  return {
    postSubmission: (signed) => send(postSubmission, signed),
    postScores: (signed) => send(postScores, signed),
    postScoresCommit: (signed) => send(postScoresCommit, signed),
    postScoresReveal: (signed) => sendToAll(urls, (u) => postScoresReveal(u, signed, options)),
    submissions: (round) => firstAnswer((u) => getRoundSubmissions(u, { taskId, round }, options)),
    consensus: async (round) => {
      for (const u of urls) {
        const bundle = await getRoundBundle(u, { taskId, round }, options).catch(() => undefined);
        if (bundle !== undefined) return consensusFromBundle(bundle);
      }
      return new Map();
    },
  };
}

/**
 * Sends with `post` to every node of `urls`. A 4xx answer is a refusal (collected); an unreachable node or a 5xx is
 * skipped.
 * @returns the refusals (empty if every reached node accepted).
 * @throws the last error if no node took the message (reached none, or only 5xx).
 */
export async function sendToAll(urls: readonly string[], post: (url: string) => Promise<unknown>): Promise<NodeClientError[]> {
  const refused: NodeClientError[] = [];
  let reached = 0;
  let last: unknown;
  for (const u of urls) {
    try {
      await post(u);
      reached++;
    } catch (e) {
      if (e instanceof NodeClientError && e.status >= 400 && e.status < 500) {
        refused.push(e);
        reached++;
      } else last = e;
    }
  }
  if (reached === 0) throw last;
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
