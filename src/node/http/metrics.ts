// The node's Prometheus metrics (prom-client), with registration functions other modules feed.
import { collectDefaultMetrics, Counter, Gauge, Registry } from "prom-client";

// ------------------------------------------------------------------ types

/** Round states counted by `aerie_rounds`. */
export type RoundState = "pending" | "running" | "scoring" | "awaiting_result" | "proposed" | "challenged" | "final" | "skipped";

/** The node's metrics. Create one per process with {@link createNodeMetrics}. */
export type NodeMetrics = {
  /** The registry `GET /metrics` renders. */
  registry: Registry;
  /** `aerie_intake_accepted_total{kind, outcome}`: messages acknowledged (outcome: stored, replaced, duplicate). */
  intakeAccepted: Counter<"kind" | "outcome">;
  /** `aerie_intake_rejected_total{kind, reason}`: messages refused, by error code. */
  intakeRejected: Counter<"kind" | "reason">;
  /** `aerie_rounds{state}`: the served tasks' rounds by state, as the chain sees them (docs/NODE.md). */
  rounds: Gauge<"state">;
  /** `aerie_chain_head_lag_blocks`: chain head minus the indexer's last indexed block. */
  chainHeadLag: Gauge;
  /** `aerie_rpc_errors_total{method}`: failed JSON-RPC calls. */
  rpcErrors: Counter<"method">;
  /** Sets `aerie_rounds` to exactly these counts (states not listed drop to 0). */
  setRoundsByState(counts: Partial<Record<RoundState, number>>): void;
  /** Sets the chain-head lag, in blocks. */
  setChainHeadLag(blocks: number | bigint): void;
  /** Counts one failed RPC call of `method` (e.g. `eth_getLogs`). */
  countRpcError(method: string): void;
  /**
   * Registers a gauge whose value is read at each scrape.
   *
   * @param name metric name (prefix it `aerie_`).
   * @param help one line.
   * @param read returns the current value.
   */
  registerGauge(name: string, help: string, read: () => number): Gauge;
};

const ROUND_STATES: readonly RoundState[] = ["pending", "running", "scoring", "awaiting_result", "proposed", "challenged", "final", "skipped"];

// ------------------------------------------------------------------ factory

/**
 * Creates the node's metrics in a fresh registry (so tests and several servers in one process do not clash).
 *
 * @param defaults also collect prom-client's default process metrics (CPU, memory, event-loop lag).
 */
export function createNodeMetrics(defaults = true): NodeMetrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry });
  const intakeAccepted = new Counter({
    name: "aerie_intake_accepted_total",
    help: "Signed messages acknowledged by the intake, by kind and outcome (stored, replaced, duplicate)",
    labelNames: ["kind", "outcome"] as const,
    registers: [registry],
  });
  const intakeRejected = new Counter({
    name: "aerie_intake_rejected_total",
    help: "Signed messages refused by the intake, by kind and error code",
    labelNames: ["kind", "reason"] as const,
    registers: [registry],
  });
  const rounds = new Gauge({ name: "aerie_rounds", help: "Rounds of the tasks this node serves, by state (the chain's view: windows, chain time, indexed settlement events)", labelNames: ["state"] as const, registers: [registry] });
  const chainHeadLag = new Gauge({
    name: "aerie_chain_head_lag_blocks",
    help: "Chain head block minus the last block indexed by this node",
    registers: [registry],
  });
  const rpcErrors = new Counter({ name: "aerie_rpc_errors_total", help: "Failed JSON-RPC calls, by method", labelNames: ["method"] as const, registers: [registry] });
  for (const state of ROUND_STATES) rounds.set({ state }, 0);
  return {
    registry,
    intakeAccepted,
    intakeRejected,
    rounds,
    chainHeadLag,
    rpcErrors,
    setRoundsByState(counts) {
      for (const state of ROUND_STATES) rounds.set({ state }, counts[state] ?? 0);
    },
    setChainHeadLag(blocks) {
      chainHeadLag.set(Number(blocks));
    },
    countRpcError(method) {
      rpcErrors.inc({ method });
    },
    registerGauge(name, help, read) {
      return new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    },
  };
}
