import { expect } from "chai";
import fs, { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { InvalidFileError } from "../../src/lib/errors";
import { cliDataDir, commitFile, loadCommit, saveCommit, type SavedCommit } from "../../src/io/salts";

describe("io/salts: the CLI's saved commitments", function () {
  const commit: SavedCommit = {
    kind: "vote",
    chainId: 31337,
    taskId: "1",
    round: "2",
    signer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    payload: { vote: "-600000" },
    salt: `0x${"ab".repeat(32)}`,
    commitment: `0x${"cd".repeat(32)}`,
  };

  it("saves owner-only and loads back exactly what was committed (a reveal after a restart)", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-salts-"));
    const file = saveCommit(dir, commit);
    expect(file).to.equal(join(dir, "commits", "31337-1-2-vote-0x70997970c51812dc3a010c7d01b50e0d17dc79c8.json"));
    expect(statSync(file).mode & 0o777).to.equal(0o600);
    expect(loadCommit(dir, commit)).to.deep.equal(commit);
    expect(loadCommit(dir, { ...commit, round: "3" })).to.equal(undefined);
  });

  it("never lets the salt be readable by others: the commits directory is 0700 and the file is written 0600 from the start", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-salts-"));
    // watch the directory: every file that appears in it (the temporary file of the atomic write included) is owner-only
    const seen: number[] = [];
    const commits = join(dir, "commits");
    const realWrite = fs.writeFileSync;
    const spy = (path: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, options?: fs.WriteFileOptions) => {
      realWrite(path, data, options);
      if (typeof path === "string" && path.startsWith(commits)) seen.push(statSync(path).mode & 0o777);
    };
    (fs as { writeFileSync: typeof spy }).writeFileSync = spy;
    try {
      saveCommit(dir, commit);
    } finally {
      (fs as { writeFileSync: typeof realWrite }).writeFileSync = realWrite;
    }
    expect(seen).to.deep.equal([0o600]);
    expect(statSync(commits).mode & 0o777).to.equal(0o700);
  });

  it("refuses a malformed file in one line naming it", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-salts-"));
    const file = saveCommit(dir, commit);
    writeFileSync(file, JSON.stringify({ ...commit, salt: "0x12" }));
    expect(() => loadCommit(dir, commit)).to.throw(InvalidFileError, `saved commitment ${commitFile(dir, commit)} is malformed`);
  });

  it("uses --data-dir, else AERIE_DATA_DIR, else ~/.aerie", function () {
    expect(cliDataDir("/x", { AERIE_DATA_DIR: "/y" })).to.equal("/x");
    expect(cliDataDir(undefined, { AERIE_DATA_DIR: "/y" })).to.equal("/y");
    expect(cliDataDir(undefined, {})).to.match(/\.aerie$/);
  });
});
