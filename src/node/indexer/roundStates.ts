// The chain's view of the served tasks' rounds, by state, for the `aerie_rounds{state}` gauge: the round windows
// (from the task) and chain time, refined by the settlement events the index holds (no RPC per round).
import type { RoundState } from "../http/metrics";
import type { Store } from "../store/db";

/** A served task's round schedule (unix seconds). */
export type TaskRounds = {
  taskId: bigint;
  /** `Task.startTime`: round r runs `[startTime + r × roundDuration, startTime + (r+1) × roundDuration)`. */
  startTime: bigint;
  roundDuration: bigint;
  /** `Task.activeRounds`: rounds 0 … activeRounds − 1 exist (a cancellation drops the rest). */
  activeRounds: bigint;
  /** The task spec's scoring window after each round's end, seconds. */
  scoringWindowSeconds: bigint;
};

/** The settlement events that decide a round's state; the round's last one wins. */
const SETTLEMENT_STATE: Record<string, RoundState> = { ResultProposed: "proposed", ResultChallenged: "challenged", RoundFinalized: "final", RoundSkipped: "skipped" };

/**
 * Every round of `tasks` in one state, counted: its last indexed settlement event (`RoundFinalized` → `final`,
 * `RoundSkipped` → `skipped`, `ResultProposed` → `proposed`, `ResultChallenged` → `challenged`), else by chain time
 * `now`: `pending` before the round's start, `running` until its end, `scoring` until the end of the scoring window,
 * then `awaiting_result`. The same for every node serving the tasks, whatever it worked on itself.
 */
export function roundStatesFromIndex(store: Store, tasks: readonly TaskRounds[], now: bigint): Record<RoundState, number> {
  const counts: Record<RoundState, number> = { pending: 0, running: 0, scoring: 0, awaiting_result: 0, proposed: 0, challenged: 0, final: 0, skipped: 0 };
  if (tasks.length === 0) return counts;
  const settled = new Map<string, RoundState>();
  const rows = store
    .prepare("SELECT name, args FROM events WHERE name IN ('ResultProposed', 'ResultChallenged', 'RoundFinalized', 'RoundSkipped') ORDER BY block_number, log_index")
    .all() as { name: string; args: string }[];
  for (const row of rows) {
    const a = JSON.parse(row.args) as { taskId: string; round: string };
    settled.set(`${a.taskId}:${a.round}`, SETTLEMENT_STATE[row.name]!);
  }
  for (const t of tasks) {
    for (let r = 0n; r < t.activeRounds; r++) {
      const start = t.startTime + r * t.roundDuration;
      const end = start + t.roundDuration;
      const state: RoundState =
        settled.get(`${t.taskId}:${r}`) ?? (now < start ? "pending" : now < end ? "running" : now < end + t.scoringWindowSeconds ? "scoring" : "awaiting_result");
      counts[state]++;
    }
  }
  return counts;
}
