/**
 * `npm run demo` — Aerie end to end on a local chain: the in-process Hardhat network by default,
 * `npm run demo -- --network localhost` against `npx hardhat node`. See src/demo/run.ts for the flow.
 */
import hre from "hardhat";
import { runDemo } from "../src/demo/run";
import { printError } from "../src/io/printError";

runDemo(hre).catch((e: unknown) => {
  process.exitCode = printError(e);
});
