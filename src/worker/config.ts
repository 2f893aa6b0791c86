// The worker's config file (`aerie worker --config <file>`): JSON, validated with zod, paths resolved against it.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";

import { readJsonFile } from "../io/jsonFile";
import { KeySourceSchema } from "../node/config";
import { DatasetSpecSchema } from "./data/synthetic";
import { WorkerConfigError } from "./errors";
import { DEFAULT_RETAIN_ROUNDS } from "./store";

const url = z.url({ protocol: /^https?$/, error: "an http(s) URL such as http://127.0.0.1:8640" });
/** A node's base URL: no path (the worker adds `/v1/…` itself). */
const nodeUrl = url.refine((u) => new URL(u).pathname === "/" && new URL(u).search === "", {
  error: (i) => `a node's base URL without a path, such as ${typeof i.input === "string" ? new URL(i.input).origin : "http://127.0.0.1:8640"} (the worker adds /v1/… itself): remove the path`,
});
const DECIMAL = /^(0|[1-9][0-9]{0,77})$/;

/** The worker config schema (every field documented in docs/WORKER.md). Unknown fields are rejected. */
export const WorkerConfigSchema = z
  .strictObject({
    /** AI Arena: `trainer` or `validator`; FL Alliance: `fl` (proposer or voter each round, by the round's draw). */
    role: z.enum(["trainer", "validator", "fl"], { error: 'one of "trainer", "validator", "fl"' }),
    /** Where the operator's private key comes from (as the node's `key`). */
    key: KeySourceSchema,
    /** JSON-RPC endpoint the worker reads chain time and the task from. */
    rpc: z.strictObject({ url }),
    /** Path of the address book (`deployments/<chainId>.json`), relative to the config file. */
    addressBook: z.string().min(1, { error: "the path of the address book, e.g. ../deployments/31337.json" }),
    /** Nodes to send messages to (every one) and read submissions and bundles from (the first that answers). */
    nodes: z.array(nodeUrl).min(1, { error: "at least one node URL" }),
    /** The task (decimal). */
    taskId: z.string().regex(DECIMAL, { error: "a decimal task id such as \"1\"" }),
    /** The task's spec file (its hash must be the task's specHash), relative to the config file. */
    spec: z.string().min(1, { error: "the path of the task's spec file" }),
    /** The data set every worker of the task shares. */
    dataset: DatasetSpecSchema,
    /**
     * The model plug-in: `"softmax-regression"` (built in) or the path of a module exporting a plug-in factory,
     * relative to the config file; `options` is handed to the factory, which validates it (src/worker/pluginLoader.ts).
     */
    model: z
      .strictObject({
        plugin: z.string().min(1, { error: '"softmax-regression" or the path of a plug-in module, e.g. "./my-plugin.js"' }).default("softmax-regression"),
        options: z.record(z.string(), z.unknown(), { error: "an object of the plug-in's options, e.g. { \"epochs\": 30 }" }).default({}),
      })
      .default({ plugin: "softmax-regression", options: {} }),
    trainer: z
      .strictObject({
        /** This trainer's shard: `index` picks its stream, `size` samples, `labelNoise` the relabelled fraction. */
        shard: z.strictObject({ index: z.number().int().min(0), size: z.number().int().min(1).max(1_000_000), labelNoise: z.number().min(0).max(1).default(0) }),
        behaviour: z.enum(["honest", "random", "stale"], { error: 'one of "honest", "random", "stale"' }).default("honest"),
      })
      .optional(),
    validator: z
      .strictObject({
        /** This validator's held-out set: `index` picks its stream, `size` samples. */
        heldOut: z.strictObject({ index: z.number().int().min(0), size: z.number().int().min(1).max(1_000_000) }),
        behaviour: z.enum(["honest", "lazy", "invert"], { error: 'one of "honest", "lazy", "invert"' }).default("honest"),
        /** Per-model download limit, milliseconds. */
        fetchTimeoutMs: z.number().int().positive().default(5_000),
        /** Largest artefact downloaded, bytes. */
        maxModelBytes: z.number().int().positive().default(16 * 1024 * 1024),
      })
      .optional(),
    fl: z
      .strictObject({
        /** The proposer's shard (its size is the update's reported samples), as `trainer.shard`. */
        shard: z.strictObject({ index: z.number().int().min(0), size: z.number().int().min(1).max(1_000_000), labelNoise: z.number().min(0).max(1).default(0) }),
        /** The voter's held-out set, as `validator.heldOut`. */
        heldOut: z.strictObject({ index: z.number().int().min(0), size: z.number().int().min(1).max(1_000_000) }),
        /** What the proposer sends: honest, or a poisoned update (`scale` by `factor`, `signFlip`). */
        proposer: z
          .discriminatedUnion("kind", [z.strictObject({ kind: z.literal("honest") }), z.strictObject({ kind: z.literal("scale"), factor: z.number().finite() }), z.strictObject({ kind: z.literal("signFlip") })], {
            error: '{"kind": "honest"}, {"kind": "scale", "factor": -4} or {"kind": "signFlip"}',
          })
          .default({ kind: "honest" }),
        /** Score units within which a worse aggregate still votes 0. */
        voteTolerance: z.number().int().min(0).max(1_000_000).default(2_000),
        fetchTimeoutMs: z.number().int().positive().default(5_000),
        maxModelBytes: z.number().int().positive().default(16 * 1024 * 1024),
      })
      .optional(),
    /** The worker's artefact server (models by hash, reports by round); `publicUrl` is what modelURIs start with. */
    serve: z
      .strictObject({ host: z.string().min(1).default("127.0.0.1"), port: z.number().int().min(0).max(65535).default(0), publicUrl: url.optional() })
      .default({ host: "127.0.0.1", port: 0 }),
    /**
     * Where the worker keeps what must survive a restart (the salts of its commitments, owner-only; the artefacts it
     * serves; a trainer's rounds and last model), relative to the config file (default `data`).
     */
    dataDir: z.string().min(1).default("data"),
    /** How many of the newest rounds it published artefacts in the worker keeps their artefacts on disk (default 3). */
    retainRounds: z.number().int().min(1).max(10_000).default(DEFAULT_RETAIN_ROUNDS),
    /** Pause between ticks, milliseconds. */
    pollIntervalMs: z.number().int().positive().default(500),
    /**
     * After its last round, how long (wall-clock seconds) the worker keeps serving its artefacts and the global models
     * it published, on top of serving until the last round's windows closed in chain time (default 60).
     */
    lingerSeconds: z.number().int().min(0).max(86_400).default(60),
    /** Per-request timeout towards the nodes, milliseconds. */
    nodeTimeoutMs: z.number().int().positive().default(10_000),
  })
  .superRefine((c, ctx) => {
    if (c.role === "trainer" && c.trainer === undefined) ctx.addIssue({ code: "custom", path: ["trainer"], message: 'role "trainer" needs it: add "trainer": { "shard": { "index": 0, "size": 500 } }' });
    if (c.role === "fl" && c.fl === undefined) ctx.addIssue({ code: "custom", path: ["fl"], message: 'role "fl" needs it: add "fl": { "shard": { "index": 0, "size": 500 }, "heldOut": { "index": 0, "size": 500 } }' });
    if (c.role === "validator" && c.validator === undefined) ctx.addIssue({ code: "custom", path: ["validator"], message: 'role "validator" needs it: add "validator": { "heldOut": { "index": 0, "size": 500 } }' });
  });

