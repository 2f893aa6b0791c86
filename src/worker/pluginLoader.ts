// `model.plugin` of the worker config: the built-in reference model, or a module (path relative to the config file)
// exporting a plug-in factory (docs/WORKER.md "Plugging in your own model"), checked before the worker starts.
import { existsSync } from "node:fs";
import { extname, isAbsolute, resolve, dirname } from "node:path";
import { z } from "zod";

import type { WorkerConfig } from "./config";
import { ModelRejectedError, PluginOptionsError, WorkerConfigError } from "./errors";
import { softmaxRegressionPlugin, type FederatedModelPlugin, type ModelPlugin, type PluginContext, type PluginFactory } from "./plugin";
import { scoreEvaluation } from "./score";

/** The name of the built-in reference model (`model.plugin` default). */
export const REFERENCE_PLUGIN = "softmax-regression";

/** The reference model's `model.options` (docs/WORKER.md). */
const SoftmaxOptionsSchema = z.strictObject({
  epochs: z.number().int().min(1).max(100_000).default(30),
  learningRate: z.number().positive().max(100).default(0.5),
  l2: z.number().min(0).max(10).default(1e-3),
});

/** The methods every plug-in has, and those an `fl` worker's plug-in also needs. */
const REQUIRED = ["train", "initial", "random", "evaluate"] as const;
const REQUIRED_FL = ["toParameters", "fromParameters"] as const;

/** The built-in reference model as a factory (validates its options with zod, refusing through `refuse`). */
export const softmaxRegressionFactory: PluginFactory = (ctx) => {
  const r = SoftmaxOptionsSchema.safeParse(ctx.options);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.code === "unrecognized_keys" ? String(issue.keys[0]) : issue.path.map(String).join(".");
    throw ctx.refuse(field, issue.code === "unrecognized_keys" ? "unknown option: remove it (epochs, learningRate, l2)" : `expected ${issue.message.toLowerCase()}`);
  }
  return softmaxRegressionPlugin(ctx, r.data);
};

/**
 * The model plug-in of `config`: `model.plugin` is `"softmax-regression"` or the path of a module (relative to the
 * config file; `.js`, or `.ts` when run under ts-node as `npm run aerie` is) whose `createPlugin` (or default)
 * export is a {@link PluginFactory}; it is called with the config's `model.options`.
 *
 * @throws {WorkerConfigError} one line naming `model.plugin` or `model.options[.<field>]` and the fix.
 */
export async function loadModelPlugin(config: Pick<WorkerConfig, "model" | "dataset" | "role" | "configPath">): Promise<ModelPlugin | FederatedModelPlugin> {
  const where = `worker config ${config.configPath}`;
  const bad = (field: string, what: string) => new WorkerConfigError(field, `${where}: ${field}: ${what} (see docs/WORKER.md "Plugging in your own model")`);
  const name = config.model.plugin;
  let factory: PluginFactory;
  if (name === REFERENCE_PLUGIN) factory = softmaxRegressionFactory;
  else {
    const path = isAbsolute(name) ? name : resolve(dirname(config.configPath), name);
    if (!existsSync(path)) throw bad("model.plugin", `${path} does not exist: give "${REFERENCE_PLUGIN}" or the path of a plug-in module (.js, or .ts under ts-node), relative to the config file`);
    if (extname(path) === ".ts" && require.extensions[".ts"] === undefined) throw bad("model.plugin", `${path} is TypeScript: run the worker under ts-node (npm run aerie -- worker …) or compile the plug-in to .js`);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(path)) as Record<string, unknown>;
    } catch (e) {
      throw bad("model.plugin", `${path} cannot be loaded: ${(e as Error).message.split("\n")[0]}: fix the module`);
    }
    const exported = typeof mod.createPlugin === "function" ? mod.createPlugin : typeof mod.default === "function" ? mod.default : (mod.default as Record<string, unknown> | undefined)?.createPlugin;
    if (typeof exported !== "function") throw bad("model.plugin", `${path} does not export a plug-in factory: export function createPlugin(context) returning the plug-in`);
    factory = exported as PluginFactory;
  }
  const context: PluginContext = {
    features: config.dataset.features,
    classes: config.dataset.classes,
    seed: config.dataset.seed,
    role: config.role,
    options: config.model.options,
    refuse: (field, message) => new PluginOptionsError(field, message),
    reject: (reason, message) => new ModelRejectedError(reason, message),
    score: scoreEvaluation,
  };
  let plugin: ModelPlugin | FederatedModelPlugin;
  try {
    plugin = await factory(context);
  } catch (e) {
    if (e instanceof PluginOptionsError) throw bad(e.field === "" ? "model.options" : `model.options.${e.field}`, e.shortMessage);
    throw bad("model.options", `the plug-in refused them: ${(e as Error).message.split("\n")[0]}`);
  }
  const needed = config.role === "fl" ? [...REQUIRED, ...REQUIRED_FL] : REQUIRED;
  const missing = needed.filter((m) => typeof (plugin as unknown as Record<string, unknown> | null)?.[m] !== "function");
  if (missing.length > 0) throw bad("model.plugin", `the plug-in ${name} has no ${missing.join(", ")}: implement the ${config.role === "fl" ? "FederatedModelPlugin" : "ModelPlugin"} interface (src/worker/plugin.ts)`);
  return plugin;
}
