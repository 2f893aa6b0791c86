// Shared fixtures of the node tests: deterministic keys, a fixed round, signed messages and an intake app.
import { privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { keccak256, toHex, type Address, type Hex } from "viem";

import { aerieDomain, signScores, signSubmission, type Scores, type Submission } from "../../src/lib/eip712";
import { buildIntakeApp, type BuildIntakeAppParameters, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups, type StaticLookupFile } from "../../src/node/intake/lookups";

/** The chain and TaskRegistry the test node serves. */
export const CHAIN_ID = 31337;
export const REGISTRY: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
export const DOMAIN = aerieDomain(CHAIN_ID, REGISTRY);

/** Round 0 of task 1: [1_000, 2_000), scores until 2_500 (unix seconds). */
export const TASK = 1n;
export const ROUND = 0n;
export const ROUND_START = 1_000n;
export const ROUND_END = 2_000n;
export const SCORING_WINDOW = 500n;

/** A deterministic account: private key keccak256("aerie-node-test-<i>"). */
export function account(i: number): PrivateKeyAccount {
  return privateKeyToAccount(keccak256(toHex(`aerie-node-test-${i}`)));
}

export const TRAINERS = [account(1), account(2), account(3)];
export const VALIDATORS = [account(11), account(12)];
export const OUTSIDER = account(99);

/** The static lookup document of the test round: 3 trainers and 2 validators. */
export function lookupFile(): StaticLookupFile {
  return {
    rounds: [{ taskId: "1", round: "0", roundStart: ROUND_START.toString(), roundEnd: ROUND_END.toString(), scoringWindowSeconds: SCORING_WINDOW.toString() }],
    participants: [
      ...TRAINERS.map((a) => ({ taskId: "1", round: "0", address: a.address, role: "trainer" as const })),
      ...VALIDATORS.map((a) => ({ taskId: "1", round: "0", address: a.address, role: "validator" as const })),
    ],
  };
}

/** A settable clock, unix seconds. */
export function testClock(start = 1_500n): { now: () => bigint; set(t: bigint): void } {
  let t = start;
  return { now: () => t, set: (v) => void (t = v) };
}

/** JSON body of a signed Submission by `who` (uint256 values as decimal strings). */
export async function submissionBody(who: PrivateKeyAccount, over: Partial<Submission> = {}, domain = DOMAIN): Promise<{ message: Record<string, unknown>; signature: Hex }> {
  const message: Submission = {
    taskId: TASK,
    round: ROUND,
    trainer: who.address,
    modelHash: keccak256(toHex(`model of ${who.address}`)),
    modelURI: `ipfs://model-${who.address.slice(2, 10)}`,
    ...over,
  };
  const signature = await signSubmission(who, domain, message);
  return { message: { ...message, taskId: message.taskId.toString(), round: message.round.toString() }, signature };
}

/** JSON body of a signed Scores message by `who`. */
export async function scoresBody(
  who: PrivateKeyAccount,
  over: Partial<Scores> = {},
  domain = DOMAIN,
): Promise<{ message: Record<string, unknown>; signature: Hex }> {
  const message: Scores = {
    taskId: TASK,
    round: ROUND,
    validator: who.address,
    trainers: TRAINERS.map((t) => t.address),
    scores: [900_000n, 500_000n, 100_000n],
    ...over,
  };
  const signature = await signScores(who, domain, message);
  return {
    message: { ...message, taskId: message.taskId.toString(), round: message.round.toString(), scores: message.scores.map(String) },
    signature,
  };
}

/** An in-memory intake app over the test round, with unlimited rates unless given. */
export async function testApp(over: Partial<BuildIntakeAppParameters> = {}): Promise<IntakeApp & { clock: ReturnType<typeof testClock> }> {
  const clock = testClock();
  const lookups = staticLookups(lookupFile());
  const app = await buildIntakeApp({
    dbPath: ":memory:",
    chainId: CHAIN_ID,
    registry: REGISTRY,
    ...lookups,
    clock: clock.now,
    signerRateLimit: null,
    ipRateLimit: null,
    ...over,
  });
  return { ...app, clock };
}
