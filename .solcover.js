/**
 * solidity-coverage configuration (`npm run coverage`, i.e. `SOLIDITY_COVERAGE=true hardhat coverage`; the
 * variable is required because hardhat-viem is loaded).
 *
 * Measured: the four core contracts in contracts/*.sol and their libraries in contracts/libraries/.
 * Skipped: contracts/test/ (mock tokens and vaults used only by tests) and contracts/interfaces/ (no code).
 * Paths are relative to `contracts/`. The instrumented build compiles with the optimizer off (no stack-too-deep
 * today, so `configureYulOptimizer` is not needed) through the offline solc-js override of hardhat.config.ts.
 */
module.exports = {
  skipFiles: ["test/", "interfaces/"],
  istanbulReporter: ["html", "lcov", "text", "json-summary", "json"],
  // Per-test timeout: the instrumented contracts run slower than the normal build.
  mocha: { timeout: 600_000 },
};
