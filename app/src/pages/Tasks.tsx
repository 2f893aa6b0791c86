// Tasks: every task with its rounds' statuses and total reward; the creator's cancel and refund (with what each
// returns); an operator's register, commission change and join / leave.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatUnits } from "viem";
import { cancelTask, joinTask, leaveTask, registerOperator, Role, RoundStatus, setCommission, taskRegistryAbi, withdrawRefund } from "../sdk";
import { useAerie } from "../lib/aerie";
import { bpsPercent, dateTime, duration, shortAddress } from "../lib/amount";
import { useWorld } from "../lib/queries";
import { plainSentence, TxStatus, useTx } from "../lib/tx";
import { ActionButton, Amount, Loading, Notice } from "../lib/ui";
import type { OperatorView, TaskView, World } from "../lib/world";

const STATUS_LABEL: Record<RoundStatus, string> = {
  [RoundStatus.Pending]: "not started",
  [RoundStatus.Running]: "running",
  [RoundStatus.AwaitingResult]: "awaiting result",
  [RoundStatus.Challenged]: "challenged",
  [RoundStatus.Proposed]: "proposed",
  [RoundStatus.Finalizable]: "proposed (finalizable)",
  [RoundStatus.Finalized]: "final",
  [RoundStatus.Skippable]: "skippable",
  [RoundStatus.Skipped]: "skipped",
};

