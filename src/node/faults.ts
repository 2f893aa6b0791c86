// Fault injection for the node's crash tests: `AERIE_FAULT=<point>` makes the process SIGKILL itself there.

/** The points a test can kill the node at (issue 7, item 9). */
export type FaultPoint =
  /** Right after an intake 2xx answer was sent. */
  | "after-intake-ack"
  /** After this member stored its own RoundResult signature, before sending it to any peer. */
  | "after-sign"
  /** After the propose transaction was journaled and broadcast, before its receipt. */
  | "after-propose-send"
  /** After the propose receipt arrived, before the member recorded the round as proposed. */
  | "after-propose-receipt";

/**
 * Kills this process with SIGKILL (no cleanup, like a power cut) if `AERIE_FAULT` names `point`.
 * Never set outside tests.
 */
export function faultPoint(point: FaultPoint, env: NodeJS.ProcessEnv = process.env): void {
  if (env.AERIE_FAULT !== point) return;
  process.stderr.write(`aerie node: fault injection: SIGKILL at ${point}\n`);
  process.kill(process.pid, "SIGKILL");
}

/** Faults that make a part fail instead of killing the process (a forced 5xx for the logging tests). */
export type FaultInjection =
  /** Every read of the committee's bundle store throws, as a failing disk would: the bundle and claim routes answer 500. */
  "bundle-store-error";

/** Whether `AERIE_FAULT` names the injection `name`. Never set outside tests. */
export function faultInjected(name: FaultInjection, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AERIE_FAULT === name;
}
