import { HardhatUserConfig, subtask } from "hardhat/config";
import { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } from "hardhat/builtin-tasks/task-names";
import "@nomicfoundation/hardhat-toolbox";
import "@nomicfoundation/hardhat-viem";

/** The one compiler version Aerie uses; pinned exactly in package.json (`solc`). */
const SOLC_VERSION = "0.8.28";

// Compile offline with the npm `solc` (solc-js): Hardhat's own download cannot be reached here.
subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args: { solcVersion: string }, _hre, runSuper) => {
  if (args.solcVersion !== SOLC_VERSION) return runSuper(args);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const solc = require("solc");
  return {
    compilerPath: require.resolve("solc/soljson.js"),
    isSolcJs: true,
    version: SOLC_VERSION,
    longVersion: solc.version() as string,
  };
});

/** Accounts for a real network: a comma-separated list of private keys in AERIE_PRIVATE_KEYS. */
function envAccounts(): string[] {
  const raw = process.env.AERIE_PRIVATE_KEYS ?? process.env.PRIVATE_KEY ?? "";
  return raw
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

const config: HardhatUserConfig = {
  solidity: {
    version: SOLC_VERSION,
    settings: {
      optimizer: { enabled: true, runs: 10_000 },
      evmVersion: "cancun",
    },
  },
  networks: {
    hardhat: {
      // 20 funded accounts are enough for the demo's roles; keep the default mnemonic.
      accounts: { count: 30 },
    },
    localhost: { url: process.env.LOCALHOST_RPC_URL ?? "http://127.0.0.1:8545" },
    baseSepolia: {
      url: process.env.BASE_SEPOLIA_RPC_URL ?? "https://base-sepolia.invalid",
      chainId: 84532,
      accounts: envAccounts(),
    },
    base: {
      url: process.env.BASE_RPC_URL ?? "https://base.invalid",
      chainId: 8453,
      accounts: envAccounts(),
    },
  },
  paths: {
    sources: "contracts",
    tests: "test",
  },
  mocha: { timeout: 300_000 },
  gasReporter: { enabled: process.env.REPORT_GAS === "true" },
  typechain: { outDir: "typechain-types", target: "ethers-v6" },
};

export default config;
