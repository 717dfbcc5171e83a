// A value read from the database and kept in this process for a short while, for public
// pages every visitor sees the same way (the landing page's amounts and catalog). Callers
// that act on the value — a decision, a submission — read the database directly instead.
// Concurrent misses share one read; a failed read is not kept.
export interface KeptForAWhile<T> {
  get(key: string, now?: number): Promise<T>;
  /** Drops every kept value: called after a change this process made (publish, catalog edit). */
  forget(): void;
}

export function keepForAWhile<T>(ttlMs: number, load: (key: string) => Promise<T>): KeptForAWhile<T> {
  const kept = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, now = Date.now()) {
      const entry = kept.get(key);
      if (entry && now - entry.at < ttlMs) return entry.value;
      const value = load(key);
      kept.set(key, { at: now, value });
      value.catch(() => {
        if (kept.get(key)?.value === value) kept.delete(key);
      });
      return value;
    },
    forget() {
      kept.clear();
    },
  };
}
