// Every transaction's life in the UI: waiting for signature → pending → confirmed | failed (decoded) | rejected.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Hash, TransactionReceipt } from "viem";
import { AerieError, decodeRevert } from "../sdk";
import { useAerie } from "./aerie";
import { withDates } from "./amount";

/** The state of one transaction flow. */
export type TxState =
  | { kind: "idle" }
  | { kind: "signing"; step: string }
  | { kind: "pending"; step: string; hash: Hash }
  | { kind: "confirmed"; hash: Hash; note?: string | undefined }
  | { kind: "failed"; sentence: string; detail: string }
  | { kind: "rejected" };

/**
 * One step of a flow: sends a transaction (or signs) and returns its hash, or null when nothing needed sending. `fallback` replaces this and the
 * remaining steps when `send` fails for a reason other than a rejection or a decoded revert (e.g. a wallet that
 * cannot sign EIP-2612 permits, or a token without them).
 */
export type TxStep = { label: string; send: () => Promise<{ hash: Hash } | null>; fallback?: TxStep[] };

/** Whether an error is the wallet's "user rejected the request" (EIP-1193 code 4001). */
export function isUserRejection(e: unknown): boolean {
  let cur: unknown = e;
  for (let i = 0; i < 10 && typeof cur === "object" && cur !== null; i++) {
    const c = cur as { code?: unknown; name?: unknown; cause?: unknown };
    if (c.code === 4001 || c.name === "UserRejectedRequestError") return true;
    cur = c.cause;
  }
  return false;
}

/**
 * Turns a decoded revert message (`stake reverted: Name(args): what to do`) into a plain sentence and the
 * technical detail (`Name(args)`), so the UI never shows a hex blob.
 */
export function plainSentence(e: unknown, action: string): { sentence: string; detail: string } {
  const err = decodeRevert(e, action);
  const msg = err.shortMessage;
  const m = /^\S+ reverted: ([A-Za-z0-9_]+\([^)]*\)): (.*)$/.exec(msg);
  if (m) {
    const hint = m[2] ?? "";
    const dated = withDates(hint);
    return { sentence: `${dated.charAt(0).toUpperCase()}${dated.slice(1)}.`, detail: m[1] ?? "" };
  }
  const f = /^\S+ failed: (.*)$/.exec(msg);
  const text = (f?.[1] ?? msg).replace(/0x[0-9a-fA-F]{40,}/g, (h) => `${h.slice(0, 10)}…`);
  return { sentence: `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`, detail: "" };
}

/**
 * Runs transaction flows of one form. `run(steps)` sends each step in order, waits for its receipt, and refreshes
 * every query once the last is confirmed. A rejected signature ends in `rejected` (the caller keeps its form as it
 * was); a revert (simulated or mined) in `failed` with the decoded custom error.
 */
export function useTx(action: string) {
  const { publicClient } = useAerie();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TxState>({ kind: "idle" });
  const run = useCallback(
    async (steps: TxStep[], note?: string | (() => string)): Promise<TransactionReceipt | undefined> => {
      let receipt: TransactionReceipt | undefined;
      const queue = [...steps];
      for (let step = queue.shift(); step !== undefined; step = queue.shift()) {
        setState({ kind: "signing", step: step.label });
        let hash: Hash;
        try {
          const sent = await step.send();
          if (sent === null) continue;
          hash = sent.hash;
        } catch (e) {
          if (step.fallback && !isUserRejection(e) && !(e instanceof AerieError)) {
            queue.splice(0, queue.length, ...step.fallback);
            continue;
          }
          if (isUserRejection(e)) setState({ kind: "rejected" });
          else setState({ kind: "failed", ...plainSentence(e, action) });
          return undefined;
        }
        setState({ kind: "pending", step: step.label, hash });
        try {
          receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 250 });
        } catch (e) {
          setState({ kind: "failed", ...plainSentence(e, action) });
          return undefined;
        }
        if (receipt.status !== "success") {
          setState({ kind: "failed", sentence: `The transaction ${hash} was mined but reverted: check the inputs and try again.`, detail: "" });
          return undefined;
        }
      }
      await queryClient.invalidateQueries();
      if (receipt) setState({ kind: "confirmed", hash: receipt.transactionHash, note: typeof note === "function" ? note() : note });
      return receipt;
    },
    [action, publicClient, queryClient],
  );
  const reset = useCallback(() => setState({ kind: "idle" }), []);
  const busy = state.kind === "signing" || state.kind === "pending";
  return { state, run, reset, busy };
}

/** The visible state of a flow (`data-testid="tx-<id>"`, `data-state` = the kind). */
export function TxStatus({ id, state }: { id: string; state: TxState }) {
  let text = "";
  switch (state.kind) {
    case "idle":
      return <div data-testid={`tx-${id}`} data-state="idle" role="status" aria-live="polite" className="tx" />;
    case "signing":
      text = `Waiting for signature in your wallet: ${state.step}.`;
      break;
    case "pending":
      text = `Pending: ${state.step}, transaction ${state.hash.slice(0, 10)}… sent; waiting for it to be mined.`;
      break;
    case "confirmed":
      text = `Confirmed: transaction ${state.hash.slice(0, 10)}… mined.${state.note ? ` ${state.note}` : ""}`;
      break;
    case "rejected":
      text = "You rejected the signature: nothing was sent, and the form is as it was.";
      break;
    case "failed":
      return (
        <div data-testid={`tx-${id}`} data-state="failed" role="alert" className="tx tx-failed">
          <span data-testid={`tx-${id}-message`}>Failed: {state.sentence}</span>
          {state.detail ? (
            <>
              {" "}
              <code data-testid={`tx-${id}-error`}>{state.detail}</code>
            </>
          ) : null}
        </div>
      );
  }
  return (
    <div data-testid={`tx-${id}`} data-state={state.kind} role="status" aria-live="polite" className={`tx tx-${state.kind}`}>
      <span data-testid={`tx-${id}-message`}>{text}</span>
    </div>
  );
}
