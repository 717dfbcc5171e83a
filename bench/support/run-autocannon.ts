// One autocannon run with every response time and status code kept: p95 (the issue's
// target) is not in autocannon's summary, and "2xx or 3xx" is not enough to call a page
// load good — a page that redirects to sign-in answers 307 just as fast.
import autocannon, { type AutocannonOptions } from "autocannon";
import { summariseLatencies, type LatencySummary } from "./latency";

export interface LoadFigures {
  label: string;
  connections: number;
  seconds: number;
  responses: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Responses by status code, e.g. { "200": 5123 }. */
  statuses: Record<string, number>;
  /** 4xx and 5xx answers. */
  non2xx3xx: number;
  /** Answers other than the expected status (a 307 to sign-in, a 200 error form, …). */
  unexpected: number;
  expectedStatus: number;
  /** Connection errors, timeouts included (autocannon's count). */
  errors: number;
}

export async function runAutocannon(label: string, expectedStatus: number, options: AutocannonOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const result = await new Promise<import("autocannon").AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ timeout: 30, ...options }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const responses = latencies.length;
  const non2xx3xx = Object.entries(statuses).reduce((sum, [code, count]) => (Number(code) >= 400 ? sum + count : sum), 0);
  return {
    label,
    connections: options.connections ?? 10,
    seconds,
    responses,
    requestsPerSecond: responses / seconds,
    latencyMs: summariseLatencies(latencies),
    statuses,
    non2xx3xx,
    unexpected: responses - (statuses[String(expectedStatus)] ?? 0),
    expectedStatus,
    errors: result.errors,
  };
}

export function formatLoadFigures(figures: LoadFigures): string {
  const { p50, p95, p99 } = figures.latencyMs;
  return (
    `${figures.label.padEnd(40)} c=${String(figures.connections).padStart(2)}  ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  ` +
    `${figures.responses} responses ${JSON.stringify(figures.statuses)}, ${figures.non2xx3xx} non-2xx/3xx, ${figures.unexpected} not ${figures.expectedStatus}, ${figures.errors} errors`
  );
}
