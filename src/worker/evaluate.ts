// A validator's evaluation of a round's submissions: fetch each artefact, check its hash, score it, never throw.
import type { Address, Hex } from "viem";

import type { Dataset } from "./data/synthetic";
import { ModelRejectedError, type ModelRejectionReason } from "./errors";
import { fetchModel, type FetchModelOptions } from "./fetchModel";
import type { EvaluatorPlugin } from "./plugin";

/** One submission to evaluate. */
export type ModelToEvaluate = { trainer: Address; modelHash: Hex; modelURI: string };

/**
 * The outcome for one trainer: its score, and either the evaluation (`loss` nats, `accuracy` = correct / n) or
 * the reason it scored 0. `ms` is the wall time of fetch plus evaluation.
 */
export type ModelOutcome = {
  trainer: Address;
  modelHash: Hex;
  score: bigint;
  ms: number;
} & ({ ok: true; loss: number; correct: number; n: number } | { ok: false; reason: ModelRejectionReason; message: string });

/** How artefacts are fetched (injected in tests; default {@link fetchModel}). */
export type ModelFetcher = (uri: string, hash: Hex, options: FetchModelOptions) => Promise<Uint8Array>;

/**
 * Evaluates every submission on `data`, one after the other, in the given order.
 * A model that cannot be fetched, does not match its hash, or that the evaluator refuses scores 0 with its reason;
 * any other error of the evaluator is reported as `bad_format` (the plug-in should not throw those).
 */
export async function evaluateSubmissions(
  models: readonly ModelToEvaluate[],
  p: { evaluator: EvaluatorPlugin; data: Dataset; fetch?: ModelFetcher; fetchOptions?: FetchModelOptions },
): Promise<ModelOutcome[]> {
  const fetcher = p.fetch ?? fetchModel;
  const out: ModelOutcome[] = [];
  for (const m of models) {
    const t0 = performance.now();
    try {
      const bytes = await fetcher(m.modelURI, m.modelHash, p.fetchOptions ?? {});
      const e = await p.evaluator.evaluate(bytes, p.data);
      out.push({ trainer: m.trainer, modelHash: m.modelHash, score: e.score, ms: performance.now() - t0, ok: true, loss: e.loss, correct: e.correct, n: e.n });
    } catch (e) {
      const reason: ModelRejectionReason = e instanceof ModelRejectedError ? e.reason : "bad_format";
      const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
      out.push({ trainer: m.trainer, modelHash: m.modelHash, score: 0n, ms: performance.now() - t0, ok: false, reason, message });
    }
  }
  return out;
}
