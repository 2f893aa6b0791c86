// Deployment parameters: config/deploy.json resolved for one network.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { getAddress, isAddress, type Address } from "viem";
import { DeployConfigError } from "./errors";

/** Resolved deployment parameters (config/deploy.json after `account:N` / `env:NAME` substitution; seconds, bps). */
export type DeployParams = {
  /** The stake token's address, or `deploy-test-token` to deploy AerieTestToken (local and test networks only). */
  token: Address | "deploy-test-token";
  owner: Address;
  /** Committee members, sorted by address. */
  committee: Address[];
  committeeThreshold: number;
  guardian: Address;
  slashRecipient: Address;
  unbondingPeriodSeconds: number;
  commissionDelaySeconds: number;
  maxRoundDurationSeconds: number;
  resultDeadlineSeconds: number;
  challengeWindowSeconds: number;
  maxSlashBps: number;
  maxCommissionBps: number;
};

const rawSchema = z.object({
  defaults: z.record(z.string(), z.unknown()),
  networks: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** The default parameters file: `config/deploy.json` under the current working directory. */
export function defaultDeployConfigPath(): string {
  return join(process.cwd(), "config", "deploy.json");
}

/**
 * Reads config/deploy.json and resolves the parameters of `network`. `account:N` takes `accounts[N]`;
 * `env:NAME` reads the environment variable NAME (for `committee`, a comma-separated list of addresses).
 * @param network the Hardhat network name, e.g. `localhost`.
 * @param accounts the network's configured accounts, in order.
 * @throws DeployConfigError naming the field and the fix (unknown network, missing variable, bad address).
 */
export function resolveDeployParams(network: string, accounts: readonly Address[], path: string = defaultDeployConfigPath()): DeployParams {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new DeployConfigError(`cannot read ${path}: create it (see config/deploy.json in the repository)`, { cause: e });
  }
  const parsedRaw = rawSchema.safeParse(json);
  if (!parsedRaw.success) throw new DeployConfigError(`${path} needs "defaults" and "networks" objects: fix the file`);
  const raw = parsedRaw.data;
  const net = raw.networks[network];
  if (!net) throw new DeployConfigError(`network '${network}' has no entry in ${path}: add one (known: ${Object.keys(raw.networks).join(", ")})`);
  const merged: Record<string, unknown> = { ...raw.defaults, ...net };
  const env = (field: string, v: unknown): unknown => {
    if (typeof v === "string" && v.startsWith("env:")) {
      const name = v.slice(4);
      const value = process.env[name];
      if (value === undefined || value === "") throw new DeployConfigError(`${field}: set the environment variable ${name} (config/deploy.json, network ${network})`);
      return value;
    }
    return v;
  };
  const addr = (field: string, v: unknown): Address => {
    const s = env(field, v);
    if (typeof s === "string" && s.startsWith("account:")) {
      const i = Number(s.slice(8));
      const a = accounts[i];
      if (!a) throw new DeployConfigError(`${field}: ${s} but ${network} has ${accounts.length} accounts`);
      return a;
    }
    if (typeof s !== "string" || !isAddress(s)) throw new DeployConfigError(`${field}: expected an address, got ${JSON.stringify(s)}`);
    return getAddress(s);
  };
  const int = (field: string, v: unknown): number => {
    const s = env(field, v);
    const n = typeof s === "string" ? Number(s) : s;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new DeployConfigError(`${field}: expected a non-negative integer, got ${JSON.stringify(s)}`);
    return n;
  };
  const tokenRaw = env("token", merged.token);
  const token = tokenRaw === "deploy-test-token" ? "deploy-test-token" : addr("token", tokenRaw);
  if (token === "deploy-test-token" && network === "base") throw new DeployConfigError("token: Base mainnet must use the real stake token: set AERIE_TOKEN");
  let committeeRaw = env("committee", merged.committee);
  if (typeof committeeRaw === "string") committeeRaw = committeeRaw.split(",").map((s) => s.trim()).filter(Boolean);
  if (!Array.isArray(committeeRaw) || committeeRaw.length === 0) throw new DeployConfigError("committee: expected a non-empty list of addresses");
  const committee = committeeRaw.map((c, i) => addr(`committee[${i}]`, c)).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return {
    token,
    owner: addr("owner", merged.owner),
    committee,
    committeeThreshold: int("committeeThreshold", merged.committeeThreshold),
    guardian: addr("guardian", merged.guardian),
    slashRecipient: addr("slashRecipient", merged.slashRecipient),
    unbondingPeriodSeconds: int("unbondingPeriodSeconds", merged.unbondingPeriodSeconds),
    commissionDelaySeconds: int("commissionDelaySeconds", merged.commissionDelaySeconds),
    maxRoundDurationSeconds: int("maxRoundDurationSeconds", merged.maxRoundDurationSeconds),
    resultDeadlineSeconds: int("resultDeadlineSeconds", merged.resultDeadlineSeconds),
    challengeWindowSeconds: int("challengeWindowSeconds", merged.challengeWindowSeconds),
    maxSlashBps: int("maxSlashBps", merged.maxSlashBps),
    maxCommissionBps: int("maxCommissionBps", merged.maxCommissionBps),
  };
}
