import { HardhatUserConfig, subtask } from "hardhat/config";
import { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } from "hardhat/builtin-tasks/task-names";
import "@nomicfoundation/hardhat-toolbox";
import "@nomicfoundation/hardhat-viem";
import { envPrivateKeys, LOCAL_ACCOUNT_COUNT, networkConfig } from "./src/io/networks";

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

// Network URLs, chain ids and keys come from src/io/networks.ts, which the CLI reads without loading Hardhat.
const localhost = networkConfig("localhost");
const baseSepolia = networkConfig("baseSepolia");
const base = networkConfig("base");

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
      // enough funded accounts for the demo's roles; keep the default mnemonic.
      accounts: { count: LOCAL_ACCOUNT_COUNT },
    },
    localhost: { url: localhost.rpcUrl! },
    baseSepolia: { url: baseSepolia.rpcUrl!, chainId: baseSepolia.chainId, accounts: envPrivateKeys() },
    base: { url: base.rpcUrl!, chainId: base.chainId, accounts: envPrivateKeys() },
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
