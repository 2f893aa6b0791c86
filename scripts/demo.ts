/**
 * `npm run demo` — Aerie end to end on a local chain: the in-process Hardhat network by default,
 * `npm run demo -- --network localhost` against `npx hardhat node`. See src/demo/run.ts for the flow.
 */
import hre from "hardhat";
import { runDemo } from "../src/demo/run";

runDemo(hre).catch((e: unknown) => {
  const err = e as { shortMessage?: string; message?: string };
  console.error(`demo failed: ${err.shortMessage ?? err.message ?? String(e)}`);
  process.exitCode = 1;
});