/** The config as written in the file. */
export type WorkerConfigInput = z.input<typeof WorkerConfigSchema>;

/** A validated config; `addressBook`, `spec`, `dataDir` and `key.keystore` are absolute paths. */
export type WorkerConfig = z.output<typeof WorkerConfigSchema> & { configPath: string };

/**
 * Parses and validates a config object (paths resolved against `baseDir`).
 * @throws {WorkerConfigError} naming the first bad field and what it expects.
 */
export function parseWorkerConfig(raw: unknown, baseDir: string, configPath = "(inline)"): WorkerConfig {
  const result = WorkerConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.map(String).join(".") || "(root)";
    const where = issue.code === "unrecognized_keys" ? (field === "(root)" ? String(issue.keys[0]) : `${field}.${issue.keys[0]}`) : field;
    // a custom issue (a missing role section, a node URL with a path) is a whole sentence; zod's are what is expected
    const what = issue.code === "unrecognized_keys" ? "unknown field: remove it" : issue.code === "custom" && !issue.path.includes("nodes") ? `missing: ${issue.message}` : `expected ${issue.message}`;
    throw new WorkerConfigError(where, `worker config ${configPath}: ${where}: ${what} (see docs/WORKER.md)`);
  }
  const c = result.data;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  const key = "keystore" in c.key ? { ...c.key, keystore: abs(c.key.keystore) } : c.key;
  const config: WorkerConfig = { ...c, key, addressBook: abs(c.addressBook), spec: abs(c.spec), dataDir: abs(c.dataDir), configPath };
  for (const [field, path] of [["addressBook", config.addressBook], ["spec", config.spec]] as const) {
    if (!existsSync(path)) throw new WorkerConfigError(field, `worker config ${configPath}: ${field}: ${path} does not exist: fix the path`);
  }
  return config;
}

/**
 * Reads and validates a config file.
 * @throws {WorkerConfigError} for a missing file, invalid JSON or a bad field (one line).
 */
export function loadWorkerConfig(path: string): WorkerConfig {
  const absPath = resolve(path);
  let raw: unknown;
  try {
    raw = readJsonFile(absPath, "worker config");
  } catch (e) {
    throw new WorkerConfigError("(file)", (e as Error).message, { cause: e });
  }
  return parseWorkerConfig(raw, dirname(absPath), absPath);
}
