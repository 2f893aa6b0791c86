// The worker's data dir stores (src/worker/store.ts): artefacts content-addressed and checked against their name when
// loaded (a corrupt one is refused with one line naming the file and never served), retention by round, and a
// trainer's rounds and last model read back as written.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";

import { startArtefactServer } from "../../src/worker/artefacts";
import { WorkerStoreError } from "../../src/worker/errors";
import { modelHash } from "../../src/worker/model/format";
import { fileArtefactStore, fileTrainerStore } from "../../src/worker/store";

const bytes = (...b: number[]) => new Uint8Array(b);
const OWNER = "0x00000000000000000000000000000000000000AB";

describe("worker: data dir stores", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "aerie-store-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe("fileArtefactStore", () => {
    it("writes each artefact as r<round>-<hash>.bin and loads it back, checked", () => {
      const s = fileArtefactStore(dir);
      s.put(modelHash(bytes(1, 2, 3)), 0n, bytes(1, 2, 3));
      s.put(modelHash(bytes(4)), 1n, bytes(4));
      expect(readdirSync(join(dir, "artefacts")).sort()).to.deep.equal([`r0-${modelHash(bytes(1, 2, 3))}.bin`, `r1-${modelHash(bytes(4))}.bin`].sort());
      const loaded = fileArtefactStore(dir).load().sort((a, b) => Number(a.round - b.round));
      expect(loaded).to.deep.equal([
        { modelHash: modelHash(bytes(1, 2, 3)), round: 0n, bytes: bytes(1, 2, 3) },
        { modelHash: modelHash(bytes(4)), round: 1n, bytes: bytes(4) },
      ]);
    });

    it("keeps only the newest retainRounds rounds' artefacts", () => {
      const s = fileArtefactStore(dir, 2);
      for (let r = 0; r < 4; r++) s.put(modelHash(bytes(r)), BigInt(r), bytes(r));
      expect(readdirSync(join(dir, "artefacts")).sort()).to.deep.equal([`r2-${modelHash(bytes(2))}.bin`, `r3-${modelHash(bytes(3))}.bin`].sort());
    });

    it("refuses a file whose bytes do not hash to its name, with one line naming it and the fix; the server does not start", async () => {
      const s = fileArtefactStore(dir);
      const hash = modelHash(bytes(9, 9));
      s.put(hash, 0n, bytes(9, 9));
      const path = join(dir, "artefacts", `r0-${hash}.bin`);
      writeFileSync(path, bytes(9, 8));
      const expected = `worker data dir: ${path} hashes to ${modelHash(bytes(9, 8))}, not the ${hash} its name says: the file is corrupt; delete it (the worker will not serve it) and start again`;
      expect(() => s.load()).to.throw(WorkerStoreError, expected);
      let thrown: unknown;
      await startArtefactServer({ host: "127.0.0.1", port: 0, store: s }).then((a) => a.close(), (e: unknown) => (thrown = e));
      expect(thrown).to.be.instanceOf(WorkerStoreError);
      expect((thrown as WorkerStoreError).path).to.equal(path);
      expect((thrown as Error).message.split("\n")[0]).to.equal(expected);
    });

    it("an artefact server with a store writes before put returns and serves the stored bytes after a restart", async () => {
      const first = await startArtefactServer({ host: "127.0.0.1", port: 0, store: fileArtefactStore(dir) });
      const { modelHash: hash } = first.put(bytes(7, 7, 7), 3n);
      expect(readdirSync(join(dir, "artefacts"))).to.deep.equal([`r3-${hash}.bin`]);
      expect(() => first.put(bytes(1))).to.throw(`artefact ${modelHash(bytes(1))}: a persisted artefact needs the round it is published in`);
      await first.close();
      const second = await startArtefactServer({ host: "127.0.0.1", port: 0, store: fileArtefactStore(dir) });
      try {
        const res = await fetch(`${second.url}/models/${hash}`);
        expect(res.status).to.equal(200);
        expect(new Uint8Array(await res.arrayBuffer())).to.deep.equal(bytes(7, 7, 7));
      } finally {
        await second.close();
      }
    });
  });

  describe("fileTrainerStore", () => {
    const round = { modelHash: modelHash(bytes(5)), modelURI: "http://127.0.0.1:1/models/x", bytes: 1, trainMs: 12 };

    it("reads back rounds and the last model as written", () => {
      const s = fileTrainerStore(dir, OWNER, 4n);
      expect(s.load()).to.deep.equal({ rounds: new Map(), last: null });
      s.putRound(0n, { kind: "trained", ...round });
      s.putLast(bytes(5));
      s.putRound(0n, { kind: "submitted", ...round, refused: [] });
      expect(readdirSync(join(dir, "trainer")).sort()).to.deep.equal([`${OWNER.toLowerCase()}-4-last.bin`, `${OWNER.toLowerCase()}-4.json`]);
      expect(fileTrainerStore(dir, OWNER, 4n).load()).to.deep.equal({ rounds: new Map([[0n, { kind: "submitted", ...round, refused: [] }]]), last: bytes(5) });
    });

    it("refuses a last model that does not hash to the recorded hash, and a state that is not JSON", () => {
      const s = fileTrainerStore(dir, OWNER, 4n);
      s.putLast(bytes(5));
      const last = join(dir, "trainer", `${OWNER.toLowerCase()}-4-last.bin`);
      const state = join(dir, "trainer", `${OWNER.toLowerCase()}-4.json`);
      writeFileSync(last, bytes(6));
      expect(() => fileTrainerStore(dir, OWNER, 4n).load()).to.throw(
        WorkerStoreError,
        `worker data dir: ${last} hashes to ${modelHash(bytes(6))}, not the last model ${modelHash(bytes(5))} ${state} names: the file is corrupt; delete it (the trainer then retrains its unacknowledged rounds from scratch) and start again`,
      );
      writeFileSync(state, "{not json");
      expect(() => fileTrainerStore(dir, OWNER, 4n).load()).to.throw(WorkerStoreError, `worker data dir: ${state} is not a trainer state (JSON with \`rounds\`): the file is corrupt`);
    });
  });
});
