// Peer signature pull: a member that misses signatures GETs them from its peers over real sockets (fastify listening
// on free ports) and takes only committee members' valid signatures over its own digest, whoever serves them.
import { expect } from "chai";
import type { FastifyInstance } from "fastify";
import { keccak256, toHex, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { computeRound, type RoundOutput } from "../../src/aggregator";
import { hashRoundResult, settlementDomain, signRoundResult, type RoundResult } from "../../src/lib/eip712";
import { PeerBook } from "../../src/node/committee/peers";
import { pullSignatures } from "../../src/node/committee/signatures";
import { CommitteeStore } from "../../src/node/committee/store";
import { createNodeMetrics } from "../../src/node/http/metrics";
import { buildServer } from "../../src/node/http/server";
import { registerCommitteeRoutes } from "../../src/node/http/signatures";
import { openStore, type Store } from "../../src/node/store/db";
import { CHAIN_ID, CONTRACTS, referenceInputs } from "../aggregator/fixtures";

const key = (i: number) => privateKeyToAccount(keccak256(toHex(`aerie-pull-test-${i}`)));
const [M1, M2, M3] = [key(1), key(2), key(3)];
const OUTSIDER = key(9);
const committee = { members: [M1, M2, M3].map((m) => m.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)), threshold: 2 };
const domain = settlementDomain(CHAIN_ID, CONTRACTS.settlement);

/** A member's store holding its computed round (`result`, digest) and the given raw signature rows (unchecked). */
function memberStore(out: RoundOutput, result: RoundResult, rows: { signer: Address; signature: Hex }[]): { db: Store; bundles: CommitteeStore; digest: Hex } {
  const db = openStore({ dataDir: ":memory:" });
  const bundles = new CommitteeStore(db);
  const digest = hashRoundResult(domain, result);
  bundles.putBundle(result.taskId, result.round, out.bundleHash, digest, out.canonical);
  bundles.putRound({ taskId: result.taskId, round: result.round, bundleHash: out.bundleHash, digest, result, slashes: out.slashes, state: "signed", firstDifference: null });
  for (const r of rows) bundles.addSignature(result.taskId, result.round, digest, r.signer, r.signature);
  return { db, bundles, digest };
}

