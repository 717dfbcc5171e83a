// Statistical disclosure control for published figures: a count below the threshold could
// point at a few identifiable families (one district, one rare measure), so it is shown
// as "fewer than 10" and its exact value never leaves the server.
export const SMALL_COUNT_THRESHOLD = 10;

/** The count, or null when it must be suppressed (1–9). Zero is safe to show. */
export function publishableCount(count: number): number | null {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count;
}
