/**
 * `npm run build:abis` (`wagmi generate`): writes src/sdk/abis.ts from the compiled Hardhat artifacts.
 *
 * - `aerieTestTokenAbi`, `stakingVaultAbi`, `taskRegistryAbi`, `rewardDistributorAbi`, `roundSettlementAbi` (`as const`);
 * - `aerieErrorsAbi`: every custom error of every Aerie contract, interface and library, the test token and
 *   OpenZeppelin, deduplicated by signature, so any revert decodes;
 * - `deployBytecode`: per contract its creation bytecode, runtime bytecode and the byte ranges of its immutables
 *   (the SDK's deploy and code-hash checks use them);
 * - `aerieVersion`: package.json's version.
 *
 * It never compiles: run `npx hardhat compile` first. Set AERIE_ABIS_OUT to write elsewhere (the staleness test does).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { defineConfig, type Plugin } from "@wagmi/cli";
import { hardhat } from "@wagmi/cli/plugins";
import type { Abi, AbiError } from "viem";

const ROOT = __dirname;
const ARTIFACTS = join(ROOT, "artifacts");
/** The contracts an Aerie deployment consists of (their artifact basenames). */
const CONTRACTS = ["AerieTestToken", "StakingVault", "TaskRegistry", "RewardDistributor", "RoundSettlement"];

type Artifact = { contractName: string; sourceName: string; abi: Abi; bytecode: string; deployedBytecode: string };

function artifactFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "build-info") out.push(...artifactFiles(p));
    } else if (name.endsWith(".json") && !name.endsWith(".dbg.json")) out.push(p);
  }
  return out;
}

function readArtifact(path: string): Artifact {
  return JSON.parse(readFileSync(path, "utf8")) as Artifact;
}

/** Error sources: everything Aerie compiles except the test mocks (the test token excepted), plus OpenZeppelin. */
function isErrorSource(a: Artifact): boolean {
  if (a.sourceName.startsWith("@openzeppelin/")) return true;
  if (!a.sourceName.startsWith("contracts/")) return false;
  return !a.sourceName.startsWith("contracts/test/") || a.contractName === "AerieTestToken";
}

function errorsAbi(): AbiError[] {
  const bySignature = new Map<string, AbiError>();
  for (const file of artifactFiles(ARTIFACTS)) {
    const a = readArtifact(file);
    if (!isErrorSource(a)) continue;
    for (const item of a.abi) {
      if (item.type !== "error") continue;
      const signature = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
      if (!bySignature.has(signature)) bySignature.set(signature, item);
    }
  }
  return [...bySignature.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

type BuildInfo = {
  output: { contracts: Record<string, Record<string, { evm?: { deployedBytecode?: { immutableReferences?: Record<string, { start: number; length: number }[]> } } }>> };
};

/** Byte ranges of a contract's immutables in its runtime code, sorted, from the build-info the artifact points at. */
function immutableRanges(artifactPath: string, a: Artifact): { start: number; length: number }[] {
  const dbg = JSON.parse(readFileSync(artifactPath.replace(/\.json$/, ".dbg.json"), "utf8")) as { buildInfo: string };
  const info = JSON.parse(readFileSync(join(artifactPath, "..", dbg.buildInfo), "utf8")) as BuildInfo;
  const refs = info.output.contracts[a.sourceName]?.[a.contractName]?.evm?.deployedBytecode?.immutableReferences ?? {};
  return Object.values(refs)
    .flat()
    .sort((x, y) => x.start - y.start);
}

/** Adds `aerieErrorsAbi` and `deployBytecode` to the generated file. */
function aerieExtras(): Plugin {
  return {
    name: "aerie-extras",
    async contracts() {
      return [{ name: "AerieErrors", abi: errorsAbi() }];
    },
    async run() {
      const entries = CONTRACTS.map((name) => {
        const path = artifactFiles(join(ARTIFACTS, "contracts")).find((p) => p.endsWith(`/${name}.json`));
        if (!path) throw new Error(`no artifact for ${name} under ${relative(ROOT, ARTIFACTS)}: run npx hardhat compile`);
        const a = readArtifact(path);
        const ranges = immutableRanges(path, a);
        return `  ${name}: {\n    bytecode: ${JSON.stringify(a.bytecode)},\n    deployedBytecode: ${JSON.stringify(a.deployedBytecode)},\n    immutableRanges: ${JSON.stringify(ranges)},\n  },`;
      });
      const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
      const content = [
        "/** The Aerie version (package.json) these ABIs and bytecodes belong to; recorded in address books. */",
        `export const aerieVersion = ${JSON.stringify(version)}`,
        "",
        "/** Per contract: creation bytecode, runtime bytecode (immutables zeroed) and the byte ranges of its immutables. */",
        `export const deployBytecode = {\n${entries.join("\n")}\n} as const`,
      ].join("\n");
      return { content };
    },
  };
}

export default defineConfig({
  out: process.env.AERIE_ABIS_OUT ?? "src/sdk/abis.ts",
  plugins: [
    hardhat({
      project: ROOT,
      include: CONTRACTS.map((n) => `${n}.json`),
      exclude: ["build-info/**", "*.dbg.json", "**/interfaces/**"],
      commands: { build: false, clean: false, rebuild: false },
    }),
    aerieExtras(),
  ],
});
