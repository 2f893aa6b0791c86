/**
 * `npm run demo [-- --policy aerie-consensus-v1|aerie-consensus-v2|flock-fl-alliance-v1] [-- --network localhost]` —
 * Aerie end to end on a local chain: the in-process Hardhat network by default, `--network localhost` against
 * `npx hardhat node`. See src/demo/run.ts (scores policies) and src/demo/runFl.ts (FL Alliance) for the flows.
 */
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { policy: { type: "string", default: "aerie-consensus-v1" }, network: { type: "string" } }, strict: true });
if (values.network !== undefined) process.env.HARDHAT_NETWORK = values.network;

async function main(): Promise<void> {
  // hardhat reads HARDHAT_NETWORK when it loads: import it only after the arguments are parsed
  const hre = (await import("hardhat")).default;
  await hre.run("compile", { quiet: true });
  if (values.policy === "flock-fl-alliance-v1") await (await import("../src/demo/runFl")).runFlDemo(hre);
  else await (await import("../src/demo/run")).runDemo(hre, { policy: values.policy });
}

main().catch(async (e: unknown) => {
  const { printError } = await import("../src/io/printError");
  process.exitCode = printError(e);
});
