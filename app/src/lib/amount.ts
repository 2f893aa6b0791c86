// Amount input validation and display: bigint wei throughout, formatUnits for people, never floats.
import { formatUnits, parseUnits } from "viem";

/** Result of {@link parseAmount}: the wei value, or the reason the text is refused. */
export type ParsedAmount = { ok: true; value: bigint } | { ok: false; reason: string };

/**
 * Parses what a person typed as a token amount.
 * @param text the input, e.g. "12.5".
 * @param decimals the token's decimals.
 * @param max the most that may be spent (wei), e.g. the balance; `undefined` = no upper bound.
 * @param maxLabel what `max` is, for the reason ("your balance").
 * @returns the value in wei, or a one-line reason: empty, not a number, too many decimals, zero, above `max`.
 */
export function parseAmount(text: string, decimals: number, max?: bigint, maxLabel = "your balance", symbol = ""): ParsedAmount {
  const t = text.trim();
  if (t === "") return { ok: false, reason: "Enter an amount." };
  if (!/^\d*\.?\d*$/.test(t) || t === ".") return { ok: false, reason: `"${t}" is not a number: use digits and at most one decimal point, e.g. 12.5.` };
  const fraction = t.split(".")[1] ?? "";
  if (fraction.length > decimals) return { ok: false, reason: `Too many decimals: the token has ${decimals}, you typed ${fraction.length}.` };
  const value = parseUnits(t, decimals);
  if (value === 0n) return { ok: false, reason: "Enter an amount above 0." };
  if (max !== undefined && value > max) return { ok: false, reason: `Above ${maxLabel} of ${formatUnits(max, decimals)}${symbol ? ` ${symbol}` : ""}.` };
  return { ok: true, value };
}

/**
 * A short display of a wei amount: formatUnits, cut (not rounded) to `places` decimals, digits grouped.
 * The full value is `formatUnits(value, decimals)`.
 */
export function shortUnits(value: bigint, decimals: number, places = 4): string {
  const full = formatUnits(value, decimals);
  const [int, frac = ""] = full.split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cut = frac.slice(0, places).replace(/0+$/, "");
  const truncated = frac.length > places && /[1-9]/.test(frac.slice(places));
  return `${grouped}${cut ? `.${cut}` : ""}${truncated ? "…" : ""}`;
}

/** Basis points as a percent string with two decimals, from integers only (`1234n` → `"12.34%"`). */
export function bpsPercent(bps: bigint): string {
  const neg = bps < 0n;
  const a = neg ? -bps : bps;
  return `${neg ? "-" : ""}${a / 100n}.${(a % 100n).toString().padStart(2, "0")}%`;
}

/** A unix time (seconds) as a local date-time string. */
export function dateTime(seconds: bigint): string {
  return new Date(Number(seconds) * 1000).toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" }) + " UTC";
}

/**
 * Unix times (seconds, 9–11 digits) after "at", "from" or "chain time" in a decoded error's hint, written as dates
 * ("unlocks at 1767225600" → "unlocks at 1 Jan 2026, 00:00 UTC"); the technical detail keeps the raw values.
 */
export function withDates(text: string): string {
  return text.replace(/\b(at|from|chain time) (\d{9,11})\b/g, (_, word: string, n: string) => `${word} ${dateTime(BigInt(n))}`);
}

/** Seconds as "2d 3h 4m 5s" (leading zero units dropped). */
export function duration(seconds: bigint): string {
  if (seconds <= 0n) return "0s";
  const d = seconds / 86400n;
  const h = (seconds % 86400n) / 3600n;
  const m = (seconds % 3600n) / 60n;
  const s = seconds % 60n;
  const parts: string[] = [];
  if (d > 0n) parts.push(`${d}d`);
  if (d > 0n || h > 0n) parts.push(`${h}h`);
  if (d > 0n || h > 0n || m > 0n) parts.push(`${m}m`);
  parts.push(`${s}s`);
  return parts.join(" ");
}

/** An address shortened for tables: 0x1234…abcd. */
export function shortAddress(a: string): string {
  return `${a.slice(0, 6)}…${a.slice(-4)}`;
}
