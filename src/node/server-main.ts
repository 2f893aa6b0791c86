// Entry of a stand-alone intake node process: opens the store and serves the intake over HTTP.
// Argument parsing is temporary: the node's config module (`aerie node --config`) replaces it.
//
//   ts-node src/node/server-main.ts --db DIR/node.db --chain-id 31337 --registry 0x… \
//     (--lookups rounds.json | --rpc http://127.0.0.1:8545 --spec task.json…) [--fl-lookups policies.json] [--port 0] [--host 127.0.0.1]
//     [--recoverer native|viem] [--recover-threads N] [--writer thread|inline] [--clock system|chain] [--signer-rate BURST/PER_S|off] [--ip-rate BURST/PER_S|off] [--cors ORIGIN…]
//
// Prints one JSON line `{"listening":"http://host:port"}` on stdout once it accepts connections.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createPublicClient, http, isAddress, getAddress, type PublicClient } from "viem";

import { specHash } from "../lib/taskSpec";
import { parseTaskSpec } from "../aggregator/taskSpec";
import type { RateLimit } from "./http/rateLimit";
import { buildIntakeApp } from "./intake/app";
import { chainClock, chainParticipantLookup, chainRoundLookup, staticLookups, StaticLookupFileSchema, type Clock, type ParticipantLookup, type RoundLookup } from "./intake/lookups";
import { defaultRecoverThreads, nativeRecoverer, RecoverPool, viemRecoverer, type Recoverer } from "./intake/recover";
import { StaticFlLookupFileSchema, staticFlLookups, type FlLookups } from "./intake/flLookups";

/** A command-line mistake: printed as one line, exit code 2. */
class UsageError extends Error {}

function rate(value: string | undefined, flag: string): RateLimit | null | undefined {
  if (value === undefined) return undefined;
  if (value === "off") return null;
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (m === null) throw new UsageError(`${flag}: expected BURST/PER_SECOND (e.g. 20/2) or off, got '${value}'`);
  return { burst: Number(m[1]), perSecond: Number(m[2]) };
}

