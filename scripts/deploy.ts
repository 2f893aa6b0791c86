/**
 * `npm run deploy -- --network <name>`: deploys Aerie with config/deploy.json's parameters for that network and
 * writes deployments/<chainId>.json (address book v2). A re-run checks the recorded code hashes first and only
 * completes what is missing; a v1 book deployments/<network>.json is upgraded. The in-process `hardhat` network
 * always deploys afresh into deployments/hardhat/<chainId>.json.
 */
import { join } from "node:path";
import hre from "hardhat";
import { CONTRACT_NAMES, defaultDeploymentsDir, deployAerie, providerClients, resolveDeployParams } from "../src/sdk";
import { printError } from "../src/io/printError";

async function main(): Promise<void> {
  const { chainId, walletClients } = await providerClients(hre.network.provider);
  const network = hre.network.name;
  const deployer = walletClients[0];
  if (!deployer) throw new Error(`no deployer account on ${network}: set AERIE_PRIVATE_KEYS`);
  const params = resolveDeployParams(network, walletClients.map((w) => w.account.address));
  const inProcess = network === "hardhat";
  const report = await deployAerie(deployer, {
    network,
    params,
    fresh: inProcess,
    path: inProcess ? join(defaultDeploymentsDir(), "hardhat", `${chainId}.json`) : undefined,
  });
  console.log(`network ${network} (chain ${chainId})`);
  if (report.upgradedFrom) console.log(`  upgraded the v1 book ${report.upgradedFrom}`);
  for (const name of CONTRACT_NAMES) {
    const entry = report.book.contracts[name];
    if (!entry) continue;
    const how = report.deployed.includes(name) ? "deployed" : "reused  ";
    console.log(`  ${how} ${name.padEnd(18)} ${entry.address}  block ${entry.block ?? "-"}`);
  }
  for (const w of report.wired) console.log(`  wired    ${w}`);
  console.log(`address book: ${report.path}`);
}

main().catch((e: unknown) => {
  process.exitCode = printError(e);
});
