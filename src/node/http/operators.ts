// GET /v1/operators: every registered operator's current figures from the node's index (one small JSON for
// the wallet app instead of the whole vault log history).
import type { Address } from "viem";
import { z } from "zod";

import { stakingVaultAbi } from "../../sdk/abis";
import { operatorSummaries } from "../indexer/operators";
import type { Store } from "../store/db";
import type { ApiRegistry } from "./openapi";

const Wei = z.string().meta({ description: "wei, decimal string" });
const OperatorSummarySchema = z
  .object({
    operator: z.string().meta({ description: "checksummed address" }),
    metadataURI: z.string(),
    stake: Wei.meta({ description: "stakeOf: the active pool's assets, wei" }),
    selfStake: Wei.meta({ description: "convertToAssets(operator, sharesOf(operator, operator)), wei" }),
    delegated: Wei.meta({ description: "stake − selfStake, wei" }),
    totalShares: z.string().meta({ description: "totalShares(operator)" }),
    delegators: z.number().int().meta({ description: "accounts other than the operator holding shares > 0" }),
    commissionBps: z.string().meta({ description: "commissionOf at the indexed block's time, bps" }),
    pendingCommission: z
      .object({ bps: z.string(), effectiveAt: z.string().meta({ description: "unix seconds" }) })
      .nullable()
      .meta({ description: "a staged increase not yet in effect at the indexed block's time" }),
    pendingSlashes: z.string().meta({ description: "pendingSlashes(operator): proposed slashes locking withdrawals" }),
    tasks: z.array(z.object({ taskId: z.string(), role: z.enum(["trainer", "validator"]) })),
    slashes: z.array(z.object({ block: z.string(), bps: z.string(), cut: Wei, ref: z.string() })),
  })
  .meta({ id: "OperatorSummary" });
const OperatorsSchema = z
  .object({
    indexedBlock: z.string().meta({ description: "the last block the index holds completely; compare with the chain head for staleness" }),
    indexedTimestamp: z.string().nullable().meta({ description: "that block's timestamp, unix seconds (null before the first window)" }),
    operators: z.array(OperatorSummarySchema),
  })
  .meta({ id: "Operators" });

/** Options of {@link registerOperatorRoutes}. */
export type OperatorRoutesParameters = {
  store: Store;
  /** Reads `COMMISSION_DELAY` once (seconds). */
  client: { readContract: (args: { address: Address; abi: typeof stakingVaultAbi; functionName: "COMMISSION_DELAY" }) => Promise<bigint> };
  vault: Address;
  registry: Address;
  /** The indexer's last complete block (`ChainIndexer.cursor().block`). */
  indexedBlock: () => bigint;
};

/** Registers `GET /v1/operators` (figures as decimal strings; answers 503 while `COMMISSION_DELAY` cannot be read). */
export function registerOperatorRoutes(api: ApiRegistry, p: OperatorRoutesParameters): void {
  let delay: Promise<bigint> | undefined;
  const commissionDelay = () => {
    delay ??= p.client.readContract({ address: p.vault, abi: stakingVaultAbi, functionName: "COMMISSION_DELAY" }).catch((e: unknown) => {
      delay = undefined;
      throw e;
    });
    return delay;
  };
  api.route(
    {
      method: "GET",
      url: "/v1/operators",
      operationId: "operators",
      summary: "Every registered operator's stake, shares, delegators, commission (with a staged increase), pending slashes and tasks, at the indexed block",
      tags: ["operators"],
      responses: { 200: { description: "the operators, sorted by lower-case address", schema: OperatorsSchema } },
    },
    async () => {
      const s = operatorSummaries(p.store, { vault: p.vault, registry: p.registry, indexedBlock: p.indexedBlock(), commissionDelay: await commissionDelay() });
      return {
        indexedBlock: s.indexedBlock.toString(),
        indexedTimestamp: s.indexedTimestamp === null ? null : s.indexedTimestamp.toString(),
        operators: s.operators.map((o) => ({
          ...o,
          stake: o.stake.toString(),
          selfStake: o.selfStake.toString(),
          delegated: o.delegated.toString(),
          totalShares: o.totalShares.toString(),
          commissionBps: o.commissionBps.toString(),
          pendingCommission: o.pendingCommission === null ? null : { bps: o.pendingCommission.bps.toString(), effectiveAt: o.pendingCommission.effectiveAt.toString() },
          pendingSlashes: o.pendingSlashes.toString(),
          tasks: o.tasks.map((t) => ({ taskId: t.taskId.toString(), role: t.role })),
          slashes: o.slashes.map((x) => ({ block: x.block.toString(), bps: x.bps.toString(), cut: x.cut.toString(), ref: x.ref })),
        })),
      };
    },
  );
}
