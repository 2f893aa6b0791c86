// GET /v1/accounts/:addr/positions: one account's positions and pending unstake requests from the node's index
// (the wallet app's "My stake" without the vault's whole log history).
import { isAddress, type Address, type Hex } from "viem";
import { z } from "zod";

import { accountPositions } from "../indexer/positions";
import type { Store } from "../store/db";
import { HttpError } from "./errors";
import type { ApiRegistry } from "./openapi";

const Wei = z.string().meta({ description: "wei, decimal string" });
const PositionSchema = z
  .object({
    operator: z.string().meta({ description: "checksummed address" }),
    shares: z.string().meta({ description: "sharesOf(operator, account): active shares" }),
    value: Wei.meta({ description: "convertToAssets(operator, shares) at the indexed block, wei" }),
    poolShares: z.string().meta({ description: "totalShares(operator)" }),
    poolAssets: Wei.meta({ description: "stakeOf(operator), wei" }),
    pendingSlashes: z.string().meta({ description: "pendingSlashes(operator): while > 0 the pool's requests cannot be withdrawn" }),
  })
  .meta({ id: "AccountPosition" });
const RequestSchema = z
  .object({
    requestId: z.string(),
    operator: z.string().meta({ description: "checksummed address" }),
    shares: z.string().meta({ description: "getRequest(id).shares: shares of the operator's unbonding pool" }),
    value: Wei.meta({ description: "requestValue(id) at the indexed block, wei" }),
    unlockTime: z.string().meta({ description: "getRequest(id).unlockTime, unix seconds" }),
    matured: z.boolean().meta({ description: "indexedTimestamp ≥ unlockTime" }),
  })
  .meta({ id: "AccountRequest" });
const AccountPositionsSchema = z
  .object({
    account: z.string().meta({ description: "checksummed address" }),
    indexedBlock: z.string().meta({ description: "the last block the index holds completely; compare with the chain head for staleness" }),
    indexedHash: z.string().nullable().meta({ description: "that block's hash (null before the first window)" }),
    indexedTimestamp: z.string().nullable().meta({ description: "that block's timestamp, unix seconds (null before the first window)" }),
    positions: z.array(PositionSchema).meta({ description: "pools where the account holds shares > 0, sorted by lower-case operator" }),
    requests: z.array(RequestSchema).meta({ description: "the account's unstake requests not withdrawn yet, by id" }),
  })
  .meta({ id: "AccountPositions" });
const Params = z.object({ addr: z.string() });

/** Options of {@link registerPositionRoutes}. */
export type PositionRoutesParameters = {
  store: Store;
  vault: Address;
  /** The indexer's last complete block and its hash (`ChainIndexer.cursor()`). */
  cursor: () => { block: bigint; hash: Hex | null };
};

/** Registers `GET /v1/accounts/:addr/positions` (decimal strings; 400 `invalid_address` for a malformed address). */
export function registerPositionRoutes(api: ApiRegistry, p: PositionRoutesParameters): void {
  api.route(
    {
      method: "GET",
      url: "/v1/accounts/:addr/positions",
      operationId: "accountPositions",
      summary: "An account's positions (shares and value per operator) and pending unstake requests (value, unlock time), at the indexed block",
      tags: ["operators"],
      params: Params,
      responses: { 200: { description: "the account's positions and requests", schema: AccountPositionsSchema } },
    },
    async ({ params }) => {
      if (!isAddress(params.addr, { strict: false })) throw new HttpError(400, "invalid_address", `addr: "${params.addr.slice(0, 60)}" is not an address: send 0x and 40 hex digits`);
      const c = p.cursor();
      const s = accountPositions(p.store, { vault: p.vault, account: params.addr, indexedBlock: c.block, indexedHash: c.hash });
      return {
        account: s.account,
        indexedBlock: s.indexedBlock.toString(),
        indexedHash: s.indexedHash,
        indexedTimestamp: s.indexedTimestamp === null ? null : s.indexedTimestamp.toString(),
        positions: s.positions.map((x) => ({ operator: x.operator, shares: x.shares.toString(), value: x.value.toString(), poolShares: x.poolShares.toString(), poolAssets: x.poolAssets.toString(), pendingSlashes: x.pendingSlashes.toString() })),
        requests: s.requests.map((x) => ({ requestId: x.requestId.toString(), operator: x.operator, shares: x.shares.toString(), value: x.value.toString(), unlockTime: x.unlockTime.toString(), matured: x.matured })),
      };
    },
  );
}