function readJson(file: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`${flag}: cannot read ${file}: check the path`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${flag}: ${file} is not valid JSON: fix the file`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      "chain-id": { type: "string" },
      registry: { type: "string" },
      lookups: { type: "string" },
      "fl-lookups": { type: "string" },
      rpc: { type: "string" },
      spec: { type: "string", multiple: true },
      recoverer: { type: "string", default: "native" },
      "recover-threads": { type: "string" },
      writer: { type: "string", default: "thread" },
      clock: { type: "string", default: "system" },
      "signer-rate": { type: "string" },
      "ip-rate": { type: "string" },
      cors: { type: "string", multiple: true },
      "log-level": { type: "string", default: "warn" },
    },
    strict: true,
  });
  if (values.db === undefined) throw new UsageError("--db: give the database file, e.g. --db data/node.db");
  const chainId = Number(values["chain-id"]);
  if (!Number.isSafeInteger(chainId) || chainId <= 0) throw new UsageError(`--chain-id: expected a positive integer, got '${values["chain-id"] ?? ""}'`);
  if (values.registry === undefined || !isAddress(values.registry, { strict: false })) throw new UsageError(`--registry: expected the TaskRegistry address, got '${values.registry ?? ""}'`);
  const registry = getAddress(values.registry);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected 0..65535, got '${values.port}'`);

  if (values.clock !== "system" && values.clock !== "chain") throw new UsageError(`--clock: expected system or chain, got '${values.clock}'`);
  if (values.clock === "chain" && values.rpc === undefined) throw new UsageError("--clock chain needs --rpc URL");
  let clock: Clock | undefined;
  let lookups: { participants: ParticipantLookup; rounds: RoundLookup };
  if (values.lookups !== undefined) {
    const parsed = StaticLookupFileSchema.safeParse(readJson(values.lookups, "--lookups"));
    if (!parsed.success) throw new UsageError(`--lookups: ${values.lookups} is not a lookup file: ${parsed.error.issues[0]!.message}`);
    lookups = staticLookups(parsed.data);
  } else if (values.rpc !== undefined) {
    const windows = new Map<string, bigint>();
    for (const file of values.spec ?? []) {
      let spec;
      try {
        spec = parseTaskSpec(readJson(file, "--spec"));
      } catch (e) {
        throw new UsageError(`--spec ${file}: ${(e as Error).message}`);
      }
      windows.set(specHash(spec).toLowerCase(), BigInt(spec.scoringWindowSeconds));
    }
    const client = createPublicClient({ transport: http(values.rpc) }) as PublicClient;
    const actual = await client.getChainId().catch((e: Error) => {
      throw new UsageError(`--rpc: cannot reach ${values.rpc} (${e.message.split("\n")[0]}): start the node or fix the URL`);
    });
    if (actual !== chainId) throw new UsageError(`--rpc: ${values.rpc} is chain ${actual}, not --chain-id ${chainId}: use the right RPC URL`);
    if (values.clock === "chain") {
      const chain = chainClock(client);
      await chain.ready;
      clock = chain.clock;
    }
    const params = { client, registry, scoringWindow: (h: `0x${string}`) => windows.get(h.toLowerCase()), ...(clock !== undefined ? { clock } : {}) };
    lookups = { participants: chainParticipantLookup(params), rounds: chainRoundLookup(params) };
  } else {
    throw new UsageError("give --lookups FILE (fixed rounds) or --rpc URL with --spec FILE (chain reads)");
  }

  let fl: FlLookups | undefined;
  if (values["fl-lookups"] !== undefined) {
    const parsed = StaticFlLookupFileSchema.safeParse(readJson(values["fl-lookups"], "--fl-lookups"));
    if (!parsed.success) throw new UsageError(`--fl-lookups: ${values["fl-lookups"]} is not a policy/draw file: ${parsed.error.issues[0]!.message}`);
    try {
      fl = staticFlLookups(parsed.data);
    } catch (e) {
      throw new UsageError(`--fl-lookups: ${(e as Error).message.split("\n")[0]}`);
    }
  }

  const threads = values["recover-threads"] === undefined ? defaultRecoverThreads() : Number(values["recover-threads"]);
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UsageError(`--recover-threads: expected 0..64 (0 = in the event-loop thread), got '${values["recover-threads"]}'`);
  let recoverer: Recoverer | undefined;
  if (values.recoverer === "viem") recoverer = viemRecoverer;
  else if (values.recoverer === "native") {
    recoverer = (threads > 0 ? RecoverPool.start({ threads }) : undefined) ?? nativeRecoverer();
    if (recoverer === undefined) throw new UsageError("--recoverer native: the secp256k1 native binding does not load here: use --recoverer viem");
  } else throw new UsageError(`--recoverer: expected native or viem, got '${values.recoverer}'`);
  if (values.writer !== "thread" && values.writer !== "inline") throw new UsageError(`--writer: expected thread or inline, got '${values.writer}'`);

  const signerRate = rate(values["signer-rate"], "--signer-rate");
  const ipRate = rate(values["ip-rate"], "--ip-rate");
  const node = await buildIntakeApp({
    dbPath: values.db,
    chainId,
    registry,
    ...lookups,
    ...(fl !== undefined ? { fl } : {}),
    recoverer,
    writerThread: values.writer === "thread",
    ...(clock !== undefined ? { clock } : {}),
    ...(signerRate !== undefined ? { signerRateLimit: signerRate } : {}),
    ...(ipRate !== undefined ? { ipRateLimit: ipRate } : {}),
    ...(values.cors !== undefined ? { corsOrigins: values.cors } : {}),
    logger: { level: values["log-level"] },
  });
  const address = await node.app.listen({ port, host: values.host });
  process.stdout.write(`${JSON.stringify({ listening: address, recoverer: recoverer.name, writer: node.writer.constructor.name })}\n`);
  const stop = () => {
    void node
      .close()
      .then(() => recoverer.close?.())
      .then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`aerie node: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
