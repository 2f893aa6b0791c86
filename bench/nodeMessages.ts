// The signed messages of the node benches (bench/node.ts, bench/nodeStages.ts): Submissions and Scores of one
// round, signed with the native binding, and the fixed lookups (rounds, participants) a node serves them with.
import { bytesToHex, hashTypedData, hexToBytes, keccak256, toHex, type Address, type Hex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { ecdsaSign } from "secp256k1";

import { aerieDomain, SCORES_TYPES, SUBMISSION_TYPES, type Scores, type Submission } from "../src/lib/eip712";
import type { StaticLookupFile } from "../src/node/intake/lookups";

/** The bench chain and TaskRegistry. */
export const BENCH_CHAIN_ID = 31337;
export const BENCH_REGISTRY: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
/** Trainers each Scores message scores. */
export const SCORED_TRAINERS = 10;

/** One request: its path and JSON body. */
export type BenchItem = { path: string; body: string };

/** Signs with the native binding (fast set-up); low-s by construction, v = 27 + recid. */
export function benchSign(privateKey: Hex, digest: Hex): Hex {
  const { signature, recid } = ecdsaSign(hexToBytes(digest), hexToBytes(privateKey));
  return `${bytesToHex(signature)}${(27 + recid).toString(16)}` as Hex;
}

/**
 * `trainers` Submissions and `validators` Scores (one after every trainers/validators Submissions) of task 1
 * round 0, open now, and the lookups naming every signer a participant.
 */
export function prepareMessages(trainerCount: number, validatorCount: number): { items: BenchItem[]; lookups: StaticLookupFile } {
  const domain = aerieDomain(BENCH_CHAIN_ID, BENCH_REGISTRY);
  const now = BigInt(Math.floor(Date.now() / 1000));
  const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => keccak256(toHex(`bench-${prefix}-${i}`)));
  const trainerKeys = keys("trainer", trainerCount);
  const validatorKeys = keys("validator", validatorCount);
  const trainers = trainerKeys.map((k) => privateKeyToAddress(k));
  const validators = validatorKeys.map((k) => privateKeyToAddress(k));
  const items: BenchItem[] = [];
  const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
  trainerKeys.forEach((key, i) => {
    const message: Submission = { taskId: 1n, round: 0n, trainer: trainers[i]!, modelHash: keccak256(toHex(`model-${i}`)), modelURI: `ipfs://bench/model-${i}` };
    const digest = hashTypedData({ domain, types: SUBMISSION_TYPES, primaryType: "Submission", message });
    items.push({ path: "/v1/submissions", body: json({ message, signature: benchSign(key, digest) }) });
  });
  validatorKeys.forEach((key, i) => {
    const message: Scores = {
      taskId: 1n,
      round: 0n,
      validator: validators[i]!,
      trainers: trainers.slice(0, SCORED_TRAINERS),
      scores: Array.from({ length: SCORED_TRAINERS }, (_, j) => BigInt((i * 7919 + j * 104_729) % 1_000_001)),
    };
    const digest = hashTypedData({ domain, types: SCORES_TYPES, primaryType: "Scores", message });
    items.splice(Math.min(items.length, (i + 1) * Math.ceil(trainerCount / validatorCount) + i), 0, { path: "/v1/scores", body: json({ message, signature: benchSign(key, digest) }) });
  });
  const lookups: StaticLookupFile = {
    rounds: [{ taskId: "1", round: "0", roundStart: String(now - 60n), roundEnd: String(now + 3600n), scoringWindowSeconds: "600" }],
    participants: [
      ...trainers.map((address) => ({ taskId: "1", round: "0", address, role: "trainer" as const })),
      ...validators.map((address) => ({ taskId: "1", round: "0", address, role: "validator" as const })),
    ],
  };
  return { items, lookups };
}
