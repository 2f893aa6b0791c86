// Small shared pieces: amounts with full precision on hover, buttons that say why they are disabled, notices.
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { formatUnits } from "viem";
import { shortUnits } from "./amount";

/** A wei amount: short on screen, the full `formatUnits` value on hover and in `data-value` (wei in `data-wei`). */
export function Amount({ wei, decimals, symbol, testid, places }: { wei: bigint; decimals: number; symbol?: string; testid?: string; places?: number }) {
  const full = formatUnits(wei, decimals);
  return (
    <span className="amount" title={`${full}${symbol ? ` ${symbol}` : ""} (${wei} wei)`} data-testid={testid} data-value={full} data-wei={wei.toString()}>
      {shortUnits(wei, decimals, places)}
      {symbol ? ` ${symbol}` : ""}
    </span>
  );
}

/**
 * A button that, when disabled, shows why next to it (`data-testid="<testid>-reason"`), linked by aria-describedby.
 * @param reason why it is disabled, or null when enabled.
 */
export function ActionButton({ testid, reason, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { testid: string; reason: string | null; children: ReactNode }) {
  const reasonId = `${testid}-reason`;
  return (
    <span className="action">
      <button type="button" {...rest} data-testid={testid} disabled={reason !== null} aria-describedby={reason !== null ? reasonId : undefined} title={reason ?? undefined}>
        {children}
      </button>
      {reason !== null ? (
        <span id={reasonId} className="reason" data-testid={reasonId}>
          {reason}
        </span>
      ) : null}
    </span>
  );
}

/** A notice box; `tone` sets colour and role (warning/error use role="alert"). */
export function Notice({ tone, testid, children }: { tone: "info" | "warning" | "error"; testid?: string; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === "info" ? "status" : "alert"} data-testid={testid}>
      {children}
    </div>
  );
}

/** A loading / error wrapper for react-query results. */
export function Loading({ what, testid }: { what: string; testid?: string }) {
  return (
    <p className="muted" data-testid={testid ?? "loading"} role="status">
      Loading {what}…
    </p>
  );
}
