// The JSON each benchmark writes (bench/support/bench-result.ts) and the report reads:
// one contract, so a renamed figure fails the type check instead of the report.
import type { HttpBenchFigures } from "../http-load.bench";
import type { LighthouseFigures } from "../lighthouse-audit";
import type { RouteJsSize } from "../route-js-size";

export type { HttpBenchFigures, LighthouseFigures, RouteJsSize };

export interface EngineFigures {
  families: number;
  engineFamiliesPerSecond: number;
  coreRulesFamiliesPerSecond: number;
  renderedFamiliesPerSecond: number;
  jsonRulesEngineFamiliesPerSecond: number;
  ratioSameRules: number;
  ratioAllMeasures: number;
  peakRssMb: number;
  peakHeapMb: number;
  disagreements: number;
}

export interface QueueSummary {
  p50: number;
  p95: number;
  p99: number;
}

export interface QueuePageFigures {
  families: number;
  applications: number;
  open: number;
  drafts: number;
  callsPerReader: number;
  readers: {
    reader: "caseworker" | "supervisor";
    district: string | null;
    listWorkQueue: QueueSummary;
    pageData: QueueSummary;
    slowestFilterSet: { label: string; p95: number };
  }[];
}

export interface PaymentRunFigures {
  entitlements: number;
  month: string;
  seedingSeconds: number;
  firstRunSeconds: number;
  firstRunPayments: number;
  firstRunTotalTenge: number;
  secondRunSeconds: number;
  secondRunCreatedNothing: boolean;
  paymentsInMonth: number;
  runs: number;
  exportSeconds: number;
  exportRows: number;
  exportMiB: number;
  sent: number;
}

export interface ImpactPreviewFigures {
  families: number;
  seedingSeconds: number;
  runSeconds: number[];
  minSeconds: number;
  medianSeconds: number;
  maxSeconds: number;
  familiesPerSecondAtMedian: number;
  gainedFreeKindergarten: number;
  peakRssMb: number;
  rssAfterPreviewsMb: number;
}

export interface LighthouseBenchFigures {
  families: number;
  pages: LighthouseFigures[];
}

export interface RouteJsSizeFigures {
  routes: RouteJsSize[];
  budgetBytes: number;
}