describe("committee: pulling signatures from peers (HTTP over real sockets)", function () {
  this.timeout(60_000);
  let out: RoundOutput;
  let digest: Hex;
  const sig: Record<string, Hex> = {};
  const servers: FastifyInstance[] = [];
  const stores: Store[] = [];

  /** Starts a peer on a free port running as `member`, holding `rows` over `result`'s digest. */
  async function peer(member: Address | undefined, rows: { signer: Address; signature: Hex }[], result: RoundResult = out.result): Promise<string> {
    const s = memberStore(out, result, rows);
    stores.push(s.db);
    const app = await buildServer({
      metrics: createNodeMetrics(false),
      routes: (api) => registerCommitteeRoutes(api, { store: s.db, bundles: s.bundles, committee: async () => committee, ...(member ? { member } : {}) }),
    });
    servers.push(app);
    return (await app.listen({ host: "127.0.0.1", port: 0 })).replace(/\/$/, "");
  }

  before(async function () {
    out = await computeRound(await referenceInputs());
    digest = hashRoundResult(domain, out.result);
    for (const m of [M1, M2, M3, OUTSIDER]) sig[m.address] = await signRoundResult(m, domain, out.result);
  });
  after(async function () {
    for (const a of servers) await a.close();
    for (const d of stores) d.close();
  });

  it("serves the held signatures with the member's digest, and 404 round_not_computed before", async function () {
    const url = await peer(M2.address, [{ signer: M2.address, signature: sig[M2.address]! }]);
    const res = await fetch(`${url}/v1/tasks/${out.result.taskId}/rounds/${out.result.round}/signatures`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({
      taskId: out.result.taskId.toString(),
      round: out.result.round.toString(),
      member: M2.address,
      digest,
      bundleHash: out.bundleHash,
      signatures: [{ signer: M2.address, signature: sig[M2.address]!.toLowerCase() }],
    });
    const early = await fetch(`${url}/v1/tasks/${out.result.taskId}/rounds/${out.result.round + 1n}/signatures`);
    expect(early.status).to.equal(404);
    expect(((await early.json()) as { error: { code: string } }).error.code).to.equal("round_not_computed");
  });

  it("takes members' valid signatures over its digest (relayed ones too); refuses an outsider's, a forged one and another digest's", async function () {
    const other = { ...out.result, totalReward: out.result.totalReward - 1n };
    const otherDigest = hashRoundResult(domain, other);
    // peer A runs as M2 and relays M3's signature, next to an outsider's and one filed under M1 but signed by M2
    const a = await peer(M2.address, [
      { signer: M2.address, signature: sig[M2.address]! },
      { signer: M3.address, signature: sig[M3.address]! },
      { signer: OUTSIDER.address, signature: sig[OUTSIDER.address]! },
      { signer: M1.address, signature: sig[M2.address]! },
    ]);
    // peer B runs as M3 but computed another result
    const b = await peer(M3.address, [{ signer: M3.address, signature: await signRoundResult(M3, domain, other) }], other);
    const me = memberStore(out, out.result, [{ signer: M1.address, signature: sig[M1.address]! }]);
    stores.push(me.db);
    const book = new PeerBook([b, a], { [a]: M2.address, [b]: M3.address });
    const r = await pullSignatures({ book, bundles: me.bundles, committee, taskId: out.result.taskId, round: out.result.round, digest });
    expect(r.otherDigest).to.deep.equal([{ peer: b, digest: otherDigest, bundleHash: out.bundleHash }]);
    expect(r.added).to.have.members([M2.address, M3.address]);
    expect(r.refused.map((x) => [x.peer, x.signer, x.code])).to.have.deep.members([
      [a, OUTSIDER.address, "not_committee_member"],
      [a, M1.address, "invalid_signature"],
    ]);
    expect(r.learned).to.deep.equal([]);
    expect(r.conflicts).to.deep.equal([]);
    expect(me.bundles.signatures(digest).map((s) => s.signer)).to.have.members([M1.address, M2.address, M3.address]);
    expect(me.bundles.signatures(otherDigest)).to.deep.equal([]);
    expect(me.bundles.signatures(digest).find((s) => s.signer === M1.address)!.signature).to.equal(sig[M1.address]!.toLowerCase());
  });

  it("maps a peer to its key only from a valid signature of that key; a configured key wins; stops once enough are held", async function () {
    const me = memberStore(out, out.result, [{ signer: M1.address, signature: sig[M1.address]! }]);
    stores.push(me.db);
    // c says it runs as M3 but only relays M2's signature: taken, and c stays unmapped
    const c = await peer(M3.address, [{ signer: M2.address, signature: sig[M2.address]! }]);
    // d runs as M3 and serves M3's own signature: learned
    const d = await peer(M3.address, [{ signer: M3.address, signature: sig[M3.address]! }]);
    const book = new PeerBook([c, d]);
    const r = await pullSignatures({ book, bundles: me.bundles, committee, taskId: out.result.taskId, round: out.result.round, digest });
    expect(r.added).to.deep.equal([M2.address, M3.address]);
    expect(book.memberOf(c)).to.equal(undefined);
    expect(r.learned).to.deep.equal([{ peer: d, member: M3.address }]);
    expect(book.memberOf(d)).to.equal(M3.address);
    // the peer of a missing member is asked first
    expect(book.pullOrder(new Set([M3.address.toLowerCase()]))).to.deep.equal([d, c]);
    expect(book.pullOrder(new Set([M2.address.toLowerCase()]))).to.deep.equal([c, d]);

    // the config says d is M2: d's claim to be M3 is a conflict and the config is kept
    const me2 = memberStore(out, out.result, [{ signer: M1.address, signature: sig[M1.address]! }]);
    stores.push(me2.db);
    const configured = new PeerBook([d], { [d]: M2.address });
    const r2 = await pullSignatures({ book: configured, bundles: me2.bundles, committee, taskId: out.result.taskId, round: out.result.round, digest });
    expect(r2.conflicts).to.deep.equal([{ peer: d, claimed: M3.address, configured: M2.address }]);
    expect(configured.memberOf(d)).to.equal(M2.address);
    expect(r2.added).to.deep.equal([M3.address]);

    // enough = k = 2: one peer's signature suffices, the next peer is not asked
    const me3 = memberStore(out, out.result, [{ signer: M1.address, signature: sig[M1.address]! }]);
    stores.push(me3.db);
    const r3 = await pullSignatures({ book: new PeerBook([d, c]), bundles: me3.bundles, committee, taskId: out.result.taskId, round: out.result.round, digest, enough: 2 });
    expect(r3.added).to.deep.equal([M3.address]);
  });

  it("a peer that is down or answers garbage gives nothing and breaks nothing", async function () {
    const me = memberStore(out, out.result, [{ signer: M1.address, signature: sig[M1.address]! }]);
    stores.push(me.db);
    const r = await pullSignatures({ book: new PeerBook(["http://127.0.0.1:9"]), bundles: me.bundles, committee, taskId: out.result.taskId, round: out.result.round, digest });
    expect(r).to.deep.equal({ added: [], refused: [], otherDigest: [], learned: [], conflicts: [] });
    expect(me.bundles.signatures(digest)).to.have.length(1);
  });
});
