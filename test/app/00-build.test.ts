import { expect } from "chai";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/network/devnet";
import { appExists, buildApp, CHROMIUM, findLeaks } from "./helpers";
import { devSecrets, pageScript, TEST_WALLET_MARKERS } from "./wallet";
import { removeTempDir, tempDir } from "../shared/tempDir";

/** Everything that must never ship: the test wallet's markers, the dev keys and the mnemonic. */
const FORBIDDEN = [...TEST_WALLET_MARKERS, ...devSecrets()];

describe("app: the production build holds no test wallet (issue 8, item 8)", function () {
  this.timeout(240_000);

  describe("the leak check", () => {
    const dirs: string[] = [];
    const newDir = () => {
      const d = tempDir("aerie-leaks-");
      dirs.push(d);
      return d;
    };
    after(() => dirs.forEach(removeTempDir));

    it("finds nothing in a clean build-like directory", () => {
      const dir = newDir();
      mkdirSync(join(dir, "assets"));
      writeFileSync(join(dir, "index.html"), "<!doctype html><script src=/assets/index.js></script>");
      writeFileSync(join(dir, "assets", "index.js"), "const injected = window.ethereum; // EIP-6963 discovery\n");
      expect(findLeaks(dir, FORBIDDEN)).to.deep.equal([]);
    });

    it("finds the test wallet's page script and names each marker it holds", () => {
      const dir = newDir();
      writeFileSync(join(dir, "chunk.js"), pageScript());
      expect(findLeaks(dir, FORBIDDEN)).to.deep.equal(TEST_WALLET_MARKERS.map((needle) => ({ file: "chunk.js", needle })));
    });

    it("finds a dev key in any case, in a nested file", () => {
      const dir = newDir();
      mkdirSync(join(dir, "assets", "deep"), { recursive: true });
      const key = devSecrets()[7]!;
      writeFileSync(join(dir, "assets", "deep", "x.js"), `const k = "0x${key.toUpperCase()}";`);
      expect(findLeaks(dir, FORBIDDEN)).to.deep.equal([{ file: join("assets", "deep", "x.js"), needle: key }]);
    });
  });

  describe("npm run app:build", () => {
    it("builds files that hold none of the test wallet's markers, dev keys or mnemonic", async function () {
      if (!appExists()) this.skip(); // note: app/ and its app:build script come from the `app` branch; until it is merged there is nothing to build
      const dist = await buildApp();
      expect(findLeaks(dist, FORBIDDEN)).to.deep.equal([]);
    });
  });

  describe(".ci/run", () => {
    it("installs Debian's chromium non-interactively, only when missing, before npm test", () => {
      const lines = readFileSync(join(ROOT, ".ci", "run"), "utf8").split("\n").map((l) => l.trim());
      const guard = lines.findIndex((l) => l === `if [ ! -x ${CHROMIUM} ]; then`);
      const install = lines.findIndex((l) => /DEBIAN_FRONTEND=noninteractive apt-get install -y .*\bchromium$/.test(l));
      expect(guard, "the guard on /usr/bin/chromium").to.be.greaterThan(0);
      expect(install).to.be.greaterThan(guard);
      expect(lines.indexOf("npm test")).to.be.greaterThan(install);
    });
  });
});