/** The Tasks page. */
export default function TasksPage() {
  const { account } = useAerie();
  const world = useWorld();
  // the registration's status lives here: once registered, the form gives way to the operator panel, and the
  // confirmation stays on screen above it
  const txRegister = useTx("registerOperator");
  if (!world.data) return <Loading what="tasks" testid="tasks-loading" />;
  const w = world.data;
  const { decimals, symbol } = w.token;
  const mineCreated = account ? w.tasks.filter((t) => t.creator.toLowerCase() === account.toLowerCase()) : [];
  const me = account ? w.operators.find((o) => o.operator.toLowerCase() === account.toLowerCase()) : undefined;
  return (
    <section aria-labelledby="tasks-title" data-testid="tasks-page">
      <h1 id="tasks-title">Tasks</h1>
      {w.tasks.length === 0 ? (
        <p data-testid="tasks-empty">No task has been created yet.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="tasks-table">
            <caption className="sr-only">Every task with its rounds</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Creator</th>
                <th scope="col">Reward per round</th>
                <th scope="col">Rounds</th>
                <th scope="col">Total reward paid</th>
                <th scope="col">Escrow</th>
              </tr>
            </thead>
            <tbody>
              {w.tasks.map((t) => (
                <tr key={t.taskId.toString()} data-testid={`task-row-${t.taskId}`} data-cancelled={t.cancelled}>
                  <th scope="row">
                    #{t.taskId.toString()}
                    {t.cancelled ? <span className="staged"> cancelled</span> : null}
                  </th>
                  <td title={t.creator}>{shortAddress(t.creator)}</td>
                  <td className="num">
                    <Amount wei={t.rewardPerRound} decimals={decimals} symbol={symbol} />
                  </td>
                  <td>
                    <ol className="rounds" aria-label={`Rounds of task ${t.taskId}`}>
                      {t.rounds.map((r) => (
                        <li
                          key={r.round}
                          className={`round round-${r.status}`}
                          data-testid={`task-round-${t.taskId}-${r.round}`}
                          data-status={r.status}
                          title={`round ${r.round}: ${dateTime(r.start)} – ${dateTime(r.end)}`}
                        >
                          {r.round}: {STATUS_LABEL[r.status]}
                          {r.totalReward !== null ? (
                            <>
                              {" "}
                              (<Amount wei={r.totalReward} decimals={decimals} />)
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td className="num">
                    <Amount wei={t.totalPaid} decimals={decimals} symbol={symbol} testid={`task-total-reward-${t.taskId}`} />
                  </td>
                  <td className="num">
                    <Amount wei={t.escrow} decimals={decimals} symbol={symbol} testid={`task-escrow-${t.taskId}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {account ? (
        <>
          <h2>Your tasks (creator)</h2>
          {mineCreated.length === 0 ? <p data-testid="creator-empty">You have not created a task.</p> : mineCreated.map((t) => <CreatorTask key={t.taskId.toString()} task={t} world={w} />)}
          <h2>Operator</h2>
          {me ? <OperatorPanel me={me} world={w} /> : <RegisterForm world={w} tx={txRegister} />}
          <TxStatus id="register" state={txRegister.state} />
        </>
      ) : (
        <Notice tone="info" testid="tasks-readonly">
          Read-only: connect a wallet to cancel your tasks, or to register and join tasks as an operator.
        </Notice>
      )}
    </section>
  );
}

/** Simulates a creator's call (eth_call) to show what it would return, or why it would revert. */
function useSimulated(fn: "cancelTask" | "withdrawRefund", task: TaskView, world: World) {
  const { publicClient, addresses, account } = useAerie();
  return useQuery({
    queryKey: ["simulate", fn, task.taskId.toString(), account, world.head.number.toString()],
    enabled: account !== undefined,
    queryFn: async (): Promise<{ ok: true; value: bigint } | { ok: false; sentence: string }> => {
      try {
        const { result } = await publicClient.simulateContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: fn, args: [task.taskId], account: account! });
        return { ok: true, value: result };
      } catch (e) {
        return { ok: false, sentence: plainSentence(e, fn).sentence };
      }
    },
  });
}

function CreatorTask({ task, world }: { task: TaskView; world: World }) {
  const { addresses, writeBlocked, walletClient } = useAerie();
  const cancelSim = useSimulated("cancelTask", task, world);
  const refundSim = useSimulated("withdrawRefund", task, world);
  const txCancel = useTx("cancelTask");
  const txRefund = useTx("withdrawRefund");
  const { decimals, symbol } = world.token;
  const busy = txCancel.busy || txRefund.busy ? "A transaction is in progress." : null;
  const c = cancelSim.data;
  const r = refundSim.data;
  return (
    <div className="card" data-testid={`creator-task-${task.taskId}`}>
      <h3>Task #{task.taskId.toString()}</h3>
      <p>
        Escrow <Amount wei={task.escrow} decimals={decimals} symbol={symbol} />, refundable now <Amount wei={task.refundable} decimals={decimals} symbol={symbol} testid={`task-refundable-${task.taskId}`} />.
      </p>
      <p data-testid={`task-cancel-returns-${task.taskId}`}>
        {c === undefined ? "Checking what cancelling returns…" : c.ok ? <>Cancelling now returns <Amount wei={c.value} decimals={decimals} symbol={symbol} testid={`task-cancel-value-${task.taskId}`} /> (the rounds not yet ended, plus what is already refundable).</> : `Cannot cancel: ${c.sentence}`}
      </p>
      <ActionButton
        testid={`task-cancel-${task.taskId}`}
        reason={writeBlocked ?? busy ?? (c === undefined ? "Checking…" : c.ok ? null : c.sentence)}
        onClick={async () => {
          const wc = await walletClient();
          const back = c?.ok ? ` (returns ${formatUnits(c.value, decimals)} ${symbol})` : "";
          await txCancel.run([{ label: `cancel task ${task.taskId}${back}`, send: () => cancelTask(wc, { addresses, taskId: task.taskId }) }], `Cancelled task ${task.taskId}${back}.`);
        }}
      >
        Cancel task
      </ActionButton>
      <TxStatus id={`cancel-${task.taskId}`} state={txCancel.state} />
      <p data-testid={`task-refund-returns-${task.taskId}`}>
        {r === undefined ? "Checking the refund…" : r.ok ? <>Withdrawing the refund returns <Amount wei={r.value} decimals={decimals} symbol={symbol} testid={`task-refund-value-${task.taskId}`} />.</> : `No refund: ${r.sentence}`}
      </p>
      <ActionButton
        testid={`task-refund-${task.taskId}`}
        reason={writeBlocked ?? busy ?? (r === undefined ? "Checking…" : r.ok ? null : r.sentence)}
        onClick={async () => {
          const wc = await walletClient();
          const what = r?.ok ? `${formatUnits(r.value, decimals)} ${symbol} ` : "";
          await txRefund.run([{ label: `withdraw the ${what}refund of task ${task.taskId}`, send: () => withdrawRefund(wc, { addresses, taskId: task.taskId }) }], `Withdrew the ${what}refund of task ${task.taskId} to your wallet.`);
        }}
      >
        Withdraw refund
      </ActionButton>
      <TxStatus id={`refund-${task.taskId}`} state={txRefund.state} />
    </div>
  );
}

/** Parses a commission in bps (an integer 0…max). */
function parseBps(text: string, max: bigint): { ok: true; value: bigint } | { ok: false; reason: string } {
  const t = text.trim();
  if (t === "") return { ok: false, reason: "Enter a commission in bps (100 bps = 1%)." };
  if (!/^\d+$/.test(t)) return { ok: false, reason: `"${t}" is not a whole number of bps: e.g. 500 for 5%.` };
  const v = BigInt(t);
  if (v > max) return { ok: false, reason: `At most ${max} bps (${bpsPercent(max)}).` };
  return { ok: true, value: v };
}

function RegisterForm({ world, tx }: { world: World; tx: ReturnType<typeof useTx> }) {
  const { addresses, writeBlocked, walletClient } = useAerie();
  const [bps, setBps] = useState("");
  const [uri, setUri] = useState("");
  const parsed = parseBps(bps, world.maxCommissionBps);
  const reason = writeBlocked ?? (tx.busy ? "A transaction is in progress." : !parsed.ok ? parsed.reason : null);
  return (
    <form className="card" data-testid="register-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="register-title">
      <h3 id="register-title">Register as an operator</h3>
      <label htmlFor="register-commission">Commission (bps)</label>
      <input id="register-commission" data-testid="register-commission" inputMode="numeric" value={bps} onChange={(e) => setBps(e.target.value)} aria-describedby="register-commission-error" />
      <p id="register-commission-error" className="field-error" data-testid="register-commission-error">
        {bps.trim() !== "" && !parsed.ok ? parsed.reason : ""}
      </p>
      <label htmlFor="register-uri">Metadata URI (optional)</label>
      <input id="register-uri" data-testid="register-uri" value={uri} onChange={(e) => setUri(e.target.value)} />
      <ActionButton
        testid="register-submit"
        reason={reason}
        onClick={async () => {
          if (!parsed.ok) return;
          const wc = await walletClient();
          await tx.run([{ label: "register as an operator", send: () => registerOperator(wc, { addresses, commissionBps: parsed.value, metadataURI: uri }) }]);
        }}
      >
        Register
      </ActionButton>
    </form>
  );
}

function OperatorPanel({ me, world }: { me: OperatorView; world: World }) {
  const { addresses, writeBlocked, walletClient } = useAerie();
  const [bps, setBps] = useState("");
  const [roles, setRoles] = useState<Record<string, "1" | "2">>({});
  const txCommission = useTx("setCommission");
  const txJoin = useTx("joinTask");
  const parsed = parseBps(bps, world.maxCommissionBps);
  const effective =
    parsed.ok && parsed.value > me.commissionBps
      ? `An increase takes effect after ${duration(world.commissionDelay)}: at about ${dateTime(world.head.timestamp + world.commissionDelay)} (chain time).`
      : parsed.ok && parsed.value < me.commissionBps
        ? "A decrease applies at once (and cancels a staged increase)."
        : parsed.ok
          ? me.pendingCommission
            ? "Setting the current value cancels the staged increase."
            : "That is the current commission: nothing would change."
          : "";
  const busy = txCommission.busy || txJoin.busy ? "A transaction is in progress." : null;
  const open = world.tasks.filter((t) => !t.cancelled && t.rounds.some((r) => r.status === RoundStatus.Pending || r.status === RoundStatus.Running));
  return (
    <div data-testid="operator-panel">
      <p>
        You are operator <code>{me.operator}</code>: commission <span data-testid="op-commission-now">{bpsPercent(me.commissionBps)}</span>
        {me.pendingCommission ? (
          <span data-testid="op-commission-staged">
            {" "}
            (→ {bpsPercent(me.pendingCommission.bps)} from {dateTime(me.pendingCommission.effectiveAt)})
          </span>
        ) : null}
        , stake <Amount wei={me.stake} decimals={world.token.decimals} symbol={world.token.symbol} />.
      </p>
      <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="commission-title">
        <h3 id="commission-title">Change commission</h3>
        <label htmlFor="op-commission">New commission (bps)</label>
        <input id="op-commission" data-testid="op-commission-input" inputMode="numeric" value={bps} onChange={(e) => setBps(e.target.value)} aria-describedby="op-commission-effective" />
        <p id="op-commission-effective" data-testid="op-commission-effective" className={parsed.ok || bps.trim() === "" ? "" : "field-error"}>
          {bps.trim() === "" ? "" : parsed.ok ? effective : parsed.reason}
        </p>
        <ActionButton
          testid="op-commission-submit"
          reason={writeBlocked ?? busy ?? (!parsed.ok ? parsed.reason : null)}
          onClick={async () => {
            if (!parsed.ok) return;
            const wc = await walletClient();
            const receipt = await txCommission.run([{ label: `set the commission to ${parsed.value} bps`, send: () => setCommission(wc, { addresses, commissionBps: parsed.value }) }]);
            if (receipt) setBps("");
          }}
        >
          Set commission
        </ActionButton>
        <TxStatus id="commission" state={txCommission.state} />
      </form>
      <h3>Join or leave tasks</h3>
      {open.length === 0 ? <p data-testid="join-empty">No task is open to join.</p> : null}
      <ul className="plain">
        {world.tasks.map((t) => {
          const role = me.tasks.find((x) => x.taskId === t.taskId)?.role;
          if (!role && !open.includes(t)) return null;
          const id = t.taskId.toString();
          const chosen = roles[id] ?? "1";
          const need = chosen === "1" ? t.minTrainerStake : t.minValidatorStake;
          return (
            <li key={id} data-testid={`task-participation-${id}`}>
              Task #{id}: {role ? <strong data-testid={`task-role-${id}`}>joined as {role}</strong> : "not joined"}{" "}
              {role ? (
                <ActionButton
                  testid={`task-leave-${id}`}
                  reason={writeBlocked ?? busy}
                  onClick={async () => {
                    const wc = await walletClient();
                    await txJoin.run([{ label: `leave task ${id} (joined as ${role})`, send: () => leaveTask(wc, { addresses, taskId: t.taskId }) }], `Left task ${id}, where you were a ${role}.`);
                  }}
                >
                  Leave
                </ActionButton>
              ) : (
                <>
                  <label htmlFor={`task-join-role-${id}`}>Role</label>{" "}
                  <select id={`task-join-role-${id}`} data-testid={`task-join-role-${id}`} value={chosen} onChange={(e) => setRoles((r) => ({ ...r, [id]: e.target.value === "2" ? "2" : "1" }))}>
                    <option value="1">trainer</option>
                    <option value="2">validator</option>
                  </select>{" "}
                  <ActionButton
                    testid={`task-join-${id}`}
                    reason={writeBlocked ?? busy ?? (me.stake < need ? `The task needs ${formatUnits(need, world.token.decimals)} ${world.token.symbol} of stake as ${chosen === "1" ? "trainer" : "validator"}; you have ${formatUnits(me.stake, world.token.decimals)}: stake more first.` : null)}
                    onClick={async () => {
                      const wc = await walletClient();
                      const as = chosen === "2" ? "validator" : "trainer";
                      await txJoin.run([{ label: `join task ${id} as ${as}`, send: () => joinTask(wc, { addresses, taskId: t.taskId, role: chosen === "2" ? Role.Validator : Role.Trainer }) }], `Joined task ${id} as ${as}: you take part from the next round that starts.`);
                    }}
                  >
                    Join
                  </ActionButton>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <TxStatus id="join" state={txJoin.state} />
    </div>
  );
}

