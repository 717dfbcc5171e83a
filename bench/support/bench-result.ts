// Each benchmark keeps printing its figures, and also writes them as JSON when
// BENCH_RESULTS_DIR is set (bench/run-all.ts sets it), so the report in
// docs/benchmarks.md is built from the numbers of the run, never copied by hand.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeMachine, type MachineInfo } from "./machine";

export interface BenchResult<Figures> {
  name: string;
  finishedAt: string;
  /** Taken when the figures are written, so the load average covers the run's end. */
  machine: MachineInfo;
  figures: Figures;
}

/** Writes `<BENCH_RESULTS_DIR>/<name>.json`; does nothing when the variable is unset. */
export function writeBenchResult<Figures>(name: string, figures: Figures): void {
  const dir = process.env.BENCH_RESULTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const result: BenchResult<Figures> = { name, finishedAt: new Date().toISOString(), machine: describeMachine(), figures };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** The result a benchmark wrote, or null when it wrote none (it crashed or was skipped). */
export function readBenchResult<Figures>(dir: string, name: string): BenchResult<Figures> | null {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8")) as BenchResult<Figures>;
}
