// Token-bucket rate limits keyed by a string (a recovered signer, a client IP), bounded in memory.

// ------------------------------------------------------------------ types

/** A bucket's shape: `burst` tokens at most, refilled at `perSecond` tokens per second. */
export type RateLimit = { burst: number; perSecond: number };

/** The answer of {@link RateLimiter.take}: allowed, or refused with the seconds until a token is back. */
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

// ------------------------------------------------------------------ limiter

/**
 * One token bucket per key. A full bucket is the same as no bucket, so when more than `maxKeys` keys are held
 * the least recently used are dropped (which can only make the limit looser, never refuse someone wrongly).
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  /**
   * @param limit burst and refill rate.
   * @param now the clock, milliseconds (injected for tests).
   * @param maxKeys the most keys kept.
   */
  constructor(
    readonly limit: RateLimit,
    readonly now: () => number = Date.now,
    readonly maxKeys = 100_000,
  ) {}

  /** Takes one token from `key`'s bucket. */
  take(key: string): TakeResult {
    const t = this.now();
    const existing = this.#buckets.get(key);
    let tokens = this.limit.burst;
    if (existing !== undefined) {
      tokens = Math.min(this.limit.burst, existing.tokens + ((t - existing.at) / 1000) * this.limit.perSecond);
      this.#buckets.delete(key); // re-insert below: Map order is the LRU order
    }
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: t });
      const retryAfterSeconds = this.limit.perSecond > 0 ? Math.ceil((1 - tokens) / this.limit.perSecond) : 3600;
      return { ok: false, retryAfterSeconds };
    }
    this.#buckets.set(key, { tokens: tokens - 1, at: t });
    if (this.#buckets.size > this.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value as string);
    return { ok: true };
  }

  /** Number of keys currently held. */
  get size(): number {
    return this.#buckets.size;
  }
}
