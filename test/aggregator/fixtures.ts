// Shared fixtures of the aggregator tests: fixed signers, the example spec, signed messages and a full round.
import { privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { keccak256, toBytes, type Address, type Hex } from "viem";

import exampleSpecJson from "../../examples/tasks/image-classifier.json";
import {
  aerieDomain,
  parseTaskSpec,
  signScores,
  signSubmission,
  specHash,
  type RoundInputs,
  type RoundParticipant,
  type SignedScores,
  type SignedSubmission,
  type TaskSpecFile,
} from "../../src/aggregator";
import { DAY, MAX_SCORE } from "../shared/constants";

// ------------------------------------------------------------------ constants

export const CHAIN_ID = 31337;
export const CONTRACTS = {
  vault: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  registry: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  settlement: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  distributor: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
} as const satisfies Record<string, Address>;
export const DOMAIN = aerieDomain(CHAIN_ID, CONTRACTS.registry);
export const E18 = 10n ** 18n;
export const TASK_ID = 7n;
export const ROUND = 2n;
export const ROUND_START = 1_700_000_000n;
export const ROUND_END = ROUND_START + DAY;
export const WINDOW = 3_600n;

// ------------------------------------------------------------------ signers

/** A deterministic account: private key = i + 1 (never use such keys outside tests). */
export function signer(i: number): PrivateKeyAccount {
  return privateKeyToAccount(`0x${(i + 1).toString(16).padStart(64, "0")}` as Hex);
}

// ------------------------------------------------------------------ spec

export function exampleSpec(): TaskSpecFile {
  return parseTaskSpec(JSON.parse(JSON.stringify(exampleSpecJson)));
}

// ------------------------------------------------------------------ messages

export async function submission(
  account: PrivateKeyAccount,
  options: { receivedAt?: bigint; taskId?: bigint; round?: bigint; trainer?: Address; modelURI?: string; domain?: typeof DOMAIN } = {},
): Promise<SignedSubmission> {
  const modelURI = options.modelURI ?? `ipfs://model-${account.address.toLowerCase()}`;
  const message = {
    taskId: options.taskId ?? TASK_ID,
    round: options.round ?? ROUND,
    trainer: options.trainer ?? account.address,
    modelHash: keccak256(toBytes(modelURI)),
    modelURI,
  };
  return { message, signature: await signSubmission(account, options.domain ?? DOMAIN, message), receivedAt: options.receivedAt ?? ROUND_END - 100n };
}

export async function scoresMessage(
  account: PrivateKeyAccount,
  trainers: Address[],
  scores: bigint[],
  options: { receivedAt?: bigint; taskId?: bigint; round?: bigint; validator?: Address } = {},
): Promise<SignedScores> {
  const message = {
    taskId: options.taskId ?? TASK_ID,
    round: options.round ?? ROUND,
    validator: options.validator ?? account.address,
    trainers,
    scores,
  };
  return { message, signature: await signScores(account, DOMAIN, message), receivedAt: options.receivedAt ?? ROUND_END + 100n };
}

// ------------------------------------------------------------------ a full round

/**
 * The reference round (numbers worked out in docs/AGGREGATOR.md):
 * trainers T1 (100, 10% commission, delegator D1 40%), T2 (200), T3 (100);
 * validators V1 (100, 5% commission, D1 and D2 25% each), V2 (100), V3 (200), V4 (100, deviates and is slashed).
 */
export const T1 = signer(0);
export const T2 = signer(1);
export const T3 = signer(2);
export const V1 = signer(3);
export const V2 = signer(4);
export const V3 = signer(5);
export const V4 = signer(6);
export const D1 = signer(7);
export const D2 = signer(8);

export function referenceParticipants(): RoundParticipant[] {
  const self = (a: PrivateKeyAccount, shares: bigint) => ({ account: a.address, shares });
  return [
    { operator: T1.address, role: "trainer", stake: 100n * E18, commissionBps: 1000n, shares: [self(T1, 60n * E18), self(D1, 40n * E18)] },
    { operator: T2.address, role: "trainer", stake: 200n * E18, commissionBps: 0n, shares: [self(T2, 200n * E18)] },
    { operator: T3.address, role: "trainer", stake: 100n * E18, commissionBps: 0n, shares: [self(T3, 100n * E18)] },
    {
      operator: V1.address,
      role: "validator",
      stake: 100n * E18,
      commissionBps: 500n,
      shares: [self(V1, 50n * E18), self(D1, 25n * E18), self(D2, 25n * E18)],
    },
    { operator: V2.address, role: "validator", stake: 100n * E18, commissionBps: 0n, shares: [self(V2, 100n * E18)] },
    { operator: V3.address, role: "validator", stake: 200n * E18, commissionBps: 0n, shares: [self(V3, 200n * E18)] },
    { operator: V4.address, role: "validator", stake: 100n * E18, commissionBps: 0n, shares: [self(V4, 100n * E18)] },
  ];
}

export const REFERENCE_SCORES: [PrivateKeyAccount, [bigint, bigint, bigint]][] = [
  [V1, [800_000n, 600_000n, 400_000n]],
  [V2, [820_000n, 580_000n, 420_000n]],
  [V3, [790_000n, 610_000n, 400_000n]],
  [V4, [100_000n, 900_000n, 900_000n]],
];

export async function referenceInputs(): Promise<RoundInputs> {
  const spec = exampleSpec();
  const trainers = [T1.address, T2.address, T3.address];
  return {
    chainId: CHAIN_ID,
    contracts: { ...CONTRACTS },
    taskId: TASK_ID,
    round: ROUND,
    roundStart: ROUND_START,
    roundEnd: ROUND_END,
    stakeBlock: 1234n,
    rewardPerRound: BigInt(spec.rewardPerRound),
    spec,
    specHash: specHash(spec),
    participants: referenceParticipants(),
    submissions: [await submission(T1), await submission(T2), await submission(T3)],
    scores: await Promise.all(REFERENCE_SCORES.map(([v, s]) => scoresMessage(v, trainers, [...s]))),
    previous: null,
  };
}

// ------------------------------------------------------------------ randomness

/** A seeded PRNG (mulberry32): the same seed always gives the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform bigint in [0, max] from `random`. */
export function randomBigint(random: () => number, max: bigint): bigint {
  if (max <= 0n) return 0n;
  let x = 0n;
  const digits = max.toString(16).length + 4;
  for (let i = 0; i < digits; i++) x = (x << 4n) | BigInt(Math.floor(random() * 16));
  return x % (max + 1n);
}

/** A shuffled copy (Fisher–Yates) of `items`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ------------------------------------------------------------------ random rounds

/**
 * A random but reproducible round: 0–4 trainers and 0–4 validators (some with zero stake), random commissions
 * and delegations, random policy parameters and budget, on-time, late, duplicate, incomplete and deviating
 * messages, and sometimes a previous round.
 */
export async function randomRound(seed: number): Promise<RoundInputs> {
  const random = rng(seed);
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const base = exampleSpec();
  const spec = parseTaskSpec({
    ...base,
    rewardPerRound: (randomBigint(random, 10n ** 24n) + 1n).toString(),
    policy: {
      ...base.policy,
      validatorShareBps: chance(0.1) ? 10_000 : int(0, 10_000),
      deviationThreshold: int(0, 300_000),
      slashBps: int(1, 5000),
    },
  });
  const trainers = Array.from({ length: int(0, 4) }, (_, i) => signer(10 + i));
  const validators = Array.from({ length: int(0, 4) }, (_, i) => signer(20 + i));
  const delegators = [signer(40), signer(41), signer(42)];
  const participants: RoundParticipant[] = [...trainers, ...validators].map((a, i) => {
    const shares = [{ account: a.address, shares: chance(0.1) ? 0n : randomBigint(random, 1000n * E18) }];
    for (const d of delegators) if (chance(0.4)) shares.push({ account: d.address, shares: randomBigint(random, 500n * E18) });
    return {
      operator: a.address,
      role: i < trainers.length ? "trainer" : "validator",
      stake: chance(0.1) ? 0n : randomBigint(random, 1000n * E18),
      commissionBps: chance(0.1) ? 10_000n : BigInt(int(0, 5000)),
      shares,
    };
  });
  const submissions: SignedSubmission[] = [];
  for (const t of trainers) {
    if (chance(0.15)) continue;
    submissions.push(await submission(t, { receivedAt: chance(0.1) ? ROUND_END + BigInt(int(0, 10)) : ROUND_END - BigInt(int(1, 1000)) }));
    if (chance(0.2)) submissions.push(await submission(t, { receivedAt: ROUND_END - BigInt(int(1, 1000)), modelURI: `ipfs://again-${seed}` }));
  }
  const quality = trainers.map(() => BigInt(int(0, Number(MAX_SCORE))));
  const scores: SignedScores[] = [];
  for (const v of validators) {
    if (chance(0.1)) continue;
    const deviant = chance(0.25);
    let scored = trainers.map((t, i) => {
      const q = deviant ? BigInt(int(0, Number(MAX_SCORE))) : quality[i]! + BigInt(int(-50_000, 50_000));
      return { trainer: t.address, score: q < 0n ? 0n : q > MAX_SCORE ? MAX_SCORE : q };
    });
    if (chance(0.1) && scored.length > 0) scored = scored.slice(1);
    const late = chance(0.1);
    scores.push(
      await scoresMessage(
        v,
        scored.map((s) => s.trainer),
        scored.map((s) => s.score),
        { receivedAt: late ? ROUND_END + WINDOW : ROUND_END + BigInt(int(0, Number(WINDOW) - 1)) },
      ),
    );
  }
  const previous = chance(0.3)
    ? {
        bundleHash: keccak256(toBytes(`previous-${seed}`)),
        cumulative: [...delegators, ...trainers].filter(() => chance(0.5)).map((a) => ({ account: a.address, amount: randomBigint(random, 10n ** 21n) })),
      }
    : null;
  return {
    chainId: CHAIN_ID,
    contracts: { ...CONTRACTS },
    taskId: TASK_ID,
    round: ROUND,
    roundStart: ROUND_START,
    roundEnd: ROUND_END,
    stakeBlock: 99n,
    rewardPerRound: BigInt(spec.rewardPerRound),
    spec,
    specHash: specHash(spec),
    participants,
    submissions,
    scores,
    previous,
  };
}
