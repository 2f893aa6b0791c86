/**
 * `npm run deploy -- --network <name>`: deploys Aerie with config/deploy.json's parameters for that network
 * and writes deployments/<network>.json. Re-running checks the code at the recorded addresses and only
 * completes what is missing.
 */
import hre from "hardhat";
import { chainContext } from "../src/chain/context";
import { deployAerie, resolveDeployParams } from "../src/chain/deploy";
import { addressBookPath } from "../src/chain/addressBook";

async function main(): Promise<void> {
  const ctx = await chainContext(hre);
  const params = resolveDeployParams(ctx);
  const report = await deployAerie(ctx, params);
  console.log(`network ${ctx.network} (chain ${ctx.chainId})`);
  for (const [name, entry] of Object.entries(report.book.contracts)) {
    if (!entry) continue;
    const how = report.deployed.includes(name as never) ? "deployed" : "reused  ";
    console.log(`  ${how} ${name.padEnd(18)} ${entry.address}  block ${entry.block ?? "-"}`);
  }
  for (const w of report.wired) console.log(`  wired    ${w}`);
  console.log(`address book: ${addressBookPath(ctx.network)}`);
}

main().catch((e: unknown) => {
  const err = e as { shortMessage?: string; message?: string };
  console.error(`deploy failed: ${err.shortMessage ?? err.message ?? String(e)}`);
  process.exitCode = 1;
});
