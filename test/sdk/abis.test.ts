import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import hre from "hardhat";
import { toFunctionSelector } from "viem";
import { aerieErrorsAbi, aerieVersion, deployBytecode, stakingVaultAbi } from "../../src/sdk";
import { removeTempDir, tempDir } from "../shared/tempDir";

const ROOT = join(__dirname, "..", "..");

/** `Name(type,…)` of an ABI error (Aerie's errors carry no struct arguments). */
const signature = (e: { name: string; inputs: readonly { type: string }[] }) => `${e.name}(${e.inputs.map((i) => i.type).join(",")})`;

/** Every artifact JSON under a directory (no build-info, no .dbg.json). */
function artifacts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "build-info" ? [] : artifacts(p);
    return name.endsWith(".json") && !name.endsWith(".dbg.json") ? [p] : [];
  });
}

describe("sdk: generated ABIs (src/sdk/abis.ts)", function () {
  before(async function () {
    await hre.run("compile", { quiet: true });
  });

  it("is up to date with the compiled artifacts (run `npm run build:abis` when this fails)", function () {
    const dir = tempDir("aerie-abis-");
    try {
      const out = join(dir, "abis.ts");
      execFileSync(join(ROOT, "node_modules", ".bin", "wagmi"), ["generate"], { cwd: ROOT, env: { ...process.env, AERIE_ABIS_OUT: out }, stdio: "pipe" });
      expect(readFileSync(out, "utf8") === readFileSync(join(ROOT, "src", "sdk", "abis.ts"), "utf8"), "src/sdk/abis.ts is stale: run npm run build:abis").to.equal(true);
    } finally {
      removeTempDir(dir);
    }
  });

  it("aerieErrorsAbi holds every custom error of Aerie, the test token and OpenZeppelin, once each", async function () {
    const expected = new Set<string>();
    for (const file of artifacts(join(ROOT, "artifacts"))) {
      const a = JSON.parse(readFileSync(file, "utf8")) as { sourceName: string; contractName: string; abi: { type: string; name: string; inputs: { type: string }[] }[] };
      const isMock = a.sourceName.startsWith("contracts/test/") && a.contractName !== "AerieTestToken";
      if (isMock || !(a.sourceName.startsWith("contracts/") || a.sourceName.startsWith("@openzeppelin/"))) continue;
      for (const item of a.abi) if (item.type === "error") expected.add(signature(item));
    }
    const got = aerieErrorsAbi.map(signature);
    expect(new Set(got).size).to.equal(got.length);
    expect([...got].sort()).to.deep.equal([...expected].sort());
    for (const name of ["StakingVaultNotRegistered(address)", "ERC20InsufficientAllowance(address,uint256,uint256)", "OwnableUnauthorizedAccount(address)", "TokenTransferShortfall(uint256,uint256)"]) {
      expect(got).to.include(name);
    }
    // selectors are unique too: decoding is by selector
    expect(new Set(got.map((s) => toFunctionSelector(s))).size).to.equal(got.length);
  });

  it("deployBytecode matches the artifacts, and aerieVersion is package.json's", async function () {
    const vault = await hre.artifacts.readArtifact("StakingVault");
    expect(deployBytecode.StakingVault.bytecode).to.equal(vault.bytecode);
    expect(deployBytecode.StakingVault.deployedBytecode).to.equal(vault.deployedBytecode);
    expect(deployBytecode.StakingVault.immutableRanges.length).to.be.greaterThan(0);
    expect(stakingVaultAbi.find((i) => i.type === "function" && i.name === "stakeWithPermit")).to.not.equal(undefined);
    expect(aerieVersion).to.equal((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
  });
});
