/**
 * solidity-coverage configuration (`npm run coverage` / `npx hardhat coverage`).
 *
 * Measured: the four core contracts in contracts/*.sol and their libraries in contracts/libraries/.
 * Skipped: contracts/test/ (mock tokens and vaults used only by tests) and contracts/interfaces/ (no code).
 * Paths are relative to `contracts/`.
 */
module.exports = {
  skipFiles: ["test/", "interfaces/"],
  // The instrumented build turns the optimizer off; keep the Yul optimizer on for the few stack-deep functions.
  configureYulOptimizer: true,
  istanbulReporter: ["html", "lcov", "text", "json-summary", "json"],
  // Mocha timeout per test: the instrumented contracts are slower than the normal build.
  mocha: { timeout: 600_000 },
};
