// Sizes of the HTTP benchmarks, from the environment so a development run can be small
// (BENCH_FAMILIES=2000 BENCH_DURATION=5 …) on the shared machine. Defaults: the issue's.
function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export interface BenchKnobs {
  /** Families the portal is seeded with. */
  families: number;
  /** Seconds of load per page (after a warm-up). */
  durationSeconds: number;
  warmUpSeconds: number;
  /** Concurrent connections of the load (the 10) and of the landing's second run. */
  connections: number;
  landingHighConnections: number;
  /** Submissions in the submit-action load, each a different draft. */
  submitLoadRequests: number;
  burstSubmissions: number;
  burstConnections: number;
  /** Families of the portal that bench/lighthouse.bench.ts starts on its own. */
  lighthouseFamilies: number;
}

export function readKnobs(): BenchKnobs {
  return {
    families: positiveInteger("BENCH_FAMILIES", 100_000),
    durationSeconds: positiveInteger("BENCH_DURATION", 20),
    warmUpSeconds: positiveInteger("BENCH_WARM_UP", 3),
    connections: positiveInteger("BENCH_CONNECTIONS", 10),
    landingHighConnections: positiveInteger("BENCH_LANDING_CONNECTIONS", 50),
    submitLoadRequests: positiveInteger("BENCH_SUBMIT_REQUESTS", 2_000),
    burstSubmissions: positiveInteger("BENCH_BURST", 1_000),
    burstConnections: positiveInteger("BENCH_BURST_CONNECTIONS", 50),
    lighthouseFamilies: positiveInteger("BENCH_LIGHTHOUSE_FAMILIES", 2_000),
  };
}
