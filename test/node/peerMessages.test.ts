// The store of round messages learned from peers (migration 6): one row per (kind, signature, salt), at most
// MAX_PEER_ROWS_PER_SIGNER per (kind, task, round, signer), keeping the greatest signatures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import type { Hex } from "viem";

import { openStore, type Store } from "../../src/node/store/db";
import { MAX_PEER_ROWS_PER_SIGNER, PeerMessageStore } from "../../src/node/store/peerMessages";
import { account } from "./helpers";

describe("PeerMessageStore", () => {
  let dir: string;
  let store: Store;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "aerie-peer-messages-"));
    store = openStore({ dataDir: dir });
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const v = account(401);
  const sig = (n: number) => `0x${n.toString(16).padStart(2, "0").repeat(65)}` as Hex;
  const entry = (n: number, salt: Hex | null = null) => ({ kind: "scoresCommit" as const, signer: v.address, signature: sig(n), salt, digest: sig(n).slice(0, 66) as Hex, message: { taskId: "3", round: "1", validator: v.address, commitment: sig(n).slice(0, 66) } });

  it("stores a message once, lists it back, and keeps the greatest signatures beyond the cap", () => {
    const peers = new PeerMessageStore(store);
    expect(peers.put(3n, 1n, entry(1))).to.equal(true);
    expect(peers.put(3n, 1n, entry(1))).to.equal(false);
    expect(peers.list(3n, 1n)).to.deep.equal([entry(1)]);
    expect(peers.list(3n, 2n)).to.deep.equal([]);
    for (let n = 2; n <= MAX_PEER_ROWS_PER_SIGNER + 4; n++) peers.put(3n, 1n, entry(n));
    const kept = peers.list(3n, 1n).map((e) => e.signature);
    expect(kept).to.have.length(MAX_PEER_ROWS_PER_SIGNER);
    // the least signatures made room; a lesser one than every kept one is dropped
    expect(kept.sort()).to.deep.equal(Array.from({ length: MAX_PEER_ROWS_PER_SIGNER }, (_, i) => sig(i + 5)).sort());
    expect(peers.put(3n, 1n, entry(1))).to.equal(false);
  });

  it("keeps a reveal's salts apart (the salt is not signed)", () => {
    const peers = new PeerMessageStore(store);
    const salt = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
    const reveal = (s: Hex) => ({ ...entry(9, s), kind: "scoresReveal" as const });
    expect(peers.put(4n, 0n, reveal(salt(1)))).to.equal(true);
    expect(peers.put(4n, 0n, reveal(salt(2)))).to.equal(true);
    expect(peers.list(4n, 0n).map((e) => e.salt)).to.deep.equal([salt(1), salt(2)]);
  });
});
