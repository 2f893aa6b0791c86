/**
 * `npx ts-node --transpile-only bench/nodeStages.ts` — where the intake's server CPU goes, stage by stage, in one process and one thread:
 * the body's JSON parse, the zod wire schema, the EIP-712 digest, native signature recovery, the duplicate check,
 * the round and participant lookups, the group commit (SQLite WAL, synchronous = FULL, 64 per transaction) and the
 * answer's serialisation. CPU microseconds per message (process.cpuUsage, user + system) over the bench's
 * messages. What the HTTP server itself costs is the whole-server figure of bench/node.json less these.
 * Prints a JSON object; a benchmark, not a test: it asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as secureJsonParse } from "secure-json-parse";

import { ScoresBodySchema, SubmissionBodySchema, toAccepted, type SignedBody } from "../src/node/intake/intake";
import { MessageDigester } from "../src/node/intake/digest";
import { staticLookups } from "../src/node/intake/lookups";
import { nativeRecoverer } from "../src/node/intake/recover";
import { openStore } from "../src/node/store/db";
import { InboxStore } from "../src/node/store/inbox";
import { aerieDomain, type Scores, type Submission } from "../src/lib/eip712";
import { BENCH_CHAIN_ID, BENCH_REGISTRY, prepareMessages } from "./nodeMessages";

const N = Number(process.env.BENCH_STAGE_MESSAGES ?? 10_000);
const BATCH = Number(process.env.BENCH_STAGE_BATCH ?? 64);

/** CPU µs per item of `f` over `items` (after one untimed warm-up pass over the first 500). */
function cpu<T>(items: T[], f: (x: T, i: number) => void): number {
  items.slice(0, 500).forEach(f);
  const t0 = process.cpuUsage();
  items.forEach(f);
  const d = process.cpuUsage(t0);
  return Number(((d.user + d.system) / items.length).toFixed(1));
}

async function main(): Promise<void> {
  const { items, lookups } = prepareMessages(Math.round(N * 0.8), Math.round(N * 0.2));
  const digester = new MessageDigester(aerieDomain(BENCH_CHAIN_ID, BENCH_REGISTRY));
  const recoverer = nativeRecoverer()!;
  const { participants, rounds } = staticLookups(lookups);
  const dir = mkdtempSync(join(tmpdir(), "aerie-bench-stages-"));
  try {
    const json = items.map((it) => secureJsonParse(it.body, { protoAction: "error", constructorAction: "error" }) as unknown);
    const schemaOf = (i: number) => (items[i]!.path === "/v1/submissions" ? SubmissionBodySchema : ScoresBodySchema);
    const bodies = json.map((j, i) => schemaOf(i).parse(j) as SignedBody<Submission> | SignedBody<Scores>);
    const isSub = (i: number) => items[i]!.path === "/v1/submissions";
    const digests = bodies.map((b, i) => (isSub(i) ? digester.submission(b.message as Submission) : digester.scores(b.message as Scores)));
    const signerOf = (b: SignedBody<Submission> | SignedBody<Scores>) => ("trainer" in b.message ? b.message.trainer : (b.message as Scores).validator);
    const inbox = new InboxStore(openStore({ path: join(dir, "stages.db") }));
    const entries = bodies.map((b, i) => ({ kind: isSub(i) ? ("submission" as const) : ("scores" as const), taskId: b.message.taskId, round: b.message.round, signer: signerOf(b), digest: digests[i]!, signature: b.signature, message: b.message, receivedAt: 1n }));
    const stages: Record<string, number> = {};
    stages.jsonParse = cpu(items, (it) => secureJsonParse(it.body, { protoAction: "error", constructorAction: "error" }));
    stages.schema = cpu(json, (j, i) => schemaOf(i).parse(j));
    stages.digest = cpu(bodies, (b, i) => (isSub(i) ? digester.submission(b.message as Submission) : digester.scores(b.message as Scores)));
    // recovery is asynchronous in form only (the native call is synchronous): time the awaited loop
    const r0 = process.cpuUsage();
    for (let i = 0; i < bodies.length; i++) await recoverer.recover(digests[i]!, bodies[i]!.signature);
    const rd = process.cpuUsage(r0);
    stages.recover = Number(((rd.user + rd.system) / bodies.length).toFixed(1));
    const l0 = process.cpuUsage();
    for (const e of entries) {
      await rounds(e.taskId, e.round);
      await participants(e.taskId, e.round, e.signer);
    }
    const ld = process.cpuUsage(l0);
    stages.lookups = Number(((ld.user + ld.system) / entries.length).toFixed(1));
    const batches = Array.from({ length: Math.ceil(entries.length / BATCH) }, (_, b) => entries.slice(b * BATCH, (b + 1) * BATCH));
    const c0 = process.cpuUsage();
    for (const batch of batches) inbox.putMany(batch);
    const cd = process.cpuUsage(c0);
    stages.commit = Number(((cd.user + cd.system) / entries.length).toFixed(1));
    stages.duplicateCheck = cpu(entries, (e) => inbox.digestOf(e.kind, e.taskId, e.round, e.signer));
    stages.answer = cpu(entries, (e) => JSON.stringify(toAccepted({ ...e, replaced: 0 })));
    const total = Number(Object.values(stages).reduce((a, b) => a + b, 0).toFixed(1));
    process.stdout.write(`${JSON.stringify({ messages: entries.length, cpuMicrosPerMessage: { ...stages, total } }, null, 2)}\n`);
    inbox.db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
