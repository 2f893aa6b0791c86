// Wallet connection: every EIP-6963 wallet the page discovered, window.ethereum as the fallback, the chain check
// with a switch, and the read-only notice.
import { useEffect, useState } from "react";
import { useAccount, useConnect, useDisconnect, useSwitchChain } from "wagmi";
import { useAerie } from "../lib/aerie";
import { shortAddress } from "../lib/amount";

/**
 * Why the wallet did not switch chains, as one sentence: a refusal said plainly, else the wallet's own error text
 * (its first line, trimmed), never an empty or space-led fragment.
 */
export function switchFailure(e: { name?: string; message?: string; shortMessage?: string; details?: string; code?: number; cause?: unknown }): string {
  let cur: unknown = e;
  for (let i = 0; i < 5 && typeof cur === "object" && cur !== null; i++) {
    const c = cur as { code?: unknown; name?: unknown; cause?: unknown };
    if (c.code === 4001 || c.name === "UserRejectedRequestError") return "You declined the switch in your wallet: nothing changed. Press the button again to switch.";
    cur = c.cause;
  }
  const text = (e.details ?? e.shortMessage ?? e.message ?? "").split("\n")[0]!.trim();
  return text === "" ? "The wallet did not switch and gave no reason: switch the network in the wallet itself." : `The wallet did not switch: ${text}${/[.!?]$/.test(text) ? "" : "."}`;
}

/** The header's wallet area. */
export function WalletBar() {
  const { config } = useAerie();
  const { address, chainId, status } = useAccount();
  const { connectors, connect, error, isPending } = useConnect();
  const { disconnect } = useDisconnect();
  const { switchChain, isPending: switching, error: switchError } = useSwitchChain();
  const [hasInjected, setHasInjected] = useState(false);
  useEffect(() => setHasInjected(typeof (window as { ethereum?: unknown }).ethereum !== "undefined"), []);

  // EIP-6963 connectors carry the wallet's rdns as id; the generic injected one is the fallback.
  const discovered = connectors.filter((c) => c.id !== "injected");
  const fallback = connectors.find((c) => c.id === "injected");
  const offered = [...discovered, ...(fallback && hasInjected && discovered.length === 0 ? [fallback] : [])];

  if (status === "connected" && address) {
    const wrong = chainId !== config.chainId;
    return (
      <div className="wallet" data-testid="wallet">
        <span data-testid="wallet-address" title={address} data-address={address}>
          {shortAddress(address)}
        </span>
        <button type="button" data-testid="wallet-disconnect" onClick={() => disconnect()}>
          Disconnect
        </button>
        {wrong ? (
          <div className="notice notice-warning" role="alert" data-testid="chain-wrong">
            Your wallet is on chain {chainId}, Aerie runs on {config.chainName} ({config.chainId}).{" "}
            <button type="button" data-testid="chain-switch" disabled={switching} onClick={() => switchChain({ chainId: config.chainId })}>
              {switching ? "Switching…" : `Switch to ${config.chainName}`}
            </button>
            {switchError ? (
              <>
                {" "}
                <span data-testid="chain-switch-error">{switchFailure(switchError)}</span>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <div className="wallet" data-testid="wallet">
      <span className="muted" data-testid="readonly-banner">
        Read-only: connect a wallet to stake or claim.
      </span>
      <div data-testid="wallet-connectors" className="connectors">
        {offered.length === 0 ? (
          <span data-testid="wallet-none" className="muted">
            No browser wallet found: install one (any EIP-6963 or injected wallet).
          </span>
        ) : (
          offered.map((c) => (
            <button type="button" key={c.uid} data-testid={`wallet-connect-${c.id}`} disabled={isPending} onClick={() => connect({ connector: c })}>
              {c.icon ? <img src={c.icon} alt="" width={16} height={16} /> : null} Connect {c.name}
            </button>
          ))
        )}
      </div>
      {error ? (
        <span role="alert" data-testid="wallet-error">
          {error.name === "UserRejectedRequestError" ? "You declined the connection." : error.message.split("\n")[0]}
        </span>
      ) : null}
    </div>
  );
}
